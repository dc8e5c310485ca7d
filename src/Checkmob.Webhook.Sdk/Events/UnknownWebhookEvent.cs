using System.Text.Json;

namespace Checkmob.Webhook.Sdk;

/// <summary>An event whose <c>Tipo</c> this version of the SDK does not know, kept whole rather than dropped.</summary>
/// <param name="Tipo">The number as sent, for example <c>(TipoEvento)99</c>.</param>
/// <param name="Data">
/// The <c>Data</c> items as JSON, detached from the request body (safe to keep after parsing);
/// a single object arrives as a list of one.
/// </param>
public sealed record UnknownWebhookEvent(TipoEvento Tipo, IReadOnlyList<JsonElement> Data) : WebhookEvent(Tipo)
{
    /// <inheritdoc />
    public override int ItemCount => Data.Count;
}
