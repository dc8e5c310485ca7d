using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a <see cref="Registro"/> field by field; unknown fields go to its <c>ExtensionData</c>.</summary>
internal static class RegistroReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(Registro.Id),
        nameof(Registro.Codigo),
        nameof(Registro.IdCliente),
        nameof(Registro.NomeCliente),
        nameof(Registro.CodigoCliente),
        nameof(Registro.IdPessoa),
        nameof(Registro.NomePessoa),
        nameof(Registro.IdGrupo),
        nameof(Registro.NomeGrupo),
        nameof(Registro.IdSegmento),
        nameof(Registro.NomeSegmento),
        nameof(Registro.IdOrdemServico),
        nameof(Registro.IdObjetivo),
        nameof(Registro.NomeObjetivo),
        nameof(Registro.Observacao),
        nameof(Registro.Instrucoes),
        nameof(Registro.EnderecoAproximado),
        nameof(Registro.IdUsuario),
        nameof(Registro.NomeUsuario),
        nameof(Registro.Latitude),
        nameof(Registro.Longitude),
        nameof(Registro.DataCheckIn),
        nameof(Registro.DataCheckOut),
        nameof(Registro.IdStatus),
        nameof(Registro.NomeStatus),
        nameof(Registro.DataAlteracaoStatus),
        nameof(Registro.MotivoReprovacao),
        nameof(Registro.Incompleto),
        nameof(Registro.CheckoutForcado),
        nameof(Registro.DataEnvio),
        nameof(Registro.IdUsuarioCriador),
        nameof(Registro.Agendado),
        nameof(Registro.DataInicioEsperada),
        nameof(Registro.DataConclusaoEsperada),
        nameof(Registro.Ativo),
        nameof(Registro.Excluido),
        nameof(Registro.DataAtualizacao));

    public static Registro Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? id = null;
        string? codigo = null;
        long? idCliente = null;
        string? nomeCliente = null;
        string? codigoCliente = null;
        long? idPessoa = null;
        string? nomePessoa = null;
        long? idGrupo = null;
        string? nomeGrupo = null;
        long? idSegmento = null;
        string? nomeSegmento = null;
        long? idOrdemServico = null;
        long? idObjetivo = null;
        string? nomeObjetivo = null;
        string? observacao = null;
        string? instrucoes = null;
        string? enderecoAproximado = null;
        long? idUsuario = null;
        string? nomeUsuario = null;
        double? latitude = null;
        double? longitude = null;
        DateTimeOffset? dataCheckIn = null;
        DateTimeOffset? dataCheckOut = null;
        long? idStatus = null;
        string? nomeStatus = null;
        DateTimeOffset? dataAlteracaoStatus = null;
        string? motivoReprovacao = null;
        bool? incompleto = null;
        bool? checkoutForcado = null;
        DateTimeOffset? dataEnvio = null;
        long? idUsuarioCriador = null;
        bool? agendado = null;
        DateTimeOffset? dataInicioEsperada = null;
        DateTimeOffset? dataConclusaoEsperada = null;
        bool? ativo = null;
        bool? excluido = null;
        DateTimeOffset? dataAtualizacao = null;
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
                    id = ValueReader.Int64(ref reader, scope, nameof(Registro.Id));
                    break;
                case 1:
                    codigo = ValueReader.String(ref reader, scope, nameof(Registro.Codigo));
                    break;
                case 2:
                    idCliente = ValueReader.Int64(ref reader, scope, nameof(Registro.IdCliente));
                    break;
                case 3:
                    nomeCliente = ValueReader.String(ref reader, scope, nameof(Registro.NomeCliente));
                    break;
                case 4:
                    codigoCliente = ValueReader.String(ref reader, scope, nameof(Registro.CodigoCliente));
                    break;
                case 5:
                    idPessoa = ValueReader.Int64(ref reader, scope, nameof(Registro.IdPessoa));
                    break;
                case 6:
                    nomePessoa = ValueReader.String(ref reader, scope, nameof(Registro.NomePessoa));
                    break;
                case 7:
                    idGrupo = ValueReader.Int64(ref reader, scope, nameof(Registro.IdGrupo));
                    break;
                case 8:
                    nomeGrupo = ValueReader.String(ref reader, scope, nameof(Registro.NomeGrupo));
                    break;
                case 9:
                    idSegmento = ValueReader.Int64(ref reader, scope, nameof(Registro.IdSegmento));
                    break;
                case 10:
                    nomeSegmento = ValueReader.String(ref reader, scope, nameof(Registro.NomeSegmento));
                    break;
                case 11:
                    idOrdemServico = ValueReader.Int64(ref reader, scope, nameof(Registro.IdOrdemServico));
                    break;
                case 12:
                    idObjetivo = ValueReader.Int64(ref reader, scope, nameof(Registro.IdObjetivo));
                    break;
                case 13:
                    nomeObjetivo = ValueReader.String(ref reader, scope, nameof(Registro.NomeObjetivo));
                    break;
                case 14:
                    observacao = ValueReader.String(ref reader, scope, nameof(Registro.Observacao));
                    break;
                case 15:
                    instrucoes = ValueReader.String(ref reader, scope, nameof(Registro.Instrucoes));
                    break;
                case 16:
                    enderecoAproximado = ValueReader.String(ref reader, scope, nameof(Registro.EnderecoAproximado));
                    break;
                case 17:
                    idUsuario = ValueReader.Int64(ref reader, scope, nameof(Registro.IdUsuario));
                    break;
                case 18:
                    nomeUsuario = ValueReader.String(ref reader, scope, nameof(Registro.NomeUsuario));
                    break;
                case 19:
                    latitude = ValueReader.Double(ref reader, scope, nameof(Registro.Latitude));
                    break;
                case 20:
                    longitude = ValueReader.Double(ref reader, scope, nameof(Registro.Longitude));
                    break;
                case 21:
                    dataCheckIn = ValueReader.Timestamp(ref reader, scope, nameof(Registro.DataCheckIn));
                    break;
                case 22:
                    dataCheckOut = ValueReader.Timestamp(ref reader, scope, nameof(Registro.DataCheckOut));
                    break;
                case 23:
                    idStatus = ValueReader.Int64(ref reader, scope, nameof(Registro.IdStatus));
                    break;
                case 24:
                    nomeStatus = ValueReader.String(ref reader, scope, nameof(Registro.NomeStatus));
                    break;
                case 25:
                    dataAlteracaoStatus = ValueReader.Timestamp(
                        ref reader, scope, nameof(Registro.DataAlteracaoStatus));
                    break;
                case 26:
                    motivoReprovacao = ValueReader.String(ref reader, scope, nameof(Registro.MotivoReprovacao));
                    break;
                case 27:
                    incompleto = ValueReader.Boolean(ref reader, scope, nameof(Registro.Incompleto));
                    break;
                case 28:
                    checkoutForcado = ValueReader.Boolean(ref reader, scope, nameof(Registro.CheckoutForcado));
                    break;
                case 29:
                    dataEnvio = ValueReader.Timestamp(ref reader, scope, nameof(Registro.DataEnvio));
                    break;
                case 30:
                    idUsuarioCriador = ValueReader.Int64(ref reader, scope, nameof(Registro.IdUsuarioCriador));
                    break;
                case 31:
                    agendado = ValueReader.Boolean(ref reader, scope, nameof(Registro.Agendado));
                    break;
                case 32:
                    dataInicioEsperada = ValueReader.Timestamp(ref reader, scope, nameof(Registro.DataInicioEsperada));
                    break;
                case 33:
                    dataConclusaoEsperada = ValueReader.Timestamp(
                        ref reader, scope, nameof(Registro.DataConclusaoEsperada));
                    break;
                case 34:
                    ativo = ValueReader.Boolean(ref reader, scope, nameof(Registro.Ativo));
                    break;
                case 35:
                    excluido = ValueReader.Boolean(ref reader, scope, nameof(Registro.Excluido));
                    break;
                case 36:
                    dataAtualizacao = ValueReader.Timestamp(ref reader, scope, nameof(Registro.DataAtualizacao));
                    break;
            }
        }

        return new Registro
        {
            Id = id,
            Codigo = codigo,
            IdCliente = idCliente,
            NomeCliente = nomeCliente,
            CodigoCliente = codigoCliente,
            IdPessoa = idPessoa,
            NomePessoa = nomePessoa,
            IdGrupo = idGrupo,
            NomeGrupo = nomeGrupo,
            IdSegmento = idSegmento,
            NomeSegmento = nomeSegmento,
            IdOrdemServico = idOrdemServico,
            IdObjetivo = idObjetivo,
            NomeObjetivo = nomeObjetivo,
            Observacao = observacao,
            Instrucoes = instrucoes,
            EnderecoAproximado = enderecoAproximado,
            IdUsuario = idUsuario,
            NomeUsuario = nomeUsuario,
            Latitude = latitude,
            Longitude = longitude,
            DataCheckIn = dataCheckIn,
            DataCheckOut = dataCheckOut,
            IdStatus = idStatus,
            NomeStatus = nomeStatus,
            DataAlteracaoStatus = dataAlteracaoStatus,
            MotivoReprovacao = motivoReprovacao,
            Incompleto = incompleto,
            CheckoutForcado = checkoutForcado,
            DataEnvio = dataEnvio,
            IdUsuarioCriador = idUsuarioCriador,
            Agendado = agendado,
            DataInicioEsperada = dataInicioEsperada,
            DataConclusaoEsperada = dataConclusaoEsperada,
            Ativo = ativo,
            Excluido = excluido,
            DataAtualizacao = dataAtualizacao,
            ExtensionData = extensionData,
        };
    }
}
