using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Every log line of the inbox package, source-generated, with stable event ids (100 to 199). They carry delivery
/// ids, attempts, states, parse error kinds and paths, handler names and exception types; never a body, a payload
/// value or the message of an exception a parser or a handler threw. The one line with an exception attached is 130,
/// the store's own failure (a locked file, a full disk): an operator needs its message and stack trace to fix the
/// store, and a store reports SQL errors, never the values it stores.
/// </summary>
internal static partial class Log
{
    /// <summary>The logger category of accepting deliveries.</summary>
    public const string WriterCategory = "Checkmob.Webhook.Sdk.WebhookInboxWriter";

    /// <summary>The logger category of the background processor.</summary>
    public const string ProcessorCategory = "Checkmob.Webhook.Sdk.WebhookInboxProcessor";

    [LoggerMessage(
        EventId = 101, EventName = "DeliveryStored", Level = LogLevel.Debug,
        Message = "Stored webhook delivery {DeliveryId} ({BodyLength} bytes).")]
    public static partial void DeliveryStored(ILogger logger, long deliveryId, int bodyLength);

    [LoggerMessage(
        EventId = 102, EventName = "DuplicateDelivery", Level = LogLevel.Information,
        Message = "A webhook delivery duplicates delivery {DeliveryId}, stored within {DuplicateWindow}; "
            + "it was not stored again.")]
    public static partial void DuplicateDelivery(ILogger logger, long deliveryId, TimeSpan duplicateWindow);

    [LoggerMessage(
        EventId = 103, EventName = "DeliveryRejectedOnAccept", Level = LogLevel.Warning,
        Message = "Stored webhook delivery {DeliveryId} as rejected: {ErrorKind} at {Path}.")]
    public static partial void DeliveryRejectedOnAccept(
        ILogger logger, long deliveryId, WebhookParseErrorKind errorKind, string path);

    [LoggerMessage(
        EventId = 104, EventName = "CheckThrew", Level = LogLevel.Error,
        Message = "Checking a webhook delivery with the parser threw {ExceptionType}; it is stored as pending all the "
            + "same, and the processor records the outcome.")]
    public static partial void CheckThrew(ILogger logger, string exceptionType);

    [LoggerMessage(
        EventId = 110, EventName = "ProcessorStarted", Level = LogLevel.Information,
        Message = "Webhook inbox processor {Owner} started.")]
    public static partial void ProcessorStarted(ILogger logger, string owner);

    [LoggerMessage(
        EventId = 111, EventName = "ProcessorStopped", Level = LogLevel.Information,
        Message = "Webhook inbox processor {Owner} stopped.")]
    public static partial void ProcessorStopped(ILogger logger, string owner);

    [LoggerMessage(
        EventId = 112, EventName = "ProcessorDisabled", Level = LogLevel.Information,
        Message = "The webhook inbox processor is disabled (WebhookInboxOptions.EnableProcessor is false): "
            + "deliveries are stored here and processed by another instance.")]
    public static partial void ProcessorDisabled(ILogger logger);

    [LoggerMessage(
        EventId = 120, EventName = "DeliveryProcessed", Level = LogLevel.Information,
        Message = "Processed webhook delivery {DeliveryId} on attempt {Attempt}.")]
    public static partial void DeliveryProcessed(ILogger logger, long deliveryId, int attempt);

    [LoggerMessage(
        EventId = 121, EventName = "DeliveryRetryScheduled", Level = LogLevel.Warning,
        Message = "Webhook delivery {DeliveryId} failed on attempt {Attempt} of {MaxAttempts}: {Error} "
            + "Next attempt at {NextAttemptAt:O}.")]
    public static partial void DeliveryRetryScheduled(
        ILogger logger, long deliveryId, int attempt, int maxAttempts, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(
        EventId = 122, EventName = "DeliveryDeadLettered", Level = LogLevel.Error,
        Message = "Webhook delivery {DeliveryId} is dead-lettered after {Attempt} attempts: {Error} "
            + "Replay it once the cause is fixed.")]
    public static partial void DeliveryDeadLettered(ILogger logger, long deliveryId, int attempt, string error);

    [LoggerMessage(
        EventId = 123, EventName = "DeliveryRejected", Level = LogLevel.Warning,
        Message = "Webhook delivery {DeliveryId} is rejected: {ErrorKind} at {Path}.")]
    public static partial void DeliveryRejected(
        ILogger logger, long deliveryId, WebhookParseErrorKind errorKind, string path);

    [LoggerMessage(
        EventId = 124, EventName = "ClaimLost", Level = LogLevel.Warning,
        Message = "Webhook inbox processor {Owner} lost its claim on delivery {DeliveryId} (its lease expired and "
            + "another processor took it over, or an operator changed it); its outcome was not recorded.")]
    public static partial void ClaimLost(ILogger logger, string owner, long deliveryId);

    [LoggerMessage(
        EventId = 125, EventName = "ClaimReleased", Level = LogLevel.Information,
        Message = "Gave webhook delivery {DeliveryId} back unfinished, as the processor is stopping.")]
    public static partial void ClaimReleased(ILogger logger, long deliveryId);

    [LoggerMessage(
        EventId = 126, EventName = "ProcessingThrew", Level = LogLevel.Error,
        Message = "Processing webhook delivery {DeliveryId} threw {ExceptionType}; the attempt counts as failed.")]
    public static partial void ProcessingThrew(ILogger logger, long deliveryId, string exceptionType);

    [LoggerMessage(
        EventId = 130, EventName = "InboxOperationFailed", Level = LogLevel.Error,
        Message = "The webhook inbox failed to {Operation}; the processor carries on, and unsettled claims are "
            + "picked up again when their lease expires.")]
    public static partial void InboxOperationFailed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(
        EventId = 131, EventName = "DeliveriesPurged", Level = LogLevel.Information,
        Message = "Deleted {Count} done webhook deliveries older than {RetentionPeriod}.")]
    public static partial void DeliveriesPurged(ILogger logger, long count, TimeSpan retentionPeriod);
}
