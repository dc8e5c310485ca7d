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

        var started = Stopwatch.GetTimestamp();
        List<WebhookHandlerFailure>? failures = null;
        foreach (var registration in handlers)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Log.DispatchCancelled(_logger, webhookEvent.Tipo, webhookEvent.ItemCount, registration.Name);
                cancellationToken.ThrowIfCancellationRequested();
            }

            var failure = await RunOneAsync(registration, webhookEvent, services, cancellationToken)
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

    private async Task<WebhookHandlerFailure?> RunOneAsync(
        HandlerRegistration registration,
        WebhookEvent webhookEvent,
        IServiceProvider? services,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var handler = registration.Resolve(services);
            await registration.InvokeAsync(handler, webhookEvent, cancellationToken).ConfigureAwait(false);
            Log.HandlerSucceeded(
                _logger,
                registration.Name,
                webhookEvent.Tipo,
                webhookEvent.ItemCount,
                started);
            return null;
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
            // Only the exception's type is logged: its message is the handler's, and may quote payload values.
            Log.HandlerFailed(
                _logger,
                registration.Name,
                ex.GetType().FullName ?? ex.GetType().Name,
                webhookEvent.Tipo,
                webhookEvent.ItemCount,
                started);
            return new WebhookHandlerFailure(registration.Name, registration.HandlerType, ex);
        }
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
