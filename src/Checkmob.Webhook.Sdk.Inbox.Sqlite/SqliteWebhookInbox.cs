using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// An <see cref="IWebhookInbox"/> over one SQLite file: nothing to install or start. The file is created on first
/// use, in WAL mode, so that the receiver appends while processors claim; several processes can share it.
/// </summary>
/// <remarks>
/// <para>
/// Every operation opens a pooled connection and runs in one transaction; writes take the file's write lock at once
/// (<c>BEGIN IMMEDIATE</c>) and wait up to <see cref="SqliteWebhookInboxOptions.BusyTimeout"/> for it. Commits are
/// synchronous (<c>synchronous = FULL</c>): once an append returns, the delivery survives a power cut.
/// </para>
/// <para>
/// The file holds every delivery's body, personal data included (see <see cref="SqliteWebhookInboxOptions.Path"/>);
/// deleted rows are overwritten (<c>secure_delete</c>).
/// Microsoft.Data.Sqlite runs its asynchronous methods synchronously, so a call blocks its thread while it waits for
/// the disk or for another process's lock; the writes of one instance queue for their turn without blocking.
/// </para>
/// </remarks>
public sealed partial class SqliteWebhookInbox : IWebhookInbox, IDisposable
{
    private const int PurgeSlice = 500;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly TimeSpan _busyTimeout;
    private volatile bool _initialized;

    /// <summary>Creates an inbox over the file the options name; nothing is opened until the first operation.</summary>
    /// <param name="options">The file and the lock timeout.</param>
    /// <param name="timeProvider">The clock of leases, retries and duplicates; null for the system clock.</param>
    /// <param name="loggerFactory">Where the inbox logs; null for no logging.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not valid; the message lists every problem.
    /// </exception>
    public SqliteWebhookInbox(
        SqliteWebhookInboxOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _path = System.IO.Path.GetFullPath(options.Path!);
        _busyTimeout = options.BusyTimeout;
        var busyMilliseconds = (int)Math.Ceiling(options.BusyTimeout.TotalMilliseconds);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement until this many whole seconds have passed, on top of
            // SQLite's own busy_timeout wait: rounding down keeps the two within BusyTimeout (a second at least, as
            // 0 would mean no limit).
            DefaultTimeout = Math.Max(1, (int)Math.Floor(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        _connectionPragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;");
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory?.CreateLogger(Log.SqliteInboxCategory) ?? NullLogger.Instance;
    }

    /// <summary>The full path of the SQLite file.</summary>
    public string Path => _path;

    /// <summary>
    /// Creates the file, its folder and the schema when missing, and switches the file to WAL mode. Every other
    /// operation does it first; call it at start-up to find a wrong path or permission before the first delivery.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for another thread's initialization.</param>
    /// <returns>A task that completes once the file is ready.</returns>
    /// <exception cref="InvalidOperationException">The file was written by a newer version of this package.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or written.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initialization.Release();
        }
    }

    /// <summary>Closes the pooled connections to the file, so that it can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _initialization.Dispose();
        _writing.Dispose();
    }

    /// <summary>
    /// Creates a missing file, on Unix, readable and writable by its owner only: it holds personal data, and SQLite
    /// gives its <c>-wal</c> and <c>-shm</c> files the main file's permissions. An existing file keeps its own.
    /// </summary>
    private void CreateFileReadableByOwnerOnly()
    {
        if (OperatingSystem.IsWindows() || File.Exists(_path))
        {
            return;
        }

        try
        {
            using var created = new FileStream(_path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another process created it first, or the path cannot be a file (a folder, a folder without access):
            // SQLite opens it as it is, or reports why it cannot.
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetDirectoryName(_path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        CreateFileReadableByOwnerOnly();
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // WAL is a property of the file: set once, it stays. It cannot change inside a transaction.
            var mode = await ScalarAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken)
                .ConfigureAwait(false);
            var journalMode = Convert.ToString(mode, CultureInfo.InvariantCulture) ?? string.Empty;
            if (!journalMode.Equals("wal", StringComparison.OrdinalIgnoreCase))
            {
                Log.JournalModeNotWal(_logger, _path, journalMode);
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var userVersion = await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken)
                .ConfigureAwait(false);
            var version = Convert.ToInt32(userVersion, CultureInfo.InvariantCulture);
            if (version > SqliteInboxSql.SchemaVersion)
            {
                throw new InvalidOperationException(
                    $"The webhook inbox file '{_path}' has schema version {version}, written by a newer version of "
                    + "Checkmob.Webhook.Sdk.Inbox.Sqlite; upgrade the package, or point SqliteWebhookInboxOptions.Path "
                    + "at another file.");
            }

            if (version < SqliteInboxSql.SchemaVersion)
            {
                await ExecuteAsync(connection, transaction, SqliteInboxSql.CreateSchema, cancellationToken)
                    .ConfigureAwait(false);
                Log.SchemaCreated(_logger, SqliteInboxSql.SchemaVersion, _path);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits, without blocking a thread, for this instance's other writes to end. SQLite lets one connection write at
    /// a time; queueing here keeps the threads of one process from blocking each other inside SQLite (and starving
    /// the thread pool of a busy receiver), while other processes still wait on the file's lock.
    /// </summary>
    /// <remarks>
    /// The queue is bounded by <see cref="SqliteWebhookInboxOptions.BusyTimeout"/> like the file's lock is: when the
    /// file stays locked (another process holds a long write), the writes queued behind the waiting one fail after
    /// that long instead of waiting for each other in turn, so a receiver answers 500 within twice the timeout
    /// rather than never.
    /// </remarks>
    /// <exception cref="TimeoutException">This instance's earlier writes held the turn longer than the timeout.
    /// </exception>
    private async Task<WriteTurn> WaitForWriteTurnAsync(CancellationToken cancellationToken)
    {
        if (!await _writing.WaitAsync(_busyTimeout, cancellationToken).ConfigureAwait(false))
        {
            var seconds = _busyTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            throw new TimeoutException(
                "The SQLite webhook inbox's earlier writes did not end within SqliteWebhookInboxOptions.BusyTimeout ("
                + seconds + " s): the file is locked by another connection or process, or the disk is too slow.");
        }

        return new WriteTurn(_writing);
    }

    /// <summary>Opens a pooled connection to the initialized file.</summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per connection: wait for the write lock in SQLite itself, make every commit durable, and overwrite
            // what is deleted (personal data) instead of leaving it in free pages.
            await ExecuteAsync(connection, null, _connectionPragmas, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static SqliteCommand Command(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static long ToUnixMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    private static DateTimeOffset? FromUnixMilliseconds(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    /// <summary>Reads a row of <c>SqliteInboxSql.Columns</c> followed by the body (or an empty blob).</summary>
    private static WebhookDelivery ReadDelivery(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ReceivedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
        RemoteAddress = reader.IsDBNull(2) ? null : reader.GetString(2),
        ContentType = reader.IsDBNull(3) ? null : reader.GetString(3),
        BodySha256 = reader.GetString(4),
        BodyLength = reader.GetInt32(5),
        State = (WebhookDeliveryState)reader.GetInt32(6),
        Attempts = reader.GetInt32(7),
        LastError = reader.IsDBNull(8) ? null : reader.GetString(8),
        NextAttemptAt = FromUnixMilliseconds(reader, 9),
        ClaimedBy = reader.IsDBNull(10) ? null : reader.GetString(10),
        ClaimedUntil = FromUnixMilliseconds(reader, 11),
        FinishedAt = FromUnixMilliseconds(reader, 12),
        DuplicateCount = reader.GetInt32(13),
        Body = reader.IsDBNull(14) ? ReadOnlyMemory<byte>.Empty : reader.GetFieldValue<byte[]>(14),
    };

    /// <summary>Ends a turn of <see cref="WaitForWriteTurnAsync"/>.</summary>
    private readonly struct WriteTurn(SemaphoreSlim writing) : IDisposable
    {
        public void Dispose() => writing.Release();
    }
}
