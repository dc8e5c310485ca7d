namespace Checkmob.Webhook.Sdk.Samples.Console;

/// <summary>Prints every client Checkmob says was created.</summary>
internal sealed class NewClientPrinter : IWebhookHandler<ClienteCriado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
    {
        foreach (var cliente in webhookEvent.Data)
        {
            System.Console.WriteLine($"  new client {cliente.IdCliente}: {cliente.Nome} ({cliente.Cidade ?? "no city"})");
        }

        return Task.CompletedTask;
    }
}
