using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>How the envelope <c>{ "Tipo": ..., "Data": ... }</c> is read: order, names, shapes, new types.</summary>
public class WebhookParserEnvelopeTests
{
    public static TheoryData<string> SamplePayloads => new(Payloads.All());

    [Theory]
    [MemberData(nameof(SamplePayloads))]
    public void Parse_TipoAfterData_GivesTheSameResultAsTipoFirst(string fileName)
    {
        var json = Payloads.Read(fileName);

        var tipoLast = WebhookParser.Parse(ParserHarness.WithTipoLast(json));

        tipoLast.GetType().Should().Be(WebhookParser.Parse(json).GetType());
        ParserHarness.Canonical(tipoLast).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(json)));
    }

    [Fact]
    public void Parse_TipoAfterData_ReadsTheItemsForThatTipo()
    {
        var registro = ParserHarness.Single<RegistroRealizado>("""{"Data":{"Codigo":7,"IdCliente":"42"},"Tipo":3}""")
            .Data.Should().ContainSingle().Subject;

        registro.Codigo.Should().Be("7");
        registro.IdCliente.Should().Be(42);
    }

    [Theory]
    [InlineData("\"3\"")]
    [InlineData("\" 3 \"")]
    [InlineData("\"\\u0033\"")]
    public void Parse_TipoAsNumericString_ReadsTheType(string tipo)
    {
        var evt = WebhookParser.Parse("{\"Tipo\":" + tipo + ",\"Data\":{\"Codigo\":1}}");

        evt.Should().BeOfType<RegistroRealizado>().Which.Tipo.Should().Be(TipoEvento.RegistroRealizado);
    }

    [Theory]
    [InlineData("tipo", "data")]
    [InlineData("TIPO", "DATA")]
    [InlineData("tIpO", "dAtA")]
    [InlineData("T\\u0069po", "D\\u0061ta")]
    public void Parse_EnvelopeNamesInAnotherCaseOrEscaped_AreRecognised(string tipo, string data)
    {
        var evt = WebhookParser.Parse("{\"" + tipo + "\":2,\"" + data + "\":{\"IdCliente\":5}}");

        evt.Should().BeOfType<ClienteEditado>().Which.Data.Should().ContainSingle().Which.IdCliente.Should().Be(5);
    }

    [Fact]
    public void Parse_UnknownEnvelopeFields_AreIgnored()
    {
        const string Json = """
            {"Id":"x","Tipo":1,"Extra":{"Data":5,"Tipo":"no"},"Lista":[1,[2],{"a":null}],"Data":[{"IdCliente":1}],"Z":1}
            """;

        var criado = ParserHarness.Single<ClienteCriado>(Json);

        criado.Data.Should().ContainSingle().Which.IdCliente.Should().Be(1);
    }

    [Theory]
    [InlineData(1, typeof(ClienteCriado))]
    [InlineData(2, typeof(ClienteEditado))]
    [InlineData(3, typeof(RegistroRealizado))]
    [InlineData(4, typeof(ChecklistRespondido))]
    [InlineData(99, typeof(UnknownWebhookEvent))]
    public void Parse_DataEmptyArray_GivesAnEmptyList(int tipo, Type eventType)
    {
        var evt = WebhookParser.Parse(ParserHarness.Envelope(tipo, "[]"));

        evt.Should().BeOfType(eventType);
        evt.ItemCount.Should().Be(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Parse_DataSingleObject_GivesAListOfOne(int tipo)
    {
        var evt = WebhookParser.Parse(ParserHarness.Envelope(tipo, """{"IdCliente":7}"""));

        evt.ItemCount.Should().Be(1);
        evt.Tipo.Should().Be((TipoEvento)tipo);
    }

    [Fact]
    public void Parse_DataArrayOfSeveralItems_KeepsTheirOrder()
    {
        var criado = ParserHarness.Single<ClienteCriado>(
            ParserHarness.Envelope(1, """[{"IdCliente":3},{"IdCliente":1},{"IdCliente":2}]"""));

        criado.Data.Select(cliente => cliente.IdCliente).Should().Equal(3, 1, 2);
    }

    [Fact]
    public void Parse_DataArrayOfThousandsOfClientes_ReadsThemAll()
    {
        const int Count = 5_000;
        var data = new StringBuilder("[");
        for (var i = 0; i < Count; i++)
        {
            data.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""
                {"IdCliente":{{i}},"Nome":"Cliente {{i}}","Cep":{{i}},"Segmentos":[{"IdSegmento":{{i % 7}}}]}
                """);
        }

        var criado = ParserHarness.Single<ClienteCriado>(ParserHarness.Envelope(1, data.Append(']').ToString()));

        criado.Data.Should().HaveCount(Count);
        criado.ItemCount.Should().Be(Count);
        criado.Data[0].Cep.Should().Be("00000000");
        criado.Data[2_500].Nome.Should().Be("Cliente 2500");
        criado.Data[4_999].IdCliente.Should().Be(4_999);
        criado.Data[4_999].Cep.Should().Be("00004999");
        criado.Data[4_999].Segmentos.Should().ContainSingle().Which.IdSegmento.Should().Be(4_999 % 7);
    }

    [Fact]
    public void Parse_UnknownTipo_KeepsTheNumberAndTheDataElements()
    {
        var unknown = ParserHarness.Single<UnknownWebhookEvent>("""
            {"Tipo":99,"Data":[{"IdNovo":1,"Nome":"São João"},{"Lista":[1,2]}]}
            """);

        unknown.Tipo.Should().Be((TipoEvento)99);
        unknown.ItemCount.Should().Be(2);
        unknown.Data[0].GetProperty("IdNovo").GetInt32().Should().Be(1);
        unknown.Data[0].GetProperty("Nome").GetString().Should().Be("São João");
        unknown.Data[1].GetProperty("Lista").GetRawText().Should().Be("[1,2]");
    }

    [Fact]
    public void Parse_UnknownTipoWithObjectData_GivesAListOfOne()
    {
        var unknown = ParserHarness.Single<UnknownWebhookEvent>("""{"Data":{"A":true},"Tipo":"99"}""");

        unknown.Tipo.Should().Be((TipoEvento)99);
        unknown.Data.Should().ContainSingle().Which.GetProperty("A").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Parse_UnknownTipoWithAnArrayOfScalars_KeepsEachScalar()
    {
        var unknown = ParserHarness.Single<UnknownWebhookEvent>("""{"Tipo":99,"Data":[1,"a",null,true,[]]}""");

        unknown.Data.Select(element => element.ValueKind).Should().Equal(
            JsonValueKind.Number, JsonValueKind.String, JsonValueKind.Null, JsonValueKind.True, JsonValueKind.Array);
        unknown.Data[1].GetString().Should().Be("a");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void Parse_TipoOutsideTheKnownTypes_GivesAnUnknownEvent(int tipo)
    {
        var evt = WebhookParser.Parse(ParserHarness.Envelope(tipo, "{}"));

        evt.Should().BeOfType<UnknownWebhookEvent>().Which.Tipo.Should().Be((TipoEvento)tipo);
    }

    [Fact]
    public void Parse_UnknownTipo_DataElementsOutliveTheParse()
    {
        var unknown = ParserHarness.Single<UnknownWebhookEvent>("""{"Tipo":99,"Data":{"Nome":"Primeiro"}}""");

        // The parser clears its pooled buffer after each body; another parse must not disturb the kept elements.
        WebhookParser.Parse("""{"Tipo":99,"Data":{"Nome":"Segundo, mais longo que o primeiro"}}""");

        unknown.Data[0].GetProperty("Nome").GetString().Should().Be("Primeiro");
    }

    [Fact]
    public void ParseBytes_Utf8ByteOrderMarkBeforeTheJson_IsSkipped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Payloads.ReadBytes("documented-tipo1-cliente-criado.json")];

        var evt = WebhookParser.Parse(body);

        evt.Should().BeOfType<ClienteCriado>().Which.Data[0].Nome.Should().Be("Cliente Exemplo");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    public async Task ParseAsync_Utf8ByteOrderMarkBeforeTheJson_IsSkipped(int bytesPerRead)
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Payloads.ReadBytes("newer-tipo3-registro-realizado.json")];
        using var stream = ParserHarness.Trickle(body, bytesPerRead);

        var evt = await WebhookParser.ParseAsync(stream);

        evt.Should().BeOfType<RegistroRealizado>().Which.Data[0].Id.Should().Be(7730001);
    }

    [Fact]
    public void ParseString_ByteOrderMarkCharacterBeforeTheJson_IsSkipped()
    {
        var evt = WebhookParser.Parse("\uFEFF" + Payloads.Read("documented-tipo2-cliente-editado.json"));

        evt.Should().BeOfType<ClienteEditado>();
    }
}
