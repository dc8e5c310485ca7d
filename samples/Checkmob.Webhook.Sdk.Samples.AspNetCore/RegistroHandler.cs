namespace Checkmob.Webhook.Sdk.Samples.AspNetCore;

/// <summary>Handles records (check-ins, visits): one log line per record, with its id and its place in the delivery.</summary>
public sealed class RegistroHandler(ILogger<RegistroHandler> logger) : IWebhookHandler<RegistroRealizado>
{
    public Task HandleAsync(RegistroRealizado webhookEvent, CancellationToken cancellationToken)
    {
        for (var index = 0; index < webhookEvent.Data.Count; index++)
        {
            // The older documentation revision sends no Id, so the line also names the item's place in the delivery.
            // Codigo is not logged: it is free text the account fills in, and may hold a document number or a name.
            SampleLog.RegistroHandled(logger, webhookEvent.Tipo, webhookEvent.Data[index].Id, index);
        }

        return Task.CompletedTask;
    }
}
