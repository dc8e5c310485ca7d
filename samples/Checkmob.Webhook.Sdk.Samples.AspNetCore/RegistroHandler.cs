namespace Checkmob.Webhook.Sdk.Samples.AspNetCore;

/// <summary>Handles records (check-ins, visits): one log line per record, with its id and code.</summary>
public sealed class RegistroHandler(ILogger<RegistroHandler> logger) : IWebhookHandler<RegistroRealizado>
{
    public Task HandleAsync(RegistroRealizado webhookEvent, CancellationToken cancellationToken)
    {
        foreach (var registro in webhookEvent.Data)
        {
            // The older documentation revision sends no Id; Codigo is there in both.
            SampleLog.RegistroHandled(logger, webhookEvent.Tipo, registro.Id, registro.Codigo);
        }

        return Task.CompletedTask;
    }
}
