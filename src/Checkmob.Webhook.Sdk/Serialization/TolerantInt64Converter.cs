using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a 64-bit integer from a JSON number or a numeric string; a blank string is null.</summary>
internal sealed class TolerantInt64Converter : JsonConverter<long?>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
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

                if (Utf8Parser.TryParse(text, out long parsed, out var consumed) && consumed == text.Length)
                {
                    return parsed;
                }
            }
        }

        throw new InvalidValueException(Expectations.Integer);
    }

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
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
