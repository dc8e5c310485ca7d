namespace Checkmob.Webhook.Sdk.Tests.Dispatch;

/// <summary>Records, in order, which handler saw which event; registered as a singleton in the tests.</summary>
public sealed class CallLog
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public void Add(string call)
    {
        lock (_calls)
        {
            _calls.Add(call);
        }
    }
}

/// <summary>A scoped service, to see which scope a handler ran in.</summary>
public sealed class ScopedProbe
{
    public Guid Id { get; } = Guid.NewGuid();
}

public sealed class ClienteCriadoHandler(CallLog log) : IWebhookHandler<ClienteCriado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add($"{nameof(ClienteCriadoHandler)}:{webhookEvent.Data[0].IdCliente}");
        return Task.CompletedTask;
    }
}

public sealed class RegistroHandler(CallLog log) : IWebhookHandler<RegistroRealizado>
{
    public Task HandleAsync(RegistroRealizado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add(nameof(RegistroHandler));
        return Task.CompletedTask;
    }
}

/// <summary>One class handling two event types.</summary>
public sealed class ClienteCreatedOrEditedHandler(CallLog log)
    : IWebhookHandler<ClienteCriado>, IWebhookHandler<ClienteEditado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add($"{nameof(ClienteCreatedOrEditedHandler)}:criado");
        return Task.CompletedTask;
    }

    public Task HandleAsync(ClienteEditado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add($"{nameof(ClienteCreatedOrEditedHandler)}:editado");
        return Task.CompletedTask;
    }
}

public sealed class CatchAllHandler(CallLog log) : IWebhookHandler<WebhookEvent>
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        log.Add($"{nameof(CatchAllHandler)}:{(int)webhookEvent.Tipo}");
        return Task.CompletedTask;
    }
}

public sealed class UnknownTipoHandler(CallLog log) : IWebhookHandler<UnknownWebhookEvent>
{
    public Task HandleAsync(UnknownWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        log.Add($"{nameof(UnknownTipoHandler)}:{(int)webhookEvent.Tipo}:{webhookEvent.Data.Count}");
        return Task.CompletedTask;
    }
}

public sealed class FailingHandler(CallLog log) : IWebhookHandler<ClienteCriado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add(nameof(FailingHandler));
        throw new InvalidOperationException("The ERP is down.");
    }
}

public sealed class SecondFailingHandler(CallLog log) : IWebhookHandler<WebhookEvent>
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        log.Add(nameof(SecondFailingHandler));
        return Task.FromException(new TimeoutException("The CRM timed out."));
    }
}

/// <summary>Waits on the token, so the test can cancel while it runs.</summary>
public sealed class BlockingHandler(CallLog log) : IWebhookHandler<ClienteCriado>
{
    public async Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add(nameof(BlockingHandler));
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}

public sealed class ScopeRecordingHandler(CallLog log, ScopedProbe probe) : IWebhookHandler<WebhookEvent>
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        log.Add(probe.Id.ToString());
        return Task.CompletedTask;
    }
}

public sealed class TokenRecordingHandler : IWebhookHandler<WebhookEvent>
{
    public CancellationToken Seen { get; private set; }

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Seen = cancellationToken;
        return Task.CompletedTask;
    }
}

public sealed class NotAHandler
{
}

internal static class Events
{
    public static ClienteCriado ClienteCriado(long idCliente = 1)
        => new([new Cliente { IdCliente = idCliente, Nome = "Cliente Exemplo", Cpf = "529.982.247-25" }]);

    public static ClienteEditado ClienteEditado() => new([new Cliente { IdCliente = 2 }]);

    public static RegistroRealizado RegistroRealizado() => new([new Registro { Id = 3 }]);

    public static ChecklistRespondido ChecklistRespondido() => new([new Checklist { Id = 4 }]);

    public static UnknownWebhookEvent Unknown(int tipo = 99)
        => new((TipoEvento)tipo, [System.Text.Json.JsonDocument.Parse("{\"X\":1}").RootElement.Clone()]);
}

/// <summary>Implements the catch-all and a typed interface: receives each event once, typed when it can be.</summary>
public sealed class TypedAndCatchAllHandler(CallLog log) : IWebhookHandler<WebhookEvent>, IWebhookHandler<ClienteCriado>
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        log.Add($"catch-all:{(int)webhookEvent.Tipo}");
        return Task.CompletedTask;
    }

    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
    {
        log.Add("typed:1");
        return Task.CompletedTask;
    }
}

/// <summary>Fails the way user code does: with a message that quotes a payload value.</summary>
public sealed class LeakyFailingHandler : IWebhookHandler<ClienteCriado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
        => throw new FormatException($"The input string '{webhookEvent.Data[0].Cpf}' was not in a correct format.");
}
