using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a decimal from a JSON number or a numeric string (dot for decimals); a blank string is null.</summary>
internal sealed class TolerantDecimalConverter : JsonConverter<decimal?>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
            if (JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
            {
                if (text.IsEmpty)
                {
                    return null;
                }

                if (Utf8Parser.TryParse(text, out decimal parsed, out var consumed) && consumed == text.Length)
                {
                    return parsed;
                }
            }
        }

        throw new InvalidValueException(Expectations.Number);
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
