namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Handles one type of Checkmob webhook event. Implement it once per event type your application cares about.
/// </summary>
/// <typeparam name="TEvent">
/// The event type, such as <see cref="ClienteCriado"/>; <see cref="WebhookEvent"/> itself receives every event,
/// <see cref="UnknownWebhookEvent"/> included.
/// </typeparam>
/// <remarks>
/// Checkmob may notify the same client, record or checklist many times and in any order, so make handlers
/// idempotent: compare ids and <c>DataAtualizacao</c> before applying a change.
/// </remarks>
public interface IWebhookHandler<in TEvent>
    where TEvent : WebhookEvent
{
    /// <summary>Handles one event.</summary>
    /// <param name="webhookEvent">The parsed event.</param>
    /// <param name="cancellationToken">
    /// Cancelled when the delivery is abandoned (the request aborted, the host stopping).
    /// </param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent webhookEvent, CancellationToken cancellationToken);
}
