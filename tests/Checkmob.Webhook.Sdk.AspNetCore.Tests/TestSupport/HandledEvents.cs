using System.Collections.Concurrent;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// What the test handler saw: every event, in order, shared by the host's handlers. <see cref="Behaviour"/> decides
/// what a handler run does besides recording (throw, wait for cancellation).
/// </summary>
public sealed class HandledEvents
{
    private readonly ConcurrentQueue<WebhookEvent> _events = new();

    public Func<WebhookEvent, CancellationToken, Task>? Behaviour { get; set; }

    public IReadOnlyList<WebhookEvent> Events => [.. _events];

    public IReadOnlyList<long> IdsCliente
        => [.. Events.OfType<ClienteCriado>().SelectMany(e => e.Data).Select(cliente => cliente.IdCliente ?? 0)];

    public async Task RecordAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        _events.Enqueue(webhookEvent);
        if (Behaviour is { } behaviour)
        {
            await behaviour(webhookEvent, cancellationToken);
        }
    }

    /// <summary>Waits until <paramref name="count"/> events were handled; fails the test after the timeout.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_events.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {_events.Count} of {count} events were handled within {timeout}.");
            }

            await Task.Delay(10);
        }
    }
}
