namespace Checkmob.Webhook.Sdk;

/// <summary>Tipo 2: one or more clients were edited.</summary>
/// <param name="Data">The edited clients, as they are after the edit; never null.</param>
public sealed record ClienteEditado(IReadOnlyList<Cliente> Data) : WebhookEvent(TipoEvento.ClienteEditado)
{
    /// <inheritdoc />
    public override int ItemCount => Data.Count;
}
