namespace Checkmob.Webhook.Sdk;

/// <summary>Tipo 3: one or more records (check-in, visit, service execution) were created or updated.</summary>
/// <param name="Data">The records; never null.</param>
/// <remarks>The same record is notified many times during its execution; see <see cref="Registro.Id"/>.</remarks>
public sealed record RegistroRealizado(IReadOnlyList<Registro> Data) : WebhookEvent(TipoEvento.RegistroRealizado)
{
    /// <inheritdoc />
    public override int ItemCount => Data.Count;
}
