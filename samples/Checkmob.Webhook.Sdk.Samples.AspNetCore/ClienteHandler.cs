namespace Checkmob.Webhook.Sdk.Samples.AspNetCore;

/// <summary>Handles created and edited clients: one log line per client, with its id and nothing personal.</summary>
public sealed class ClienteHandler(ILogger<ClienteHandler> logger)
    : IWebhookHandler<ClienteCriado>, IWebhookHandler<ClienteEditado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
        => Handle(webhookEvent.Tipo, webhookEvent.Data);

    public Task HandleAsync(ClienteEditado webhookEvent, CancellationToken cancellationToken)
        => Handle(webhookEvent.Tipo, webhookEvent.Data);

    private Task Handle(TipoEvento tipo, IReadOnlyList<Cliente> clientes)
    {
        foreach (var cliente in clientes)
        {
            SampleLog.ClienteHandled(logger, tipo, cliente.IdCliente);
        }

        return Task.CompletedTask;
    }
}
