using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Reads a <see cref="CampoPersonalizado"/> field by field; unknown fields go to its <c>ExtensionData</c>.
/// </summary>
internal static class CampoPersonalizadoReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(CampoPersonalizado.IdCampo),
        nameof(CampoPersonalizado.Nome),
        nameof(CampoPersonalizado.ValorCampo));

    public static CampoPersonalizado Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? idCampo = null;
        string? nome = null;
        string? valorCampo = null;
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
                    idCampo = ValueReader.Int64(ref reader, scope, nameof(CampoPersonalizado.IdCampo));
                    break;
                case 1:
                    nome = ValueReader.String(ref reader, scope, nameof(CampoPersonalizado.Nome));
                    break;
                case 2:
                    valorCampo = ValueReader.String(ref reader, scope, nameof(CampoPersonalizado.ValorCampo));
                    break;
            }
        }

        return new CampoPersonalizado
        {
            IdCampo = idCampo,
            Nome = nome,
            ValorCampo = valorCampo,
            ExtensionData = extensionData,
        };
    }
}
