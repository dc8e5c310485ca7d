namespace Checkmob.Webhook.Sdk;

/// <summary>Tipo 4: one or more checklists were answered.</summary>
/// <param name="Data">The answered checklists; never null.</param>
/// <remarks>The same checklist can arrive partial and later complete; see <see cref="Checklist.Situacao"/>.</remarks>
public sealed record ChecklistRespondido(IReadOnlyList<Checklist> Data)
    : WebhookEvent(TipoEvento.ChecklistRespondido)
{
    /// <inheritdoc />
    public override int ItemCount => Data.Count;
}
