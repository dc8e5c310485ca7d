using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// A record (check-in, visit, service execution), the item of Tipo 3 (<see cref="RegistroRealizado"/>).
/// </summary>
/// <remarks>
/// The older revision sends a record when it is finished; the newer one on every update (check-in, check-out,
/// status changes, web edits), so the same <see cref="Id"/> arrives many times. Every field may be missing or null.
/// </remarks>
public sealed partial record Registro
{
    /// <summary>The record's id: use it to identify the record. Newer revision.</summary>
    public long? Id { get; init; }

    /// <summary>Sequential code shown in the platform; a number arrives as its digits.</summary>
    public string? Codigo { get; init; }

    /// <summary>Id of the client.</summary>
    public long? IdCliente { get; init; }

    /// <summary>Name of the client.</summary>
    public string? NomeCliente { get; init; }

    /// <summary>
    /// Client code (see <see cref="Cliente.Codigo"/>); a number arrives as its digits. Newer revision.
    /// </summary>
    public string? CodigoCliente { get; init; }

    /// <summary>Id of the client's contact. Newer revision.</summary>
    public long? IdPessoa { get; init; }

    /// <summary>Name of the client's contact. Newer revision.</summary>
    public string? NomePessoa { get; init; }

    /// <summary>Id of the team.</summary>
    public long? IdGrupo { get; init; }

    /// <summary>Name of the team.</summary>
    public string? NomeGrupo { get; init; }

    /// <summary>Id of the segment.</summary>
    public long? IdSegmento { get; init; }

    /// <summary>Name of the segment.</summary>
    public string? NomeSegmento { get; init; }

    /// <summary>Id of the work order.</summary>
    public long? IdOrdemServico { get; init; }

    /// <summary>Id of the objective (kind of service).</summary>
    public long? IdObjetivo { get; init; }

    /// <summary>Name of the objective.</summary>
    public string? NomeObjetivo { get; init; }

    /// <summary>Free-text note.</summary>
    public string? Observacao { get; init; }

    /// <summary>Scheduling instructions. Newer revision.</summary>
    public string? Instrucoes { get; init; }

    /// <summary>Approximate address where the record was made.</summary>
    public string? EnderecoAproximado { get; init; }

    /// <summary>Id of the field user who made the record.</summary>
    public long? IdUsuario { get; init; }

    /// <summary>Name of the field user.</summary>
    public string? NomeUsuario { get; init; }

    /// <summary>Latitude where the record was made.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude where the record was made.</summary>
    public double? Longitude { get; init; }

    /// <summary>Check-in time.</summary>
    public DateTimeOffset? DataCheckIn { get; init; }

    /// <summary>Check-out time; meaningful only when <see cref="Incompleto"/> is not true.</summary>
    public DateTimeOffset? DataCheckOut { get; init; }

    /// <summary>Id of the current status.</summary>
    public long? IdStatus { get; init; }

    /// <summary>Name of the current status.</summary>
    public string? NomeStatus { get; init; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset? DataAlteracaoStatus { get; init; }

    /// <summary>Why the record was rejected. Newer revision.</summary>
    public string? MotivoReprovacao { get; init; }

    /// <summary>True while there is no check-out yet. Newer revision.</summary>
    public bool? Incompleto { get; init; }

    /// <summary>Whether the record was closed with a forced check-out. Newer revision.</summary>
    public bool? CheckoutForcado { get; init; }

    /// <summary>When the record was sent from the app.</summary>
    public DateTimeOffset? DataEnvio { get; init; }

    /// <summary>Id of the user who created the record.</summary>
    public long? IdUsuarioCriador { get; init; }

    /// <summary>Whether the record was born from a schedule.</summary>
    public bool? Agendado { get; init; }

    /// <summary>Start of the scheduled window.</summary>
    public DateTimeOffset? DataInicioEsperada { get; init; }

    /// <summary>End of the scheduled window.</summary>
    public DateTimeOffset? DataConclusaoEsperada { get; init; }

    /// <summary>For schedules, false while not yet sent to the user. Newer revision.</summary>
    public bool? Ativo { get; init; }

    /// <summary>Whether the record was deleted. Newer revision.</summary>
    public bool? Excluido { get; init; }

    /// <summary>When the record was last updated; tells which of two notifications is newer. Newer revision.</summary>
    public DateTimeOffset? DataAtualizacao { get; init; }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
