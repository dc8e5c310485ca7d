using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Reads a <see cref="RespostaChecklist"/> field by field; unknown fields go to its <c>ExtensionData</c>.
/// </summary>
internal static class RespostaChecklistReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(RespostaChecklist.NumeroSecao),
        nameof(RespostaChecklist.IdQuestao),
        nameof(RespostaChecklist.NumeroQuestao),
        nameof(RespostaChecklist.NomeQuestao),
        nameof(RespostaChecklist.IdItemQuestao),
        nameof(RespostaChecklist.NumeroItemQuestao),
        nameof(RespostaChecklist.NomeItemQuestao),
        nameof(RespostaChecklist.Resposta),
        nameof(RespostaChecklist.Observacao));

    public static RespostaChecklist Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? numeroSecao = null;
        long? idQuestao = null;
        string? numeroQuestao = null;
        string? nomeQuestao = null;
        long? idItemQuestao = null;
        string? numeroItemQuestao = null;
        string? nomeItemQuestao = null;
        string? resposta = null;
        string? observacao = null;
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
                    numeroSecao = ValueReader.Int64(ref reader, scope, nameof(RespostaChecklist.NumeroSecao));
                    break;
                case 1:
                    idQuestao = ValueReader.Int64(ref reader, scope, nameof(RespostaChecklist.IdQuestao));
                    break;
                case 2:
                    numeroQuestao = ValueReader.String(ref reader, scope, nameof(RespostaChecklist.NumeroQuestao));
                    break;
                case 3:
                    nomeQuestao = ValueReader.String(ref reader, scope, nameof(RespostaChecklist.NomeQuestao));
                    break;
                case 4:
                    idItemQuestao = ValueReader.Int64(ref reader, scope, nameof(RespostaChecklist.IdItemQuestao));
                    break;
                case 5:
                    numeroItemQuestao = ValueReader.String(
                        ref reader, scope, nameof(RespostaChecklist.NumeroItemQuestao));
                    break;
                case 6:
                    nomeItemQuestao = ValueReader.String(ref reader, scope, nameof(RespostaChecklist.NomeItemQuestao));
                    break;
                case 7:
                    resposta = ValueReader.String(ref reader, scope, nameof(RespostaChecklist.Resposta));
                    break;
                case 8:
                    observacao = ValueReader.String(ref reader, scope, nameof(RespostaChecklist.Observacao));
                    break;
            }
        }

        return new RespostaChecklist
        {
            NumeroSecao = numeroSecao,
            IdQuestao = idQuestao,
            NumeroQuestao = numeroQuestao,
            NomeQuestao = nomeQuestao,
            IdItemQuestao = idItemQuestao,
            NumeroItemQuestao = numeroItemQuestao,
            NomeItemQuestao = nomeItemQuestao,
            Resposta = resposta,
            Observacao = observacao,
            ExtensionData = extensionData,
        };
    }
}
