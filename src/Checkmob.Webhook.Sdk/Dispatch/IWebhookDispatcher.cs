namespace Checkmob.Webhook.Sdk;

/// <summary>Routes a parsed event to every <see cref="IWebhookHandler{TEvent}"/> registered for it.</summary>
public interface IWebhookDispatcher
{
    /// <summary>
    /// Runs, one after another in registration order, every handler of the event's type and every catch-all.
    /// </summary>
    /// <param name="webhookEvent">The event to dispatch.</param>
    /// <param name="cancellationToken">Flows to every handler.</param>
    /// <returns>A task that completes when every handler has run.</returns>
    /// <exception cref="WebhookDispatchException">One or more handlers failed; the others still ran.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>An event with no handler is not an error.</remarks>
    Task DispatchAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken = default);
}
