namespace Checkmob.Webhook.Sdk;

/// <summary>Tipo 1: one or more clients were created.</summary>
/// <param name="Data">The created clients; never null, often a single item.</param>
public sealed record ClienteCriado(IReadOnlyList<Cliente> Data) : WebhookEvent(TipoEvento.ClienteCriado)
{
    /// <inheritdoc />
    public override int ItemCount => Data.Count;
}
