using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Reads a CEP into its 8 digits, zero-padded: Checkmob sends a JSON number, which drops the leading zero of
/// São Paulo's CEPs (01310100 arrives as 1310100). Accepts a number, or a string with or without the hyphen.
/// </summary>
internal sealed class CepConverter : JsonConverter<string?>
{
    private const int Digits = 8;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var number) && number is >= 0 and <= 99_999_999)
            {
                return number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
            if (JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
            {
                return text.IsEmpty ? null : FromText(text);
            }
        }

        throw new InvalidValueException(Expectations.Cep);
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

    private static string FromText(ReadOnlySpan<byte> text)
    {
        // Keep the digits; a hyphen, dot or space may separate them ("01310-100", "01.310-100").
        Span<char> digits = stackalloc char[Digits];
        var count = 0;
        foreach (var b in text)
        {
            if (b is (byte)'-' or (byte)'.' or (byte)' ')
            {
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9' || count == Digits)
            {
                throw new InvalidValueException(Expectations.Cep);
            }

            digits[count++] = (char)b;
        }

        if (count == 0)
        {
            throw new InvalidValueException(Expectations.Cep);
        }

        Span<char> cep = stackalloc char[Digits];
        var padding = Digits - count;
        cep[..padding].Fill('0');
        digits[..count].CopyTo(cep[padding..]);
        return new string(cep);
    }
}
