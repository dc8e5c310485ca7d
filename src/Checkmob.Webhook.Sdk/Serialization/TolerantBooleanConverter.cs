using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a boolean from JSON true/false or the strings "true"/"false" (any case); a blank string is null.</summary>
internal sealed class TolerantBooleanConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
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

        throw new InvalidValueException(Expectations.Boolean);
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
