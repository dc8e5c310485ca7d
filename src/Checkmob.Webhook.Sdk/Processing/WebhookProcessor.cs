using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Parses a raw delivery with an <see cref="IWebhookParser"/> and dispatches it with an
/// <see cref="IWebhookDispatcher"/>.
/// </summary>
/// <remarks>
/// Registered by <see cref="CheckmobWebhookServiceCollectionExtensions.AddCheckmobWebhooks"/>;
/// create it directly without a container.
/// </remarks>
public sealed class WebhookProcessor : IWebhookProcessor
{
    private readonly IWebhookParser _parser;
    private readonly IWebhookDispatcher _dispatcher;
    private readonly ILogger _logger;

    /// <summary>Creates a processor.</summary>
    /// <param name="parser">Parses bodies; <c>new WebhookParser(null)</c> for the defaults.</param>
    /// <param name="dispatcher">Dispatches parsed events.</param>
    /// <param name="logger">Logs one line per delivery; null for no logging.</param>
    public WebhookProcessor(IWebhookParser parser, IWebhookDispatcher dispatcher, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(dispatcher);

        _parser = parser;
        _dispatcher = dispatcher;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public Task<WebhookProcessingResult> ProcessAsync(
        ReadOnlyMemory<byte> utf8Body, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = _parser.Parse(utf8Body.Span);
        }
        catch (WebhookParseException ex)
        {
            return Task.FromResult(Reject(ex));
        }

        return DispatchAsync(webhookEvent, started, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WebhookProcessingResult> ProcessAsync(string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);

        var started = Stopwatch.GetTimestamp();
        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = _parser.Parse(body);
        }
        catch (WebhookParseException ex)
        {
            return Task.FromResult(Reject(ex));
        }

        return DispatchAsync(webhookEvent, started, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WebhookProcessingResult> ProcessAsync(
        Stream utf8Body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Body);

        var started = Stopwatch.GetTimestamp();
        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = await _parser.ParseAsync(utf8Body, cancellationToken).ConfigureAwait(false);
        }
        catch (WebhookParseException ex)
        {
            return Reject(ex);
        }

        return await DispatchAsync(webhookEvent, started, cancellationToken).ConfigureAwait(false);
    }

    private WebhookProcessingResult Reject(WebhookParseException error)
    {
        Log.DeliveryRejected(_logger, error.Kind, error.Path);
        return WebhookProcessingResult.Rejected(error);
    }

    private async Task<WebhookProcessingResult> DispatchAsync(
        WebhookEvent webhookEvent, long started, CancellationToken cancellationToken)
    {
        try
        {
            await _dispatcher.DispatchAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (WebhookDispatchException ex)
        {
            Log.DeliveryFailed(_logger, webhookEvent.Tipo, webhookEvent.ItemCount, ex.Failures.Count, ex.HandlerCount);
            return WebhookProcessingResult.Failed(webhookEvent, ex);
        }

        Log.DeliveryProcessed(_logger, webhookEvent.Tipo, webhookEvent.ItemCount, started);
        return WebhookProcessingResult.Processed(webhookEvent);
    }
}
