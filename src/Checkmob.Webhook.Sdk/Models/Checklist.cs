using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// An answered checklist, the item of Tipo 4 (<see cref="ChecklistRespondido"/>); newer revision only.
/// </summary>
/// <remarks>
/// The same checklist (<see cref="Id"/>) can arrive several times, partial and then complete.
/// Photos and signatures are not in the payload. Every field may be missing or null.
/// </remarks>
public sealed partial record Checklist
{
    /// <summary>Id of the answered checklist.</summary>
    public long? Id { get; init; }

    /// <summary>Sequential number shown in the platform.</summary>
    public long? Numero { get; init; }

    /// <summary>Id of the checklist template.</summary>
    public long? IdQuestionario { get; init; }

    /// <summary>Name of the checklist template.</summary>
    public string? NomeQuestionario { get; init; }

    /// <summary>Partial, complete or to do; an unknown number is kept as sent.</summary>
    public SituacaoChecklist? Situacao { get; init; }

    /// <summary>When the checklist was created.</summary>
    public DateTimeOffset? DataCadastro { get; init; }

    /// <summary>When the checklist was last updated.</summary>
    public DateTimeOffset? DataAtualizacao { get; init; }

    /// <summary>Id of the user who answered.</summary>
    public long? IdUsuario { get; init; }

    /// <summary>Name of the user who answered.</summary>
    public string? NomeUsuario { get; init; }

    /// <summary>Id of the client.</summary>
    public long? IdCliente { get; init; }

    /// <summary>Client code; a number arrives as its digits.</summary>
    public string? CodigoCliente { get; init; }

    /// <summary>Name of the client.</summary>
    public string? NomeCliente { get; init; }

    /// <summary>Id of the record (Tipo 3) the checklist belongs to.</summary>
    public long? IdServico { get; init; }

    /// <summary>Code of the record (Tipo 3) the checklist belongs to; a number arrives as its digits.</summary>
    public string? CodigoServico { get; init; }

    /// <summary>
    /// One row per answered item, ordered by section, question and item; empty when absent, null rows skipped.
    /// </summary>
    [AllowNull]
    public IReadOnlyList<RespostaChecklist> Respostas
    {
        get => field ?? [];
        init => field = Lists.WithoutNulls(value);
    }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
