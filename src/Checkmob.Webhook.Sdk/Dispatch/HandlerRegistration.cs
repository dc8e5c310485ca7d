using System.Diagnostics.CodeAnalysis;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// One handler for one event type: how to get the handler (from the container or as a fixed instance) and how to
/// call it. A class that implements several <see cref="IWebhookHandler{TEvent}"/> gets one registration for each.
/// </summary>
internal sealed class HandlerRegistration
{
    private readonly object? _instance;
    private readonly Func<object, WebhookEvent, CancellationToken, Task> _invoke;

    private HandlerRegistration(Type handlerType, Type eventType, string name, object? instance)
    {
        HandlerType = handlerType;
        EventType = eventType;
        Name = name;
        _instance = instance;
        _invoke = InvokerFor(eventType);
    }

    /// <summary>The handler's class (for a delegate, the delegate wrapper's).</summary>
    public Type HandlerType { get; }

    /// <summary>The <c>TEvent</c> of the <see cref="IWebhookHandler{TEvent}"/> this registration calls.</summary>
    public Type EventType { get; }

    /// <summary>The name logs and <see cref="WebhookHandlerFailure"/> use.</summary>
    public string Name { get; }

    /// <summary>What the registrations of one handler share: its instance, or its class in the container.</summary>
    public object Source => _instance ?? HandlerType;

    /// <summary>Registrations of a handler class resolved from the container, one per event type it handles.</summary>
    public static IEnumerable<HandlerRegistration> ForServiceType(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)] Type handlerType)
        => EventTypesOf(handlerType).Select(eventType => new HandlerRegistration(
            handlerType, eventType, handlerType.FullName ?? handlerType.Name, instance: null));

    /// <summary>Registrations of a handler instance, one per event type it handles.</summary>
    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2072",
        Justification = "The instance exists, so its type and the IWebhookHandler<T> interfaces it implements "
            + "are kept: the dispatcher casts to each of them.")]
    public static IEnumerable<HandlerRegistration> ForInstance(object handler, string? name = null)
    {
        var handlerType = handler.GetType();
        return EventTypesOf(handlerType).Select(eventType => new HandlerRegistration(
            handlerType, eventType, name ?? handlerType.FullName ?? handlerType.Name, handler));
    }

    /// <summary>The handler to call: the fixed instance, or a fresh resolution from the dispatch's scope.</summary>
    public object Resolve(IServiceProvider? services)
    {
        if (_instance is not null)
        {
            return _instance;
        }

        if (services is null)
        {
            throw new InvalidOperationException(
                $"The webhook handler {Name} comes from a service container, but the dispatch has none.");
        }

        return services.GetService(HandlerType) ?? throw new InvalidOperationException(
            $"The webhook handler {Name} is not registered in the service container; register it with "
            + "AddCheckmobWebhooks().AddHandler<THandler>().");
    }

    public Task InvokeAsync(object handler, WebhookEvent webhookEvent, CancellationToken cancellationToken)
        => _invoke(handler, webhookEvent, cancellationToken);

    private static IEnumerable<Type> EventTypesOf(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.Interfaces)] Type handlerType)
    {
        var eventTypes = handlerType.GetInterfaces()
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IWebhookHandler<>))
            .Select(type => type.GetGenericArguments()[0])
            .ToArray();
        if (eventTypes.Length == 0)
        {
            throw new ArgumentException(
                $"{handlerType.FullName} implements no IWebhookHandler<TEvent>; a webhook handler must implement at "
                + "least one, such as IWebhookHandler<ClienteCriado>.",
                nameof(handlerType));
        }

        // Interfaces come in no documented order; keep registrations stable across runs.
        return eventTypes.OrderBy(EventOrder);
    }

    private static int EventOrder(Type eventType) => Array.IndexOf(KnownEventTypes, eventType);

    private static readonly Type[] KnownEventTypes =
    [
        typeof(WebhookEvent),
        typeof(ClienteCriado),
        typeof(ClienteEditado),
        typeof(RegistroRealizado),
        typeof(ChecklistRespondido),
        typeof(UnknownWebhookEvent),
    ];

    // The event types are a closed set (WebhookEvent's constructor is not public), so every handler interface maps
    // to one of these calls: no reflection when dispatching, and nothing for trimming or Native AOT to lose.
    private static Func<object, WebhookEvent, CancellationToken, Task> InvokerFor(Type eventType)
    {
        if (eventType == typeof(WebhookEvent))
        {
            return Invoke<WebhookEvent>;
        }

        if (eventType == typeof(ClienteCriado))
        {
            return Invoke<ClienteCriado>;
        }

        if (eventType == typeof(ClienteEditado))
        {
            return Invoke<ClienteEditado>;
        }

        if (eventType == typeof(RegistroRealizado))
        {
            return Invoke<RegistroRealizado>;
        }

        if (eventType == typeof(ChecklistRespondido))
        {
            return Invoke<ChecklistRespondido>;
        }

        if (eventType == typeof(UnknownWebhookEvent))
        {
            return Invoke<UnknownWebhookEvent>;
        }

        throw new ArgumentException($"{eventType.FullName} is not a Checkmob webhook event type.", nameof(eventType));
    }

    private static Task Invoke<TEvent>(object handler, WebhookEvent webhookEvent, CancellationToken cancellationToken)
        where TEvent : WebhookEvent
        => ((IWebhookHandler<TEvent>)handler).HandleAsync((TEvent)webhookEvent, cancellationToken);
}
