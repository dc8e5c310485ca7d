namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>Receives every event (the catch-all handler) and records it.</summary>
public sealed class RecordingHandler(HandledEvents handled) : IWebhookHandler<WebhookEvent>
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
        => handled.RecordAsync(webhookEvent, cancellationToken);
}
