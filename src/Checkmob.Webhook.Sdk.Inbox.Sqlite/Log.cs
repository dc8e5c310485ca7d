using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Every log line of the SQLite inbox package, source-generated, with stable event ids (200 to 299). They name the
/// file and the schema; never a body.
/// </summary>
internal static partial class Log
{
    /// <summary>The logger category of the SQLite inbox.</summary>
    public const string SqliteInboxCategory = "Checkmob.Webhook.Sdk.SqliteWebhookInbox";

    [LoggerMessage(
        EventId = 201, EventName = "SchemaCreated", Level = LogLevel.Information,
        Message = "Created the webhook inbox schema, version {SchemaVersion}, in {Path}.")]
    public static partial void SchemaCreated(ILogger logger, int schemaVersion, string path);

    [LoggerMessage(
        EventId = 202, EventName = "JournalModeNotWal", Level = LogLevel.Warning,
        Message = "The webhook inbox file {Path} is in journal mode {JournalMode}, not WAL: processors and the "
            + "receiver will block each other. Keep the file on a local disk.")]
    public static partial void JournalModeNotWal(ILogger logger, string path, string journalMode);
}
