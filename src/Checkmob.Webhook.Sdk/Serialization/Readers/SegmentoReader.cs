using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a <see cref="Segmento"/> field by field; unknown fields go to its <c>ExtensionData</c>.</summary>
internal static class SegmentoReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(Segmento.IdSegmento),
        nameof(Segmento.Nome));

    public static Segmento Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? idSegmento = null;
        string? nome = null;
        Dictionary<string, JsonElement>? extensionData = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Names.Find(ref reader);
            if (property < 0)
            {
                ValueReader.Extension(ref reader, scope, ref extensionData);
                continue;
            }

            reader.Read();
            switch (property)
            {
                case 0:
                    idSegmento = ValueReader.Int64(ref reader, scope, nameof(Segmento.IdSegmento));
                    break;
                case 1:
                    nome = ValueReader.String(ref reader, scope, nameof(Segmento.Nome));
                    break;
            }
        }

        return new Segmento
        {
            IdSegmento = idSegmento,
            Nome = nome,
            ExtensionData = extensionData,
        };
    }
}
