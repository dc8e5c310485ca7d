using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The dispatch loop shared by the container-based and the container-free dispatchers: which handlers run for
/// each event type (computed once), running them in order, collecting failures, logging.
/// </summary>
internal sealed class DispatchPipeline
{
    private static readonly Type[] ConcreteEventTypes =
    [
        typeof(ClienteCriado),
        typeof(ClienteEditado),
        typeof(RegistroRealizado),
        typeof(ChecklistRespondido),
        typeof(UnknownWebhookEvent),
    ];

    private readonly Dictionary<Type, HandlerRegistration[]> _plan;
    private readonly bool _stopOnFirstFailure;
    private readonly ILogger _logger;

    public DispatchPipeline(
        IEnumerable<HandlerRegistration> registrations, WebhookDispatchOptions options, ILogger? logger)
    {
        var ordered = registrations.ToArray();
        _plan = ConcreteEventTypes.ToDictionary(eventType => eventType, eventType => PlanFor(eventType, ordered));
        _stopOnFirstFailure = options.StopOnFirstFailure;
        _logger = logger ?? NullLogger.Instance;
        if (ordered.Length == 0)
        {
            Log.NoHandlersRegistered(_logger);
        }
    }

    public async Task RunAsync(
        WebhookEvent webhookEvent, IServiceProvider? services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        cancellationToken.ThrowIfCancellationRequested();

        var handlers = _plan[webhookEvent.GetType()];
        if (handlers.Length == 0)
        {
            Log.NoHandler(_logger, webhookEvent.Tipo, webhookEvent.ItemCount);
            return;
        }

        // The clock is read only when a line that reports an elapsed time can be written (Debug or Error; a filter
        // may enable one without the other).
        var timed = _logger.IsEnabled(LogLevel.Error) || _logger.IsEnabled(LogLevel.Debug);
        var started = timed ? Stopwatch.GetTimestamp() : 0;
        List<WebhookHandlerFailure>? failures = null;
        foreach (var registration in handlers)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Log.DispatchCancelled(_logger, webhookEvent.Tipo, webhookEvent.ItemCount, registration.Name);
                cancellationToken.ThrowIfCancellationRequested();
            }

            var failure = await RunOneAsync(registration, webhookEvent, services, timed, cancellationToken)
                .ConfigureAwait(false);
            if (failure is not null)
            {
                (failures ??= []).Add(failure);
                if (_stopOnFirstFailure)
                {
                    break;
                }
            }
        }

        Log.DispatchCompleted(
            _logger,
            webhookEvent.Tipo,
            webhookEvent.ItemCount,
            handlers.Length,
            failures?.Count ?? 0,
            started);
        if (failures is not null)
        {
            throw new WebhookDispatchException(webhookEvent.Tipo, failures, handlers.Length);
        }
    }

    /// <summary>
    /// Runs one handler: null when it succeeded, its failure when it threw. A handler that completes synchronously
    /// (most do: they return <see cref="Task.CompletedTask"/> or finish before their first real wait) costs no async
    /// state machine; the others are awaited.
    /// </summary>
    private ValueTask<WebhookHandlerFailure?> RunOneAsync(
        HandlerRegistration registration,
        WebhookEvent webhookEvent,
        IServiceProvider? services,
        bool timed,
        CancellationToken cancellationToken)
    {
        var started = timed ? Stopwatch.GetTimestamp() : 0;
        Task? running;
        try
        {
            running = registration.InvokeAsync(registration.Resolve(services), webhookEvent, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.DispatchCancelled(_logger, webhookEvent.Tipo, webhookEvent.ItemCount, registration.Name);
            throw;
        }
#pragma warning disable CA1031 // A handler may throw anything; it is reported, and the other handlers still run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new(Failed(registration, webhookEvent, ex, started));
        }

        if (running is { Status: TaskStatus.RanToCompletion })
        {
            Log.HandlerSucceeded(_logger, registration.Name, webhookEvent.Tipo, webhookEvent.ItemCount, started);
            return default;
        }

        return AwaitHandlerAsync(running, registration, webhookEvent, started, cancellationToken);
    }

    private async ValueTask<WebhookHandlerFailure?> AwaitHandlerAsync(
        Task? running,
        HandlerRegistration registration,
        WebhookEvent webhookEvent,
        long started,
        CancellationToken cancellationToken)
    {
        try
        {
            // A handler that returned null instead of a task fails here, like one that threw.
            await running!.ConfigureAwait(false);
            Log.HandlerSucceeded(_logger, registration.Name, webhookEvent.Tipo, webhookEvent.ItemCount, started);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.DispatchCancelled(_logger, webhookEvent.Tipo, webhookEvent.ItemCount, registration.Name);
            throw;
        }
#pragma warning disable CA1031 // As above: reported, and the other handlers still run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(registration, webhookEvent, ex, started);
        }
    }

    private WebhookHandlerFailure Failed(
        HandlerRegistration registration, WebhookEvent webhookEvent, Exception exception, long started)
    {
        // Only the exception's type is logged: its message is the handler's, and may quote payload values.
        Log.HandlerFailed(
            _logger,
            registration.Name,
            exception.GetType().FullName ?? exception.GetType().Name,
            webhookEvent.Tipo,
            webhookEvent.ItemCount,
            started);
        return new WebhookHandlerFailure(registration.Name, registration.HandlerType, exception);
    }

    /// <summary>
    /// The registrations that run for an event type, in registration order: those for the type, and the catch-alls
    /// of handlers that have no registration for the type (a class implementing both receives the event once).
    /// </summary>
    private static HandlerRegistration[] PlanFor(Type eventType, HandlerRegistration[] ordered)
        => ordered
            .Where(registration => registration.EventType == eventType
                || (registration.EventType == typeof(WebhookEvent)
                    && !ordered.Any(other => other.EventType == eventType
                        && ReferenceEquals(other.Source, registration.Source))))
            .ToArray();
}
