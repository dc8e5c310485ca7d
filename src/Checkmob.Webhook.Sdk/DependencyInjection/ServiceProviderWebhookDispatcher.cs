using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The container's <see cref="IWebhookDispatcher"/>. Resolved from the root provider, it runs each dispatch in a
/// scope of its own; resolved inside a scope (an HTTP request, a queue message), it uses that scope.
/// </summary>
internal sealed class ServiceProviderWebhookDispatcher : IWebhookDispatcher
{
    private readonly IServiceProvider _services;
    private readonly bool _isRoot;
    private readonly DispatchPipeline _pipeline;

    public ServiceProviderWebhookDispatcher(IServiceProvider services, Shared shared)
    {
        _services = services;
        _pipeline = shared.Pipeline;

        // Singletons are built by the root provider, so the provider that built Shared is the root: the same
        // object hands out this dispatcher exactly when it is resolved outside any scope.
        _isRoot = ReferenceEquals(services, shared.RootServices);
    }

    public async Task DispatchAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        if (!_isRoot)
        {
            await _pipeline.RunAsync(webhookEvent, _services, cancellationToken).ConfigureAwait(false);
            return;
        }

        var scope = _services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await _pipeline.RunAsync(webhookEvent, scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What every dispatcher of one container shares: the handler plan and the root provider.</summary>
    internal sealed class Shared
    {
        public Shared(
            IServiceProvider rootServices,
            IEnumerable<HandlerRegistration> registrations,
            IOptions<WebhookDispatchOptions> options,
            ILoggerFactory? loggerFactory = null)
        {
            RootServices = rootServices;
            Pipeline = new DispatchPipeline(
                registrations, options.Value, loggerFactory?.CreateLogger(Log.DispatcherCategory));
        }

        public IServiceProvider RootServices { get; }

        public DispatchPipeline Pipeline { get; }
    }
}
