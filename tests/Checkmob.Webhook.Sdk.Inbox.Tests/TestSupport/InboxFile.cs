namespace Checkmob.Webhook.Sdk.Inbox.Tests;

/// <summary>A SQLite inbox file in a folder of its own under the temporary folder, deleted with its inboxes.</summary>
internal sealed class InboxFile : IDisposable
{
    private readonly List<SqliteWebhookInbox> _inboxes = [];

    public InboxFile()
    {
        Folder = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(), "checkmob-inbox-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, "inbox.db");
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>
    /// An inbox over the file. Inboxes with different busy timeouts have different connection strings, so they use
    /// separate connection pools, like two processes would.
    /// </summary>
    public SqliteWebhookInbox Open(TimeProvider? timeProvider = null, TimeSpan? busyTimeout = null)
    {
        var options = new SqliteWebhookInboxOptions
        {
            Path = Path,
            BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(10),
        };
        var inbox = new SqliteWebhookInbox(options, timeProvider);
        lock (_inboxes)
        {
            _inboxes.Add(inbox);
        }

        return inbox;
    }

    public void Dispose()
    {
        foreach (var inbox in _inboxes)
        {
            inbox.Dispose();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temporary folder; harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
