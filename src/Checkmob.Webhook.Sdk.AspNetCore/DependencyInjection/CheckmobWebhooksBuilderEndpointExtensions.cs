using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>Adds the ASP.NET Core endpoint to the Checkmob webhook services; mapped by <c>MapCheckmobWebhooks</c>.
/// </summary>
public static class CheckmobWebhooksBuilderEndpointExtensions
{
    /// <summary>
    /// Registers the endpoint that <c>app.MapCheckmobWebhooks()</c> maps, with
    /// <see cref="CheckmobWebhookEndpointOptions"/> bound from the configuration section <c>Checkmob:Webhooks</c>,
    /// then changed by <paramref name="configure"/>, and validated when the host starts.
    /// </summary>
    /// <param name="builder">The builder <c>AddCheckmobWebhooks()</c> returned.</param>
    /// <param name="configure">
    /// Changes the options after configuration; null to take them from configuration only.
    /// </param>
    /// <returns>The builder. Calling this method again only adds <paramref name="configure"/>.</returns>
    /// <remarks>
    /// With an inbox registered (<c>UseSqliteInbox</c>, or <c>AddInbox</c> and your own store), each delivery is stored
    /// before the answer and the handlers run in the background, with retries. Without one, the handlers run before
    /// the answer, and an event whose handler fails is lost: Checkmob does not retry.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static CheckmobWebhooksBuilder AddEndpoint(
        this CheckmobWebhooksBuilder builder, Action<CheckmobWebhookEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var services = builder.Services;
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(CheckmobWebhookEndpoint)))
        {
            // Once only: binding again would add the configured Secrets to the list a second time.
            services.AddOptions<CheckmobWebhookEndpointOptions>()
                .BindConfiguration(CheckmobWebhookEndpointOptions.ConfigurationSectionPath)
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<
                IValidateOptions<CheckmobWebhookEndpointOptions>, CheckmobWebhookEndpointOptionsValidator>());
            services.AddSingleton(CreateEndpoint);
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CheckmobWebhookEndpointStartup>());
        }

        if (configure is not null)
        {
            services.Configure(configure);
        }

        return builder;
    }

    private static CheckmobWebhookEndpoint CreateEndpoint(IServiceProvider provider)
    {
        var usesInbox = provider.GetService<IServiceProviderIsService>()?.IsService(typeof(IWebhookInboxWriter))
            ?? provider.GetService<IWebhookInboxWriter>() is not null;
        return new CheckmobWebhookEndpoint(
            provider.GetRequiredService<IOptions<CheckmobWebhookEndpointOptions>>().Value,
            provider.GetRequiredService<IWebhookParser>(),
            usesInbox,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>());
    }
}
