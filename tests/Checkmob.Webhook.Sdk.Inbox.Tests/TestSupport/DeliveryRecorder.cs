using System.Collections.Concurrent;

namespace Checkmob.Webhook.Sdk.Inbox.Tests;

/// <summary>
/// Records which delivery (by <c>IdCliente</c>) each handler run saw, in order, how often, and whether two runs of
/// one delivery ever overlapped. <see cref="Behaviour"/> decides what a run does (throw, wait); shared by hosts.
/// </summary>
public sealed class DeliveryRecorder
{
    private readonly ConcurrentDictionary<long, int> _runs = new();
    private readonly ConcurrentDictionary<long, int> _inFlight = new();
    private readonly ConcurrentQueue<long> _order = new();
    private int _overlaps;
    private int _completed;

    /// <summary>What a run does, given the delivery's IdCliente and its run number (from 1); null: nothing.</summary>
    public Func<long, int, CancellationToken, Task>? Behaviour { get; set; }

    public IReadOnlyList<long> Order => [.. _order];

    public int TotalRuns => _runs.Values.Sum();

    /// <summary>Runs that returned without throwing.</summary>
    public int Completed => Volatile.Read(ref _completed);

    public int Overlaps => Volatile.Read(ref _overlaps);

    public IReadOnlyDictionary<long, int> Runs => new Dictionary<long, int>(_runs);

    public int RunsOf(long idCliente) => _runs.GetValueOrDefault(idCliente);

    public async Task RunAsync(long idCliente, CancellationToken cancellationToken)
    {
        var run = _runs.AddOrUpdate(idCliente, 1, (_, runs) => runs + 1);
        _order.Enqueue(idCliente);
        if (_inFlight.AddOrUpdate(idCliente, 1, (_, count) => count + 1) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        try
        {
            if (Behaviour is { } behaviour)
            {
                await behaviour(idCliente, run, cancellationToken);
            }

            Interlocked.Increment(ref _completed);
        }
        finally
        {
            _inFlight.AddOrUpdate(idCliente, 0, (_, count) => count - 1);
        }
    }

    /// <summary>Waits until <paramref name="runs"/> runs have completed; fails the test after the timeout.</summary>
    public async Task WaitForCompletedAsync(int runs, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Completed < runs)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {Completed} of {runs} handler runs completed within {timeout}.");
            }

            await Task.Delay(10);
        }
    }
}

/// <summary>Handles Tipo 1 by recording the client's id.</summary>
public sealed class RecordingHandler(DeliveryRecorder recorder) : IWebhookHandler<ClienteCriado>
{
    public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
        => recorder.RunAsync(webhookEvent.Data[0].IdCliente!.Value, cancellationToken);
}

/// <summary>What a failing handler throws: a message quoting the payload, as real handlers' messages do.</summary>
public sealed class ErpRejectedClientException(string message) : Exception(message);
