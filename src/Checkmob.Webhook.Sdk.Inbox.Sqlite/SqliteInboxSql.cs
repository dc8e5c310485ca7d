namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Every SQL text of <see cref="SqliteWebhookInbox"/>, in one place. Times are Unix milliseconds (UTC); states are
/// the numbers of <see cref="WebhookDeliveryState"/>: 1 pending, 2 processing, 3 done, 4 failed, 5 dead-lettered,
/// 6 rejected.
/// </summary>
internal static class SqliteInboxSql
{
    /// <summary>The schema version this code writes, kept in <c>PRAGMA user_version</c>.</summary>
    public const int SchemaVersion = 1;

    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS webhook_deliveries (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            received_at     INTEGER NOT NULL,
            remote_address  TEXT,
            content_type    TEXT,
            body_sha256     TEXT    NOT NULL,
            body            BLOB    NOT NULL,
            state           INTEGER NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            last_error      TEXT,
            next_attempt_at INTEGER,
            claimed_by      TEXT,
            claim_token     TEXT,
            claimed_until   INTEGER,
            finished_at     INTEGER,
            duplicate_count INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX IF NOT EXISTS ix_webhook_deliveries_due
            ON webhook_deliveries (id) WHERE state IN (1, 2, 4);
        CREATE INDEX IF NOT EXISTS ix_webhook_deliveries_sha256
            ON webhook_deliveries (body_sha256, received_at);
        CREATE INDEX IF NOT EXISTS ix_webhook_deliveries_state
            ON webhook_deliveries (state, id);
        CREATE INDEX IF NOT EXISTS ix_webhook_deliveries_done
            ON webhook_deliveries (finished_at) WHERE state = 3;
        PRAGMA user_version = 1;
        """;

    /// <summary>The columns every read returns, in the order <c>ReadDelivery</c> expects; the body follows.</summary>
    private const string Columns = """
        id, received_at, remote_address, content_type, body_sha256, length(body), state, attempts, last_error,
        next_attempt_at, claimed_by, claimed_until, finished_at, duplicate_count
        """;

    public const string FindDuplicate = """
        SELECT id FROM webhook_deliveries
        WHERE body_sha256 = $sha256 AND received_at >= $since
        ORDER BY id DESC LIMIT 1;
        """;

    public const string CountDuplicate = """
        UPDATE webhook_deliveries SET duplicate_count = duplicate_count + 1 WHERE id = $id;
        """;

    public const string Insert = """
        INSERT INTO webhook_deliveries
            (received_at, remote_address, content_type, body_sha256, body, state, last_error, finished_at)
        VALUES ($received_at, $remote_address, $content_type, $sha256, $body, $state, $last_error, $finished_at)
        RETURNING id;
        """;

    /// <summary>
    /// Claims the lowest ids among the due deliveries: pending, failed with a retry due, or claimed with an
    /// expired lease. RETURNING gives the rows after the update, in no particular order.
    /// </summary>
    public const string Claim = """
        UPDATE webhook_deliveries
        SET state = 2, attempts = attempts + 1, claimed_by = $owner, claim_token = $token, claimed_until = $until
        WHERE id IN (
            SELECT id FROM webhook_deliveries
            WHERE state IN (1, 2, 4)
              AND (state = 1 OR (state = 4 AND next_attempt_at <= $now) OR (state = 2 AND claimed_until <= $now))
            ORDER BY id
            LIMIT $max)
        RETURNING
        """ + " " + Columns + ", body;";

    private const string CurrentClaim = " WHERE id = $id AND state = 2 AND claim_token = $token;";

    public const string Renew = "UPDATE webhook_deliveries SET claimed_until = $until" + CurrentClaim;

    public const string Complete = """
        UPDATE webhook_deliveries
        SET state = 3, finished_at = $now, next_attempt_at = NULL, claim_token = NULL, claimed_until = NULL
        """ + CurrentClaim;

    public const string Fail = """
        UPDATE webhook_deliveries
        SET state = 4, last_error = $reason, next_attempt_at = $next, claim_token = NULL, claimed_until = NULL
        """ + CurrentClaim;

    public const string DeadLetter = """
        UPDATE webhook_deliveries
        SET state = 5, last_error = $reason, finished_at = $now, next_attempt_at = NULL, claim_token = NULL,
            claimed_until = NULL
        """ + CurrentClaim;

    public const string Reject = """
        UPDATE webhook_deliveries
        SET state = 6, last_error = $reason, finished_at = $now, next_attempt_at = NULL, claim_token = NULL,
            claimed_until = NULL
        """ + CurrentClaim;

    public const string Release = """
        UPDATE webhook_deliveries
        SET state = 1, attempts = max(attempts - 1, 0), next_attempt_at = NULL, claim_token = NULL,
            claimed_until = NULL
        """ + CurrentClaim;

    public const string Get = "SELECT " + Columns + ", body FROM webhook_deliveries WHERE id = $id;";

    public const string List = "SELECT " + Columns + ", x'' FROM webhook_deliveries"
        + " WHERE id > $after ORDER BY id LIMIT $limit;";

    public const string ListWithBody = "SELECT " + Columns + ", body FROM webhook_deliveries"
        + " WHERE id > $after ORDER BY id LIMIT $limit;";

    public const string ListByState = "SELECT " + Columns + ", x'' FROM webhook_deliveries"
        + " WHERE state = $state AND id > $after ORDER BY id LIMIT $limit;";

    public const string ListByStateWithBody = "SELECT " + Columns + ", body FROM webhook_deliveries"
        + " WHERE state = $state AND id > $after ORDER BY id LIMIT $limit;";

    public const string Count = "SELECT count(*) FROM webhook_deliveries WHERE state = $state;";

    public const string Replay = """
        UPDATE webhook_deliveries
        SET state = 1, attempts = 0, next_attempt_at = NULL, claim_token = NULL, claimed_until = NULL,
            finished_at = NULL
        WHERE id = $id AND state IN (3, 4, 5, 6);
        """;

    public const string Delete = """
        DELETE FROM webhook_deliveries WHERE id = $id AND NOT (state = 2 AND claimed_until > $now);
        """;

    /// <summary>Deletes one slice of old done deliveries, so the write lock is never held for long.</summary>
    public const string Purge = """
        DELETE FROM webhook_deliveries WHERE id IN (
            SELECT id FROM webhook_deliveries WHERE state = 3 AND finished_at < $before LIMIT $slice);
        """;
}
