using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Every log line of the endpoint package, source-generated, with stable event ids (301 to 399). Each request gets
/// one line: its status, the event type and item count where the body was read, the parse error's kind and path, the
/// elapsed time and the sender's address. Never the token, the query string, the body, a payload value or an
/// exception's message.
/// </summary>
internal static partial class Log
{
    /// <summary>The logger category of the endpoint: one line per request.</summary>
    public const string EndpointCategory = "Checkmob.Webhook.Sdk.CheckmobWebhookEndpoint";

    [LoggerMessage(
        EventId = 301, EventName = "DeliveryStored", Level = LogLevel.Information,
        Message = "Answered a Checkmob webhook delivery {StatusCode} ({Outcome} as inbox delivery {DeliveryId}): "
            + "{Tipo}, item count {ItemCount}, in {ElapsedMilliseconds} ms, from {RemoteAddress}.")]
    private static partial void DeliveryStoredCore(
        ILogger logger,
        int statusCode,
        WebhookInboxAcceptStatus outcome,
        long deliveryId,
        TipoEvento tipo,
        int itemCount,
        double elapsedMilliseconds,
        string? remoteAddress);

    [LoggerMessage(
        EventId = 302, EventName = "DeliveryProcessed", Level = LogLevel.Information,
        Message = "Answered a Checkmob webhook delivery {StatusCode} (handlers done): {Tipo}, item count {ItemCount}, "
            + "in {ElapsedMilliseconds} ms, from {RemoteAddress}.")]
    private static partial void DeliveryProcessedCore(
        ILogger logger,
        int statusCode,
        TipoEvento tipo,
        int itemCount,
        double elapsedMilliseconds,
        string? remoteAddress);

    [LoggerMessage(
        EventId = 303, EventName = "RequestRefused", Level = LogLevel.Warning,
        Message = "Answered a Checkmob webhook request {StatusCode} ({Reason}) in {ElapsedMilliseconds} ms, from "
            + "{RemoteAddress}.")]
    private static partial void RequestRefusedCore(
        ILogger logger, int statusCode, string reason, double elapsedMilliseconds, string? remoteAddress);

    [LoggerMessage(
        EventId = 304, EventName = "DeliveryRejected", Level = LogLevel.Warning,
        Message = "Answered a Checkmob webhook delivery {StatusCode} (rejected: {ErrorKind} at {Path}) in "
            + "{ElapsedMilliseconds} ms, from {RemoteAddress}.")]
    private static partial void DeliveryRejectedCore(
        ILogger logger,
        int statusCode,
        WebhookParseErrorKind errorKind,
        string path,
        double elapsedMilliseconds,
        string? remoteAddress);

    [LoggerMessage(
        EventId = 305, EventName = "RequestAborted", Level = LogLevel.Warning,
        Message = "A Checkmob webhook request was aborted by its sender while {Stage}, after {ElapsedMilliseconds} ms, "
            + "from {RemoteAddress}; no answer was sent.")]
    private static partial void RequestAbortedCore(
        ILogger logger, string stage, double elapsedMilliseconds, string? remoteAddress);

    [LoggerMessage(
        EventId = 306, EventName = "HandlersFailed", Level = LogLevel.Error,
        Message = "Answered a Checkmob webhook delivery {StatusCode}: {FailedCount} of {HandlerCount} handlers failed "
            + "on {Tipo}, item count {ItemCount}, in {ElapsedMilliseconds} ms, from {RemoteAddress}. Checkmob does not "
            + "retry, so the event is lost: the inbox (UseSqliteInbox) would have kept it for a retry.")]
    private static partial void HandlersFailedCore(
        ILogger logger,
        int statusCode,
        int failedCount,
        int handlerCount,
        TipoEvento tipo,
        int itemCount,
        double elapsedMilliseconds,
        string? remoteAddress);

    [LoggerMessage(
        EventId = 307, EventName = "DeliveryThrew", Level = LogLevel.Error,
        Message = "Answered a Checkmob webhook delivery {StatusCode}: {Stage} threw {ExceptionType}, after "
            + "{ElapsedMilliseconds} ms, from {RemoteAddress}.")]
    private static partial void DeliveryThrewCore(
        ILogger logger,
        int statusCode,
        string stage,
        string exceptionType,
        double elapsedMilliseconds,
        string? remoteAddress);

    [LoggerMessage(
        EventId = 310, EventName = "EndpointUnauthenticated", Level = LogLevel.Warning,
        Message = "The Checkmob webhook endpoint accepts requests without a token "
            + "(CheckmobWebhookEndpointOptions.AllowUnauthenticated is true): anyone who finds its URL can post "
            + "events. Use it for local development only.")]
    public static partial void EndpointUnauthenticated(ILogger logger);

    [LoggerMessage(
        EventId = 311, EventName = "EndpointReady", Level = LogLevel.Information,
        Message = "The Checkmob webhook endpoint is ready: {Mode} mode, secret count {SecretCount}, bodies up to "
            + "{MaxRequestBodySize} bytes.")]
    public static partial void EndpointReady(ILogger logger, string mode, int secretCount, long maxRequestBodySize);

    [LoggerMessage(
        EventId = 312, EventName = "InlineMode", Level = LogLevel.Warning,
        Message = "The Checkmob webhook endpoint runs the handlers before it answers, without an inbox: Checkmob does "
            + "not retry, so an event whose handler fails is lost. Add UseSqliteInbox(path) to keep every delivery.")]
    public static partial void InlineMode(ILogger logger);

    // CA1873 does not see the IsEnabled guards below: the elapsed time is computed only when the line is written.
#pragma warning disable CA1873
    public static void DeliveryStored(
        ILogger logger, WebhookInboxAcceptResult accepted, TipoEvento tipo, int itemCount, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            DeliveryStoredCore(
                logger,
                StatusCodes.Status200OK,
                accepted.Status,
                accepted.DeliveryId,
                tipo,
                itemCount,
                ElapsedMilliseconds(started),
                remote);
        }
    }

    public static void DeliveryProcessed(ILogger logger, WebhookEvent webhookEvent, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            DeliveryProcessedCore(
                logger,
                StatusCodes.Status200OK,
                webhookEvent.Tipo,
                webhookEvent.ItemCount,
                ElapsedMilliseconds(started),
                remote);
        }
    }

    public static void RequestRefused(ILogger logger, int statusCode, string reason, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            RequestRefusedCore(logger, statusCode, reason, ElapsedMilliseconds(started), remote);
        }
    }

    public static void DeliveryRejected(ILogger logger, WebhookParseException error, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            DeliveryRejectedCore(
                logger, StatusCodes.Status400BadRequest, error.Kind, error.Path, ElapsedMilliseconds(started), remote);
        }
    }

    public static void RequestAborted(ILogger logger, string stage, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            RequestAbortedCore(logger, stage, ElapsedMilliseconds(started), remote);
        }
    }

    public static void HandlersFailed(
        ILogger logger, WebhookEvent webhookEvent, WebhookDispatchException error, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            HandlersFailedCore(
                logger,
                StatusCodes.Status500InternalServerError,
                error.Failures.Count,
                error.HandlerCount,
                webhookEvent.Tipo,
                webhookEvent.ItemCount,
                ElapsedMilliseconds(started),
                remote);
        }
    }

    public static void DeliveryThrew(ILogger logger, string stage, Exception exception, long started, string? remote)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            // Only the type: a message may quote the body.
            var type = exception.GetType().FullName ?? exception.GetType().Name;
            DeliveryThrewCore(
                logger, StatusCodes.Status500InternalServerError, stage, type, ElapsedMilliseconds(started), remote);
        }
    }
#pragma warning restore CA1873

    private static double ElapsedMilliseconds(long started)
        => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
}
