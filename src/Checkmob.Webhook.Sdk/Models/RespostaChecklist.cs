using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>One answered item of a <see cref="Checklist"/>.</summary>
public sealed partial record RespostaChecklist
{
    /// <summary>Section number.</summary>
    public long? NumeroSecao { get; init; }

    /// <summary>Id of the question.</summary>
    public long? IdQuestao { get; init; }

    /// <summary>Question number as shown, e.g. <c>1.1</c>.</summary>
    public string? NumeroQuestao { get; init; }

    /// <summary>Question text.</summary>
    public string? NomeQuestao { get; init; }

    /// <summary>Id of the question item.</summary>
    public long? IdItemQuestao { get; init; }

    /// <summary>Item number as shown, e.g. <c>1.1.1</c>.</summary>
    public string? NumeroItemQuestao { get; init; }

    /// <summary>Item text.</summary>
    public string? NomeItemQuestao { get; init; }

    /// <summary>
    /// The answer as text: <c>"true"</c>/<c>"false"</c> for a selectable item, otherwise the typed value.
    /// </summary>
    public string? Resposta { get; init; }

    /// <summary>Note on the answer.</summary>
    public string? Observacao { get; init; }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
