using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Says once, when the host starts, how the endpoint runs, and warns of what loses or exposes deliveries: no token
/// required, or handlers run inline without an inbox. The options were validated before it runs.
/// </summary>
internal sealed class CheckmobWebhookEndpointStartup : IHostedService
{
    private readonly IServiceProvider _services;

    public CheckmobWebhookEndpointStartup(IServiceProvider services)
    {
        _services = services;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = _services.GetRequiredService<IOptions<CheckmobWebhookEndpointOptions>>().Value;
        var endpoint = _services.GetRequiredService<CheckmobWebhookEndpoint>();
        var logger = _services.GetService<ILoggerFactory>()?.CreateLogger(Log.EndpointCategory) ?? NullLogger.Instance;

        var secretCount = options.Secrets.Count + (options.Secret is null ? 0 : 1);
        Log.EndpointReady(logger, endpoint.UsesInbox ? "inbox" : "inline", secretCount, options.MaxRequestBodySize);
        if (options.AllowUnauthenticated)
        {
            Log.EndpointUnauthenticated(logger);
        }

        if (!endpoint.UsesInbox)
        {
            Log.InlineMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
