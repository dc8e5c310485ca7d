using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Builds an <see cref="IWebhookDispatcher"/> from handler instances and delegates, without a service container:
/// for console tools, functions and unit tests. With a container, use
/// <see cref="CheckmobWebhookServiceCollectionExtensions.AddCheckmobWebhooks"/> instead.
/// </summary>
/// <example>
/// <code>
/// var dispatcher = new WebhookDispatcherBuilder()
///     .AddHandler(new NewClientPrinter())
///     .AddHandler&lt;RegistroRealizado&gt;((registro, ct) => SaveAsync(registro, ct))
///     .Build();
/// </code>
/// </example>
public sealed class WebhookDispatcherBuilder
{
    private readonly List<HandlerRegistration> _registrations = [];
    private readonly WebhookDispatchOptions _options = new();
    private int _delegateCount;

    /// <summary>Adds a handler object; it runs for every <see cref="IWebhookHandler{TEvent}"/> it implements.</summary>
    /// <param name="handler">An object implementing at least one <see cref="IWebhookHandler{TEvent}"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="handler"/> implements no handler interface.</exception>
    public WebhookDispatcherBuilder AddHandler(object handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (handler is Delegate)
        {
            throw new ArgumentException(
                "A delegate is not a handler object; add it with AddHandler<TEvent>(...), naming its event type.",
                nameof(handler));
        }

        _registrations.AddRange(HandlerRegistration.ForInstance(handler));
        return this;
    }

    /// <summary>Adds an asynchronous delegate that handles events of type <typeparamref name="TEvent"/>.</summary>
    /// <typeparam name="TEvent">The event type; <see cref="WebhookEvent"/> for every event.</typeparam>
    /// <param name="handler">The delegate.</param>
    /// <returns>This builder.</returns>
    public WebhookDispatcherBuilder AddHandler<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        where TEvent : WebhookEvent
    {
        ArgumentNullException.ThrowIfNull(handler);

        var name = $"{typeof(TEvent).Name} delegate #{++_delegateCount}";
        _registrations.AddRange(HandlerRegistration.ForInstance(new DelegateHandler<TEvent>(handler), name));
        return this;
    }

    /// <summary>
    /// Adds an asynchronous delegate, without a cancellation token, that handles events of type
    /// <typeparamref name="TEvent"/>.
    /// </summary>
    /// <typeparam name="TEvent">The event type; <see cref="WebhookEvent"/> for every event.</typeparam>
    /// <param name="handler">The delegate; an <c>async</c> lambda binds here, so the dispatch awaits it.</param>
    /// <returns>This builder.</returns>
    public WebhookDispatcherBuilder AddHandler<TEvent>(Func<TEvent, Task> handler)
        where TEvent : WebhookEvent
    {
        ArgumentNullException.ThrowIfNull(handler);

        return AddHandler<TEvent>((webhookEvent, _) => handler(webhookEvent));
    }

    /// <summary>Adds a synchronous delegate that handles events of type <typeparamref name="TEvent"/>.</summary>
    /// <typeparam name="TEvent">The event type; <see cref="WebhookEvent"/> for every event.</typeparam>
    /// <param name="handler">The delegate.</param>
    /// <returns>This builder.</returns>
    public WebhookDispatcherBuilder AddHandler<TEvent>(Action<TEvent> handler)
        where TEvent : WebhookEvent
    {
        ArgumentNullException.ThrowIfNull(handler);

        return AddHandler<TEvent>((webhookEvent, _) =>
        {
            handler(webhookEvent);
            return Task.CompletedTask;
        });
    }

    /// <summary>Changes how the dispatcher behaves when a handler fails.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public WebhookDispatcherBuilder Configure(Action<WebhookDispatchOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);

        configure(_options);
        return this;
    }

    /// <summary>Builds the dispatcher. Later changes to this builder do not affect it.</summary>
    /// <param name="loggerFactory">Where the dispatcher logs; null for no logging.</param>
    /// <returns>A thread-safe dispatcher.</returns>
    public IWebhookDispatcher Build(ILoggerFactory? loggerFactory = null)
    {
        var options = new WebhookDispatchOptions { StopOnFirstFailure = _options.StopOnFirstFailure };
        var pipeline = new DispatchPipeline(
            _registrations, options, loggerFactory?.CreateLogger(Log.DispatcherCategory));
        return new InstanceWebhookDispatcher(pipeline);
    }

    private sealed class InstanceWebhookDispatcher(DispatchPipeline pipeline) : IWebhookDispatcher
    {
        public Task DispatchAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken = default)
            => pipeline.RunAsync(webhookEvent, services: null, cancellationToken);
    }

    private sealed class DelegateHandler<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        : IWebhookHandler<TEvent>
        where TEvent : WebhookEvent
    {
        public Task HandleAsync(TEvent webhookEvent, CancellationToken cancellationToken)
            => handler(webhookEvent, cancellationToken);
    }
}
