using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>Adds the durable inbox to the Checkmob webhook services.</summary>
public static class CheckmobWebhooksBuilderInboxExtensions
{
    /// <summary>
    /// Registers the inbox: <see cref="IWebhookInboxWriter"/> for the receiver, <see cref="WebhookInboxProcessor"/>
    /// and a hosted service that runs it, and <see cref="WebhookInboxOptions"/>, validated when the host starts.
    /// Also register a store: <c>UseSqliteInbox(path)</c> (Checkmob.Webhook.Sdk.Inbox.Sqlite), or your own
    /// <see cref="IWebhookInbox"/> singleton.
    /// </summary>
    /// <param name="builder">The builder <c>AddCheckmobWebhooks()</c> returned.</param>
    /// <param name="configure">Sets the options; null for the defaults (or options configured elsewhere).</param>
    /// <returns>The builder. Calling this method again only adds <paramref name="configure"/>.</returns>
    /// <remarks>
    /// The processor uses the container's <see cref="IWebhookProcessor"/> (so the handlers added to the builder),
    /// <see cref="TimeProvider"/> and <see cref="IMeterFactory"/> when they are registered.
    /// </remarks>
    public static CheckmobWebhooksBuilder AddInbox(
        this CheckmobWebhooksBuilder builder, Action<WebhookInboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var services = builder.Services;
        services.AddOptions<WebhookInboxOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<WebhookInboxOptions>, WebhookInboxOptionsValidator>());
        services.TryAddSingleton<InboxSignal>();
        services.TryAddSingleton(provider => InboxMetrics.For(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton<IWebhookInboxWriter>(provider => new WebhookInboxWriter(
            RequireInbox(provider),
            provider.GetRequiredService<IWebhookParser>(),
            provider.GetRequiredService<IOptions<WebhookInboxOptions>>().Value,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetRequiredService<InboxMetrics>(),
            provider.GetRequiredService<InboxSignal>()));
        services.TryAddSingleton(provider => new WebhookInboxProcessor(
            RequireInbox(provider),
            provider.GetRequiredService<IWebhookProcessor>(),
            provider.GetRequiredService<IOptions<WebhookInboxOptions>>().Value,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetRequiredService<InboxMetrics>(),
            provider.GetRequiredService<InboxSignal>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebhookInboxHostedService>());
        return builder;
    }

    private static IWebhookInbox RequireInbox(IServiceProvider provider)
        => provider.GetService<IWebhookInbox>()
            ?? throw new InvalidOperationException(DeliveryErrors.NoInboxRegistered);
}
