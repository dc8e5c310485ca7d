namespace Checkmob.Webhook.Sdk;

/// <summary>What operators and monitoring use: reading, counting, replaying, deleting and purging.</summary>
public sealed partial class SqliteWebhookInbox
{
    /// <inheritdoc />
    public async Task<WebhookDelivery?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(SqliteInboxSql.Get, cancellationToken, ("$id", id)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WebhookDelivery>> ListAsync(
        WebhookDeliveryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, WebhookDeliveryQuery.MaxLimit, nameof(query));

        var sql = (query.State.HasValue, query.IncludeBody) switch
        {
            (false, false) => SqliteInboxSql.List,
            (false, true) => SqliteInboxSql.ListWithBody,
            (true, false) => SqliteInboxSql.ListByState,
            (true, true) => SqliteInboxSql.ListByStateWithBody,
        };
        return ReadAsync(
            sql,
            cancellationToken,
            ("$after", query.AfterId),
            ("$limit", query.Limit),
            ("$state", (int?)query.State));
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(WebhookDeliveryState state, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var count = await ScalarAsync(
                    connection, null, SqliteInboxSql.Count, cancellationToken, ("$state", (int)state))
                .ConfigureAwait(false);
            return (long)count!;
        }
    }

    /// <inheritdoc />
    public async Task<bool> ReplayAsync(long id, CancellationToken cancellationToken = default)
    {
        using var turn = await WaitForWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ExecuteAsync(connection, null, SqliteInboxSql.Replay, cancellationToken, ("$id", id))
                .ConfigureAwait(false) == 1;
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        using var turn = await WaitForWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ExecuteAsync(
                    connection, null, SqliteInboxSql.Delete, cancellationToken, ("$id", id), ("$now", Now()))
                .ConfigureAwait(false) == 1;
        }
    }

    /// <inheritdoc />
    public async Task<long> PurgeAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default)
    {
        var before = ToUnixMilliseconds(finishedBefore);
        long total = 0;
        int deleted;
        do
        {
            // One slice per write turn, so appends are never held back for long.
            using var turn = await WaitForWriteTurnAsync(cancellationToken).ConfigureAwait(false);
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                deleted = await ExecuteAsync(
                        connection,
                        null,
                        SqliteInboxSql.Purge,
                        cancellationToken,
                        ("$before", before),
                        ("$slice", PurgeSlice))
                    .ConfigureAwait(false);
            }

            total += deleted;
        }
        while (deleted == PurgeSlice);

        return total;
    }

    private async Task<IReadOnlyList<WebhookDelivery>> ReadAsync(
        string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var deliveries = new List<WebhookDelivery>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, sql, parameters);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    deliveries.Add(ReadDelivery(reader));
                }
            }
        }

        return deliveries;
    }
}
