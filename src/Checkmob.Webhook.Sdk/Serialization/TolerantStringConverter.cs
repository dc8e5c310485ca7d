using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Reads text from a JSON string, or keeps a number's digits or a boolean's word as text (codes such as
/// <c>Codigo</c> arrive as numbers in the spec but are free text elsewhere).
/// </summary>
internal sealed class TolerantStringConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => throw new InvalidValueException(Expectations.Text),
        };
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
