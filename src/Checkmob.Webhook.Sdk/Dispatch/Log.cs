using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Every log line of the core package, source-generated, with stable event ids. They carry the event type, counts,
/// handler names, timings and outcomes; never a payload value.
/// </summary>
internal static partial class Log
{
    /// <summary>The logger category of dispatching.</summary>
    public const string DispatcherCategory = "Checkmob.Webhook.Sdk.WebhookDispatcher";

    /// <summary>The logger category of processing whole deliveries.</summary>
    public const string ProcessorCategory = "Checkmob.Webhook.Sdk.WebhookProcessor";

    [LoggerMessage(
        EventId = 1, EventName = "NoHandler", Level = LogLevel.Debug,
        Message = "No webhook handler is registered for {Tipo} (item count {ItemCount}).")]
    public static partial void NoHandler(ILogger logger, TipoEvento tipo, int itemCount);

    [LoggerMessage(
        EventId = 2, EventName = "HandlerSucceeded", Level = LogLevel.Debug,
        Message = "Webhook handler {Handler} handled {Tipo} (item count {ItemCount}) in {ElapsedMilliseconds} ms.")]
    private static partial void HandlerSucceededCore(
        ILogger logger, string handler, TipoEvento tipo, int itemCount, double elapsedMilliseconds);

    [LoggerMessage(
        EventId = 3, EventName = "HandlerFailed", Level = LogLevel.Error,
        Message = "Webhook handler {Handler} failed on {Tipo} (item count {ItemCount}) with {ExceptionType} after "
            + "{ElapsedMilliseconds} ms.")]
    private static partial void HandlerFailedCore(
        ILogger logger,
        string handler,
        TipoEvento tipo,
        int itemCount,
        string exceptionType,
        double elapsedMilliseconds);

    [LoggerMessage(
        EventId = 4, EventName = "DispatchCompleted", Level = LogLevel.Debug,
        Message = "Dispatched {Tipo} (item count {ItemCount}) to {HandlerCount} handlers in {ElapsedMilliseconds} ms; "
            + "{FailedCount} failed.")]
    private static partial void DispatchCompletedCore(
        ILogger logger, TipoEvento tipo, int itemCount, int handlerCount, int failedCount, double elapsedMilliseconds);

    [LoggerMessage(
        EventId = 5, EventName = "DispatchCancelled", Level = LogLevel.Warning,
        Message = "Dispatch of {Tipo} (item count {ItemCount}) was cancelled at handler {Handler}.")]
    public static partial void DispatchCancelled(ILogger logger, TipoEvento tipo, int itemCount, string handler);

    [LoggerMessage(
        EventId = 6, EventName = "NoHandlersRegistered", Level = LogLevel.Warning,
        Message = "No webhook handler is registered: every delivery will be acknowledged and dropped. "
            + "Add handlers with AddCheckmobWebhooks().AddHandler<THandler>().")]
    public static partial void NoHandlersRegistered(ILogger logger);

    [LoggerMessage(
        EventId = 10, EventName = "DeliveryRejected", Level = LogLevel.Warning,
        Message = "Rejected a webhook delivery: {ErrorKind} at {Path}.")]
    public static partial void DeliveryRejected(ILogger logger, WebhookParseErrorKind errorKind, string path);

    [LoggerMessage(
        EventId = 11, EventName = "DeliveryProcessed", Level = LogLevel.Information,
        Message = "Processed a webhook delivery: {Tipo} (item count {ItemCount}) in {ElapsedMilliseconds} ms.")]
    private static partial void DeliveryProcessedCore(
        ILogger logger, TipoEvento tipo, int itemCount, double elapsedMilliseconds);

    [LoggerMessage(
        EventId = 12, EventName = "DeliveryFailed", Level = LogLevel.Warning,
        Message = "A webhook delivery of {Tipo} (item count {ItemCount}) failed in {FailedCount} of {HandlerCount} "
            + "handlers.")]
    public static partial void DeliveryFailed(
        ILogger logger, TipoEvento tipo, int itemCount, int failedCount, int handlerCount);

    // CA1873 does not see the IsEnabled guards below: the elapsed time is computed only when the line is written.
#pragma warning disable CA1873
    public static void HandlerSucceeded(ILogger logger, string handler, TipoEvento tipo, int itemCount, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            HandlerSucceededCore(logger, handler, tipo, itemCount, ElapsedMilliseconds(started));
        }
    }

    public static void HandlerFailed(
        ILogger logger, string handler, string exceptionType, TipoEvento tipo, int itemCount, long started)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            HandlerFailedCore(logger, handler, tipo, itemCount, exceptionType, ElapsedMilliseconds(started));
        }
    }

    public static void DispatchCompleted(
        ILogger logger, TipoEvento tipo, int itemCount, int handlerCount, int failedCount, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            DispatchCompletedCore(logger, tipo, itemCount, handlerCount, failedCount, ElapsedMilliseconds(started));
        }
    }

    public static void DeliveryProcessed(ILogger logger, TipoEvento tipo, int itemCount, long started)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            DeliveryProcessedCore(logger, tipo, itemCount, ElapsedMilliseconds(started));
        }
    }

#pragma warning restore CA1873

    private static double ElapsedMilliseconds(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
