using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Reads one field's value with the SDK's reading rules, straight from the UTF-8 token: numbers from JSON numbers or
/// numeric strings, blank strings as null, booleans from "true"/"false", text from strings, numbers or booleans.
/// A value of the wrong type throws <see cref="WebhookParseException"/> naming the field's path, never its value.
/// </summary>
internal static class ValueReader
{
    public static long? Int64(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
        if (reader.TokenType == JsonTokenType.String
            && JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
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

        throw scope.InvalidValue(field, Expectations.Integer, reader.TokenStartIndex);
    }

    public static double? Double(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        // A JSON number beyond the range of double (such as 1e400) reads as infinity: rejected like its string form.
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
        if (reader.TokenType == JsonTokenType.String
            && JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
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

        throw scope.InvalidValue(field, Expectations.Number, reader.TokenStartIndex);
    }

    public static decimal? Decimal(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
        if (reader.TokenType == JsonTokenType.String
            && JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
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

        throw scope.InvalidValue(field, Expectations.Number, reader.TokenStartIndex);
    }

    public static bool? Boolean(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
                if (JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
                {
                    if (text.IsEmpty)
                    {
                        return null;
                    }

                    if (Ascii.EqualsIgnoreCase(text, "true"u8))
                    {
                        return true;
                    }

                    if (Ascii.EqualsIgnoreCase(text, "false"u8))
                    {
                        return false;
                    }
                }

                break;
        }

        throw scope.InvalidValue(field, Expectations.Boolean, reader.TokenStartIndex);
    }

    public static DateTimeOffset? Timestamp(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
        if (reader.TokenType == JsonTokenType.String
            && JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
        {
            if (text.IsEmpty)
            {
                return null;
            }

            if (TimestampParser.TryParse(text, scope.Zone, out var value))
            {
                return value;
            }
        }

        throw scope.InvalidValue(field, Expectations.Timestamp, reader.TokenStartIndex);
    }

    /// <summary>Text from a string; a number keeps its digits as written, a boolean its word.</summary>
    public static string? String(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (JsonScalar.TryGetString(in reader, out var text))
                {
                    return text;
                }

                throw scope.InvalidValue(field, Expectations.UnicodeText, reader.TokenStartIndex);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
        }

        throw scope.InvalidValue(field, Expectations.Text, reader.TokenStartIndex);
    }

    /// <summary>
    /// A CEP as its 8 digits, zero-padded: Checkmob sends a JSON number, which drops the leading zero of São Paulo's
    /// CEPs (01310100 arrives as 1310100). A string may carry the hyphen, dots or spaces.
    /// </summary>
    public static string? Cep(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var number) && number is >= 0 and <= 99_999_999)
            {
                return number.ToString("D8", CultureInfo.InvariantCulture);
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
            if (JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
            {
                if (text.IsEmpty)
                {
                    return null;
                }

                if (CepText.TryNormalize(text, out var cep))
                {
                    return cep;
                }
            }
        }

        throw scope.InvalidValue(field, Expectations.Cep, reader.TokenStartIndex);
    }

    /// <summary>
    /// A checklist state from a number or a numeric string; a number outside the enum is kept as sent.
    /// </summary>
    public static SituacaoChecklist? Situacao(ref Utf8JsonReader reader, in ReadScope scope, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return (SituacaoChecklist)number;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
        if (reader.TokenType == JsonTokenType.String
            && JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
        {
            if (text.IsEmpty)
            {
                return null;
            }

            if (Utf8Parser.TryParse(text, out int parsed, out var consumed) && consumed == text.Length)
            {
                return (SituacaoChecklist)parsed;
            }
        }

        throw scope.InvalidValue(field, Expectations.Situacao, reader.TokenStartIndex);
    }

    /// <summary>
    /// A list of records: null stays null (read as empty), null items are skipped, anything but an object is rejected.
    /// </summary>
    public static List<T>? List<T>(ref Utf8JsonReader reader, in ReadScope scope, string field, RecordReader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw scope.InvalidValue(field, Expectations.ListOfObjects, reader.TokenStartIndex);
        }

        var items = new List<T>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                items.Add(read(ref reader, scope.InList(field, index)));
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                throw ParseErrors.InvalidValue(
                    scope.PathOf(field, index),
                    Expectations.Object,
                    scope.Body.At(reader.TokenStartIndex));
            }

            index++;
        }

        return items;
    }

    /// <summary>Keeps a field the SDK does not know, by the name it was sent with, as a detached JSON value.</summary>
    public static void Extension(
        ref Utf8JsonReader reader, in ReadScope scope, ref Dictionary<string, JsonElement>? extensionData)
    {
        if (!JsonScalar.TryGetString(in reader, out var name))
        {
            throw ParseErrors.InvalidJson(scope.PathOf(null), scope.Body.At(reader.TokenStartIndex));
        }

        reader.Read();
        if (JsonScalar.TryFindUndecodableString(reader, out var undecodable))
        {
            // The record's path: an unknown field's name is the sender's text, and a path must never quote a value.
            // The line and byte position point at the token itself.
            throw ParseErrors.InvalidValue(scope.PathOf(null), Expectations.UnicodeText, scope.Body.At(undecodable));
        }

        (extensionData ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] =
            JsonElement.ParseValue(ref reader);
    }
}
