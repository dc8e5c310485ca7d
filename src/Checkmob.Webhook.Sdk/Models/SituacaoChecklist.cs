namespace Checkmob.Webhook.Sdk;

/// <summary>The state of an answered <see cref="Checklist"/>.</summary>
/// <remarks>A number outside these values is kept as sent (for example <c>(SituacaoChecklist)7</c>).</remarks>
public enum SituacaoChecklist
{
    /// <summary>Partially answered.</summary>
    Parcial = 0,

    /// <summary>Completely answered.</summary>
    Completo = 1,

    /// <summary>Still to do.</summary>
    AFazer = 2,
}
