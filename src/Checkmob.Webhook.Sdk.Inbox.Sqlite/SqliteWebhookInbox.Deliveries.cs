using Microsoft.Data.Sqlite;

namespace Checkmob.Webhook.Sdk;

/// <summary>Appending, claiming and settling deliveries.</summary>
public sealed partial class SqliteWebhookInbox
{
    /// <inheritdoc />
    public async Task<WebhookInboxAppendResult> AppendAsync(
        WebhookInboxEntry entry, TimeSpan duplicateWindow, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfLessThan(duplicateWindow, TimeSpan.Zero);

        using var turn = await WaitForWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // The duplicate check and the insert hold the write lock together, so two identical bodies arriving at
            // once are stored once.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (duplicateWindow > TimeSpan.Zero)
            {
                var since = entry.ReceivedAt - duplicateWindow;
                var existing = await ScalarAsync(
                        connection,
                        transaction,
                        SqliteInboxSql.FindDuplicate,
                        cancellationToken,
                        ("$sha256", entry.BodySha256),
                        ("$since", ToUnixMilliseconds(since)))
                    .ConfigureAwait(false);
                if (existing is long duplicateOf)
                {
                    await ExecuteAsync(
                            connection,
                            transaction,
                            SqliteInboxSql.CountDuplicate,
                            cancellationToken,
                            ("$id", duplicateOf))
                        .ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return new WebhookInboxAppendResult(duplicateOf, IsDuplicate: true);
                }
            }

            var rejected = entry.RejectionReason is not null;
            var id = (long)(await ScalarAsync(
                    connection,
                    transaction,
                    SqliteInboxSql.Insert,
                    cancellationToken,
                    ("$received_at", ToUnixMilliseconds(entry.ReceivedAt)),
                    ("$remote_address", entry.RemoteAddress),
                    ("$content_type", entry.ContentType),
                    ("$sha256", entry.BodySha256),
                    ("$body", entry.Body.ToArray()),
                    ("$state", (int)(rejected ? WebhookDeliveryState.Rejected : WebhookDeliveryState.Pending)),
                    ("$last_error", entry.RejectionReason),
                    ("$finished_at", rejected ? ToUnixMilliseconds(entry.ReceivedAt) : null))
                .ConfigureAwait(false))!;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new WebhookInboxAppendResult(id, IsDuplicate: false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookDeliveryClaim>> ClaimAsync(
        int maxCount, TimeSpan lease, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrEmpty(owner);

        var deliveries = new List<WebhookDelivery>();
        var token = Guid.NewGuid().ToString("N");
        DateTimeOffset leaseEnd;
        using var turn = await WaitForWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var now = _timeProvider.GetUtcNow();
            leaseEnd = now + lease;
            using (var command = Command(
                connection,
                transaction,
                SqliteInboxSql.Claim,
                ("$owner", owner),
                ("$token", token),
                ("$until", ToUnixMilliseconds(leaseEnd)),
                ("$now", ToUnixMilliseconds(now)),
                ("$max", maxCount)))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        deliveries.Add(ReadDelivery(reader));
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        deliveries.Sort((left, right) => left.Id.CompareTo(right.Id));
        return deliveries.ConvertAll(delivery => new WebhookDeliveryClaim(delivery, owner, token, leaseEnd));
    }

    /// <inheritdoc />
    public Task<bool> RenewAsync(
        WebhookDeliveryClaim claim, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);

        var until = ToUnixMilliseconds(_timeProvider.GetUtcNow() + lease);
        return SettleAsync(claim, SqliteInboxSql.Renew, cancellationToken, ("$until", until));
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(WebhookDeliveryClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);

        return SettleAsync(claim, SqliteInboxSql.Complete, cancellationToken, ("$now", Now()));
    }

    /// <inheritdoc />
    public Task<bool> FailAsync(
        WebhookDeliveryClaim claim,
        string reason,
        DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(reason);

        return SettleAsync(
            claim,
            SqliteInboxSql.Fail,
            cancellationToken,
            ("$reason", reason),
            ("$next", ToUnixMilliseconds(nextAttemptAt)));
    }

    /// <inheritdoc />
    public Task<bool> DeadLetterAsync(
        WebhookDeliveryClaim claim, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(reason);

        return SettleAsync(claim, SqliteInboxSql.DeadLetter, cancellationToken, ("$reason", reason), ("$now", Now()));
    }

    /// <inheritdoc />
    public Task<bool> RejectAsync(
        WebhookDeliveryClaim claim, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(reason);

        return SettleAsync(claim, SqliteInboxSql.Reject, cancellationToken, ("$reason", reason), ("$now", Now()));
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(WebhookDeliveryClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);

        return SettleAsync(claim, SqliteInboxSql.Release, cancellationToken);
    }

    private long Now() => ToUnixMilliseconds(_timeProvider.GetUtcNow());

    /// <summary>Runs one update of a claimed delivery, guarded by the claim's token; true when it matched.</summary>
    private async Task<bool> SettleAsync(
        WebhookDeliveryClaim claim,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        using var turn = await WaitForWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            (string, object?)[] all = [("$id", claim.Delivery.Id), ("$token", claim.Token), .. parameters];
            return await ExecuteAsync(connection, null, sql, cancellationToken, all).ConfigureAwait(false) == 1;
        }
    }
}
