using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Stores deliveries in an <see cref="IWebhookInbox"/> before the receiver answers: checks each body with the parser,
/// then appends it as pending, or as rejected with the reason.
/// </summary>
/// <remarks>
/// Registered as <see cref="IWebhookInboxWriter"/> by <c>AddInbox</c>; create it directly without a container.
/// Parsing here costs microseconds and lets the receiver answer HTTP 400 to a body that will never be processed;
/// the processor parses again when it dispatches.
/// </remarks>
public sealed class WebhookInboxWriter : IWebhookInboxWriter
{
    private readonly IWebhookInbox _inbox;
    private readonly IWebhookParser _parser;
    private readonly TimeSpan _duplicateWindow;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly InboxMetrics _metrics;
    private readonly InboxSignal? _signal;

    /// <summary>Creates a writer.</summary>
    /// <param name="inbox">Where deliveries are stored.</param>
    /// <param name="parser">Checks bodies; <c>new WebhookParser(null)</c> for the defaults.</param>
    /// <param name="options">The inbox options (the duplicate window); null for the defaults.</param>
    /// <param name="timeProvider">The clock of <see cref="WebhookDelivery.ReceivedAt"/>; null for the system's.</param>
    /// <param name="loggerFactory">Where the writer logs; null for no logging.</param>
    /// <param name="meterFactory">Creates the inbox's meter; null for a meter shared by the process.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inbox"/> or <paramref name="parser"/> is null.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not valid; the message lists every problem.
    /// </exception>
    public WebhookInboxWriter(
        IWebhookInbox inbox,
        IWebhookParser parser,
        WebhookInboxOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        IMeterFactory? meterFactory = null)
        : this(inbox, parser, options, timeProvider, loggerFactory, InboxMetrics.For(meterFactory), signal: null)
    {
    }

    internal WebhookInboxWriter(
        IWebhookInbox inbox,
        IWebhookParser parser,
        WebhookInboxOptions? options,
        TimeProvider? timeProvider,
        ILoggerFactory? loggerFactory,
        InboxMetrics metrics,
        InboxSignal? signal)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(parser);
        options ??= new WebhookInboxOptions();
        options.ThrowIfInvalid(nameof(options));

        _inbox = inbox;
        _parser = parser;
        _duplicateWindow = options.DuplicateWindow;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory?.CreateLogger(Log.WriterCategory) ?? NullLogger.Instance;
        _metrics = metrics;
        _signal = signal;
    }

    /// <inheritdoc />
    public async Task<WebhookInboxAcceptResult> AcceptAsync(
        ReadOnlyMemory<byte> body,
        WebhookDeliveryMetadata? metadata = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var parseError = Check(body);
        var entry = new WebhookInboxEntry(body, metadata?.ReceivedAt ?? _timeProvider.GetUtcNow())
        {
            RemoteAddress = metadata?.RemoteAddress,
            ContentType = metadata?.ContentType,
            RejectionReason = parseError is null ? null : DeliveryErrors.Rejected(parseError),
        };

        var appended = await _inbox.AppendAsync(entry, _duplicateWindow, cancellationToken).ConfigureAwait(false);
        var result = Describe(appended, parseError, body.Length);
        _metrics.Received(result.Status);
        if (result.Status == WebhookInboxAcceptStatus.Stored)
        {
            _signal?.Notify();
        }

        return result;
    }

    private WebhookParseException? Check(ReadOnlyMemory<byte> body)
    {
        try
        {
            _parser.Parse(body.Span);
            return null;
        }
        catch (WebhookParseException ex)
        {
            return ex;
        }
#pragma warning disable CA1031 // A parser that breaks must not lose the delivery: it is stored, and processed later.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Only the type: a message may quote the body.
            Log.CheckThrew(_logger, DeliveryErrors.TypeName(ex));
            return null;
        }
    }

    private WebhookInboxAcceptResult Describe(
        WebhookInboxAppendResult appended, WebhookParseException? parseError, int bodyLength)
    {
        if (parseError is not null)
        {
            // A repeated rejected body is not stored again: the line says so rather than claim a second store.
            if (appended.IsDuplicate)
            {
                Log.DuplicateDelivery(_logger, appended.DeliveryId, _duplicateWindow);
            }
            else
            {
                Log.DeliveryRejectedOnAccept(_logger, appended.DeliveryId, parseError.Kind, parseError.Path);
            }

            return new(WebhookInboxAcceptStatus.Rejected, appended.DeliveryId, parseError);
        }

        if (appended.IsDuplicate)
        {
            Log.DuplicateDelivery(_logger, appended.DeliveryId, _duplicateWindow);
            return new(WebhookInboxAcceptStatus.Duplicate, appended.DeliveryId);
        }

        Log.DeliveryStored(_logger, appended.DeliveryId, bodyLength);
        return new(WebhookInboxAcceptStatus.Stored, appended.DeliveryId);
    }
}
