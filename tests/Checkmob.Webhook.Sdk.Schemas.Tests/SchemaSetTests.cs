using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Checkmob.Webhook.Sdk.Schemas.Tests;

public class SchemaSetTests
{
    public static TheoryData<string> DocumentedPayloads => Payloads.All();

    [Theory]
    [MemberData(nameof(DocumentedPayloads))]
    public void Envelope_DocumentedPayload_IsValid(string fileName)
    {
        // The envelope itself, through its oneOf and its $ref to the event schemas, not the per-Tipo shortcut.
        var token = Parse(Payloads.Read(fileName));

        var errors = SchemaSet.Current.Envelope.Validate(token);

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Envelope_DocumentedPayloadWithWrongTipo_IsInvalid()
    {
        var token = Parse(Payloads.Read("newer-tipo4-checklist-respondido.json"));
        token["Tipo"] = 1;

        var errors = SchemaSet.Current.Envelope.Validate(token);

        errors.Should().NotBeEmpty();
    }

    [Fact]
    public void EventSchema_UndocumentedTipo_IsNull()
    {
        SchemaSet.Current.EventSchema(5).Should().BeNull();
        SchemaSet.Current.EventSchema(4).Should().NotBeNull();
    }

    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
