using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads <see cref="SituacaoChecklist"/> from a number or a numeric string, keeping unknown numbers.</summary>
internal sealed class SituacaoChecklistConverter : JsonConverter<SituacaoChecklist?>
{
    public override SituacaoChecklist? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return (SituacaoChecklist)number;
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

                if (Utf8Parser.TryParse(text, out int parsed, out var consumed) && consumed == text.Length)
                {
                    return (SituacaoChecklist)parsed;
                }
            }
        }

        throw new InvalidValueException(Expectations.Situacao);
    }

    public override void Write(Utf8JsonWriter writer, SituacaoChecklist? value, JsonSerializerOptions options)
    {
        if (value is { } situacao)
        {
            writer.WriteNumberValue((int)situacao);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
