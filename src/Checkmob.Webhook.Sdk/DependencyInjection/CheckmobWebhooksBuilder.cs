using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Adds handlers and options to the Checkmob webhook services; returned by
/// <see cref="CheckmobWebhookServiceCollectionExtensions.AddCheckmobWebhooks"/>.
/// </summary>
public sealed class CheckmobWebhooksBuilder
{
    private const DynamicallyAccessedMemberTypes HandlerMembers =
        DynamicallyAccessedMemberTypes.Interfaces | DynamicallyAccessedMemberTypes.PublicConstructors;

    internal CheckmobWebhooksBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection the webhook services are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> for every <see cref="IWebhookHandler{TEvent}"/> it implements.
    /// Handlers run in the order they are added. Adding the same class twice registers it once.
    /// </summary>
    /// <typeparam name="THandler">A class implementing one or more <see cref="IWebhookHandler{TEvent}"/>.</typeparam>
    /// <param name="lifetime">
    /// The handler's lifetime; scoped by default, so a handler can take scoped services such as a DbContext
    /// (each dispatch runs in a scope of its own, or in the caller's).
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="THandler"/> implements no handler interface.</exception>
    public CheckmobWebhooksBuilder AddHandler<
        [DynamicallyAccessedMembers(HandlerMembers)] THandler>(ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where THandler : class
    {
        var registrations = HandlerRegistration.ForServiceType(typeof(THandler)).ToArray();
        if (Services.Any(IsRegistrationOf<THandler>))
        {
            return this;
        }

        // A registration of THandler the application made itself (its own lifetime or factory) wins.
        Services.TryAdd(new ServiceDescriptor(typeof(THandler), typeof(THandler), lifetime));
        foreach (var registration in registrations)
        {
            Services.AddSingleton(registration);
        }

        return this;
    }

    /// <summary>Configures the parser (for example <see cref="WebhookParserOptions.TimeZone"/>).</summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public CheckmobWebhooksBuilder ConfigureParser(Action<WebhookParserOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);

        Services.Configure(configure);
        return this;
    }

    /// <summary>Configures how the dispatcher behaves when a handler fails.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public CheckmobWebhooksBuilder ConfigureDispatch(Action<WebhookDispatchOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);

        Services.Configure(configure);
        return this;
    }

    private static bool IsRegistrationOf<THandler>(ServiceDescriptor descriptor)
        => descriptor.ServiceType == typeof(HandlerRegistration)
            && descriptor.ImplementationInstance is HandlerRegistration registration
            && registration.HandlerType == typeof(THandler);

    internal void AddCoreServices()
    {
        // Invalid options fail the host's start (or the first resolution without a host), naming every problem.
        Services.AddOptions<WebhookParserOptions>().ValidateOnStart();
        Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<WebhookParserOptions>, WebhookParserOptionsValidator>());
        Services.TryAddSingleton<IWebhookParser>(
            provider => new WebhookParser(provider.GetRequiredService<IOptions<WebhookParserOptions>>().Value));
        Services.TryAddSingleton<ServiceProviderWebhookDispatcher.Shared>();
        Services.TryAddTransient<IWebhookDispatcher>(provider => new ServiceProviderWebhookDispatcher(
            provider, provider.GetRequiredService<ServiceProviderWebhookDispatcher.Shared>()));
        Services.TryAddTransient<IWebhookProcessor>(provider => new WebhookProcessor(
            provider.GetRequiredService<IWebhookParser>(),
            provider.GetRequiredService<IWebhookDispatcher>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger(Log.ProcessorCategory)));
    }
}
