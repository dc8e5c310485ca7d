using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk;

/// <summary>Registers the Checkmob webhook services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CheckmobWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWebhookParser"/>, <see cref="IWebhookDispatcher"/> and <see cref="IWebhookProcessor"/>;
    /// add handlers with the returned builder. Options come from the builder or from
    /// <c>services.Configure&lt;WebhookParserOptions&gt;(...)</c> and <c>Configure&lt;WebhookDispatchOptions&gt;</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>
    /// A builder to add handlers and options. Calling this method again returns a builder over the same services.
    /// </returns>
    public static CheckmobWebhooksBuilder AddCheckmobWebhooks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        var builder = new CheckmobWebhooksBuilder(services);
        builder.AddCoreServices();
        return builder;
    }
}
