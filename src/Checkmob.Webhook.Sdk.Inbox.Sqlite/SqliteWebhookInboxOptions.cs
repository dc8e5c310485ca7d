namespace Checkmob.Webhook.Sdk;

/// <summary>Options of <see cref="SqliteWebhookInbox"/>.</summary>
public sealed class SqliteWebhookInboxOptions
{
    /// <summary>The path of the SQLite file; created, with its folder, when missing.</summary>
    /// <value>
    /// No default: it must be set. Prefer an absolute path on a local disk (not a network share, where SQLite's
    /// locking is unreliable), such as one under the host's content root or a mounted volume.
    /// </value>
    /// <remarks>
    /// The file holds every delivery's body, personal data included: restrict who can read it, back it up like
    /// the rest of your data, and keep it out of source control. The <c>-wal</c> and <c>-shm</c> files next to it
    /// belong to it.
    /// </remarks>
    public string? Path { get; set; }

    /// <summary>
    /// How long an operation waits for another connection's write lock before it fails, and how long a write waits for
    /// this inbox's earlier writes (queued in turn) before it fails with <see cref="TimeoutException"/>: a write
    /// fails within about twice this.
    /// </summary>
    /// <remarks>
    /// Under one second, the lock's wait can last up to about a second: Microsoft.Data.Sqlite retries a busy
    /// statement for whole seconds.
    /// </remarks>
    /// <value>10 seconds by default; from 1 millisecond to 10 minutes.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Every problem with these options, in words that name the option; empty when they are valid.</summary>
    internal List<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Path))
        {
            problems.Add(
                "SqliteWebhookInboxOptions.Path must name the SQLite file of the inbox, such as "
                + "Path.Combine(builder.Environment.ContentRootPath, \"checkmob-inbox.db\").");
        }
        else if (Path.Trim() == ":memory:" || Path.Contains("mode=memory", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(
                "SqliteWebhookInboxOptions.Path must be a file: an in-memory database loses every delivery when the "
                + "process stops, which defeats the inbox.");
        }

        if (BusyTimeout < TimeSpan.FromMilliseconds(1) || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add(
                "SqliteWebhookInboxOptions.BusyTimeout must be from 1 millisecond to 10 minutes; the default is 10 "
                + "seconds.");
        }

        return problems;
    }
}
