using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a <see cref="Checklist"/> field by field; unknown fields go to its <c>ExtensionData</c>.</summary>
internal static class ChecklistReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(Checklist.Id),
        nameof(Checklist.Numero),
        nameof(Checklist.IdQuestionario),
        nameof(Checklist.NomeQuestionario),
        nameof(Checklist.Situacao),
        nameof(Checklist.DataCadastro),
        nameof(Checklist.DataAtualizacao),
        nameof(Checklist.IdUsuario),
        nameof(Checklist.NomeUsuario),
        nameof(Checklist.IdCliente),
        nameof(Checklist.CodigoCliente),
        nameof(Checklist.NomeCliente),
        nameof(Checklist.IdServico),
        nameof(Checklist.CodigoServico),
        nameof(Checklist.Respostas));

    public static Checklist Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? id = null;
        long? numero = null;
        long? idQuestionario = null;
        string? nomeQuestionario = null;
        SituacaoChecklist? situacao = null;
        DateTimeOffset? dataCadastro = null;
        DateTimeOffset? dataAtualizacao = null;
        long? idUsuario = null;
        string? nomeUsuario = null;
        long? idCliente = null;
        string? codigoCliente = null;
        string? nomeCliente = null;
        long? idServico = null;
        string? codigoServico = null;
        List<RespostaChecklist>? respostas = null;
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
                    id = ValueReader.Int64(ref reader, scope, nameof(Checklist.Id));
                    break;
                case 1:
                    numero = ValueReader.Int64(ref reader, scope, nameof(Checklist.Numero));
                    break;
                case 2:
                    idQuestionario = ValueReader.Int64(ref reader, scope, nameof(Checklist.IdQuestionario));
                    break;
                case 3:
                    nomeQuestionario = ValueReader.String(ref reader, scope, nameof(Checklist.NomeQuestionario));
                    break;
                case 4:
                    situacao = ValueReader.Situacao(ref reader, scope, nameof(Checklist.Situacao));
                    break;
                case 5:
                    dataCadastro = ValueReader.Timestamp(ref reader, scope, nameof(Checklist.DataCadastro));
                    break;
                case 6:
                    dataAtualizacao = ValueReader.Timestamp(ref reader, scope, nameof(Checklist.DataAtualizacao));
                    break;
                case 7:
                    idUsuario = ValueReader.Int64(ref reader, scope, nameof(Checklist.IdUsuario));
                    break;
                case 8:
                    nomeUsuario = ValueReader.String(ref reader, scope, nameof(Checklist.NomeUsuario));
                    break;
                case 9:
                    idCliente = ValueReader.Int64(ref reader, scope, nameof(Checklist.IdCliente));
                    break;
                case 10:
                    codigoCliente = ValueReader.String(ref reader, scope, nameof(Checklist.CodigoCliente));
                    break;
                case 11:
                    nomeCliente = ValueReader.String(ref reader, scope, nameof(Checklist.NomeCliente));
                    break;
                case 12:
                    idServico = ValueReader.Int64(ref reader, scope, nameof(Checklist.IdServico));
                    break;
                case 13:
                    codigoServico = ValueReader.String(ref reader, scope, nameof(Checklist.CodigoServico));
                    break;
                case 14:
                    respostas = ValueReader.List(
                        ref reader, scope, nameof(Checklist.Respostas), RespostaChecklistReader.Read);
                    break;
            }
        }

        return new Checklist
        {
            Id = id,
            Numero = numero,
            IdQuestionario = idQuestionario,
            NomeQuestionario = nomeQuestionario,
            Situacao = situacao,
            DataCadastro = dataCadastro,
            DataAtualizacao = dataAtualizacao,
            IdUsuario = idUsuario,
            NomeUsuario = nomeUsuario,
            IdCliente = idCliente,
            CodigoCliente = codigoCliente,
            NomeCliente = nomeCliente,
            IdServico = idServico,
            CodigoServico = codigoServico,
            Respostas = respostas,
            ExtensionData = extensionData,
        };
    }
}
