using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a finite double from a JSON number or a numeric string; a blank string is null.</summary>
internal sealed class TolerantDoubleConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A JSON number beyond the range of double (such as 1e400) reads as infinity: reject it like its string form.
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number))
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

                if (Utf8Parser.TryParse(text, out double parsed, out var consumed)
                    && consumed == text.Length
                    && double.IsFinite(parsed))
                {
                    return parsed;
                }
            }
        }

        throw new InvalidValueException(Expectations.Number);
    }

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
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
