using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>Runs <see cref="WebhookInboxProcessor.RunAsync"/> while the host runs, unless it is disabled.</summary>
internal sealed class WebhookInboxHostedService : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly bool _enabled;
    private readonly ILogger _logger;

    public WebhookInboxHostedService(
        IServiceProvider services, IOptions<WebhookInboxOptions> options, ILoggerFactory? loggerFactory = null)
    {
        _services = services;
        _enabled = options.Value.EnableProcessor;
        _logger = loggerFactory?.CreateLogger(Log.ProcessorCategory) ?? NullLogger.Instance;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled)
        {
            Log.ProcessorDisabled(_logger);
            return Task.CompletedTask;
        }

        // Resolved here, not in the constructor, so that an instance that only accepts deliveries builds none.
        var processor = _services.GetRequiredService<WebhookInboxProcessor>();
        return processor.RunAsync(stoppingToken);
    }
}
