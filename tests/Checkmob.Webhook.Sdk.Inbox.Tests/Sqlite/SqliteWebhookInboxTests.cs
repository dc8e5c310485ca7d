using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Checkmob.Webhook.Sdk.Inbox.Tests.Sqlite;

public sealed class SqliteWebhookInboxTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly InboxFile _file = new();
    private readonly FakeTimeProvider _time = new(InboxContext.Start);
    private readonly SqliteWebhookInbox _inbox;

    public SqliteWebhookInboxTests()
    {
        _inbox = _file.Open(_time);
    }

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesFolderSchemaAndWalMode()
    {
        await _inbox.InitializeAsync();

        File.Exists(_file.Path).Should().BeTrue();
        using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        Scalar(connection, "PRAGMA journal_mode;").Should().Be("wal");
        Scalar(connection, "PRAGMA user_version;").Should().Be(1L);
        Scalar(connection, "SELECT count(*) FROM webhook_deliveries;").Should().Be(0L);
    }

    [Fact]
    public async Task InitializeAsync_NewFileOnUnix_ReadableAndWritableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            // Unix file modes do not exist on Windows, where the folder's ACL decides; nothing to check there.
            return;
        }

        await _inbox.AppendAsync(Entry(9200, InboxContext.Start), Window);

        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.GetUnixFileMode(_file.Path).Should().Be(ownerOnly);
        File.GetUnixFileMode(_file.Path + "-wal").Should().Be(ownerOnly, "SQLite copies the main file's mode");
    }

    [Fact]
    public async Task InitializeAsync_PathIsAFolder_ThrowsSqliteExceptionAsDocumented()
    {
        // Regression: creating the file owner-only first threw an IOException of its own for a folder.
        Directory.CreateDirectory(_file.Path);
        var inbox = new SqliteWebhookInbox(new SqliteWebhookInboxOptions { Path = _file.Path });

        var initialize = () => inbox.InitializeAsync();

        await initialize.Should().ThrowAsync<SqliteException>();
        inbox.Dispose();
    }

    [Fact]
    public async Task InitializeAsync_FileOfANewerSchema_ThrowsInvalidOperation()
    {
        Directory.CreateDirectory(_file.Folder);
        using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            connection.Open();
            Scalar(connection, "PRAGMA user_version = 2;");
        }

        var initialize = () => _inbox.InitializeAsync();

        await initialize.Should().ThrowAsync<InvalidOperationException>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData(":memory:")]
    [InlineData("Data Source=inbox;Mode=Memory")]
    public void Constructor_PathNotAFile_ThrowsArgumentException(string? path)
    {
        var create = () => new SqliteWebhookInbox(new SqliteWebhookInboxOptions { Path = path });

        create.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public async Task AppendAsync_NewBody_StoredPendingWithMetadata()
    {
        var body = Bodies.Cliente(1);
        var entry = new WebhookInboxEntry(body, InboxContext.Start)
        {
            RemoteAddress = "203.0.113.7",
            ContentType = "application/json",
        };

        var appended = await _inbox.AppendAsync(entry, Window);

        appended.IsDuplicate.Should().BeFalse();
        var stored = (await _inbox.GetAsync(appended.DeliveryId))!;
        stored.State.Should().Be(WebhookDeliveryState.Pending);
        stored.ReceivedAt.Should().Be(InboxContext.Start);
        stored.RemoteAddress.Should().Be("203.0.113.7");
        stored.ContentType.Should().Be("application/json");
        stored.BodySha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(body)));
        stored.Body.ToArray().Should().Equal(body);
        stored.BodyLength.Should().Be(body.Length);
        stored.Attempts.Should().Be(0);
        stored.LastError.Should().BeNull();
        stored.FinishedAt.Should().BeNull();
    }

    [Fact]
    public async Task AppendAsync_EmptyBody_StoredAndReadBackEmpty()
    {
        var appended = await _inbox.AppendAsync(new WebhookInboxEntry(Array.Empty<byte>(), InboxContext.Start), Window);

        var stored = (await _inbox.GetAsync(appended.DeliveryId))!;
        stored.Body.Length.Should().Be(0);
        stored.BodyLength.Should().Be(0);
    }

    [Fact]
    public async Task AppendAsync_SameBodyWithinWindow_DuplicateOfTheFirstAndCounted()
    {
        var first = await _inbox.AppendAsync(Entry(1, InboxContext.Start), Window);

        var second = await _inbox.AppendAsync(Entry(1, InboxContext.Start + Window - TimeSpan.FromSeconds(1)), Window);

        second.Should().Be(new WebhookInboxAppendResult(first.DeliveryId, IsDuplicate: true));
        (await _inbox.GetAsync(first.DeliveryId))!.DuplicateCount.Should().Be(1);
        (await _inbox.CountAsync(WebhookDeliveryState.Pending)).Should().Be(1);
    }

    [Fact]
    public async Task AppendAsync_SameBodyAfterWindow_StoredAgain()
    {
        var first = await _inbox.AppendAsync(Entry(1, InboxContext.Start), Window);

        var second = await _inbox.AppendAsync(Entry(1, InboxContext.Start + Window + TimeSpan.FromSeconds(1)), Window);

        second.IsDuplicate.Should().BeFalse();
        second.DeliveryId.Should().BeGreaterThan(first.DeliveryId);
    }

    [Fact]
    public async Task AppendAsync_ZeroWindow_StoresEveryCopy()
    {
        var first = await _inbox.AppendAsync(Entry(1, InboxContext.Start), TimeSpan.Zero);

        var second = await _inbox.AppendAsync(Entry(1, InboxContext.Start), TimeSpan.Zero);

        second.IsDuplicate.Should().BeFalse();
        second.DeliveryId.Should().NotBe(first.DeliveryId);
    }

    [Fact]
    public async Task AppendAsync_WithRejectionReason_StoredRejectedAndNeverClaimed()
    {
        var entry = new WebhookInboxEntry(Bodies.WrongType, InboxContext.Start) { RejectionReason = "Rejected: x" };

        var appended = await _inbox.AppendAsync(entry, Window);

        var stored = (await _inbox.GetAsync(appended.DeliveryId))!;
        stored.State.Should().Be(WebhookDeliveryState.Rejected);
        stored.LastError.Should().Be("Rejected: x");
        stored.FinishedAt.Should().Be(InboxContext.Start);
        (await _inbox.ClaimAsync(10, Lease, "a")).Should().BeEmpty();
    }

    [Fact]
    public async Task ClaimAsync_PendingDeliveries_LowestIdsFirstEachWithAnAttemptAndALease()
    {
        var ids = await AppendAsync(1, 2, 3);

        var claims = await _inbox.ClaimAsync(2, Lease, "processor-a");

        claims.Select(claim => claim.Delivery.Id).Should().Equal(ids[0], ids[1]);
        claims.Should().AllSatisfy(claim =>
        {
            claim.Owner.Should().Be("processor-a");
            claim.LeaseExpiresAt.Should().Be(InboxContext.Start + Lease);
            claim.Delivery.State.Should().Be(WebhookDeliveryState.Processing);
            claim.Delivery.Attempts.Should().Be(1);
            claim.Delivery.ClaimedBy.Should().Be("processor-a");
        });
        claims[0].Delivery.Body.ToArray().Should().Equal(Bodies.Cliente(1));
    }

    [Fact]
    public async Task ClaimAsync_ClaimedDelivery_NotClaimedAgainWhileTheLeaseLasts()
    {
        await AppendAsync(1);
        await _inbox.ClaimAsync(10, Lease, "a");
        _time.Advance(Lease - TimeSpan.FromMilliseconds(1));

        var again = await _inbox.ClaimAsync(10, Lease, "b");

        again.Should().BeEmpty();
    }

    [Fact]
    public async Task ClaimAsync_LeaseExpired_ClaimedAgainAndOnlyTheNewClaimSettles()
    {
        await AppendAsync(1);
        var stale = (await _inbox.ClaimAsync(10, Lease, "a")).Single();
        _time.Advance(Lease);

        var current = (await _inbox.ClaimAsync(10, Lease, "b")).Single();

        current.Delivery.Attempts.Should().Be(2);
        (await _inbox.CompleteAsync(stale)).Should().BeFalse();
        (await _inbox.FailAsync(stale, "x", _time.GetUtcNow())).Should().BeFalse();
        (await _inbox.RenewAsync(stale, Lease)).Should().BeFalse();
        (await _inbox.ReleaseAsync(stale)).Should().BeFalse();
        (await _inbox.CompleteAsync(current)).Should().BeTrue();
        (await _inbox.GetAsync(current.Delivery.Id))!.State.Should().Be(WebhookDeliveryState.Done);
    }

    [Fact]
    public async Task ClaimAsync_SameOwnerAfterExpiry_OldClaimStillCannotSettle()
    {
        await AppendAsync(1);
        var stale = (await _inbox.ClaimAsync(10, Lease, "a")).Single();
        _time.Advance(Lease);
        await _inbox.ClaimAsync(10, Lease, "a");

        (await _inbox.CompleteAsync(stale)).Should().BeFalse();
    }

    [Fact]
    public async Task ClaimAsync_FailedDelivery_ClaimableOnlyOnceItsRetryIsDue()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();
        await _inbox.FailAsync(claim, "1 of 1 handlers failed", InboxContext.Start + TimeSpan.FromMinutes(1));

        var early = await _inbox.ClaimAsync(10, Lease, "a");
        _time.Advance(TimeSpan.FromMinutes(1));
        var due = await _inbox.ClaimAsync(10, Lease, "a");

        early.Should().BeEmpty();
        due.Should().ContainSingle().Which.Delivery.LastError.Should().Be("1 of 1 handlers failed");
    }

    [Fact]
    public async Task RenewAsync_CurrentClaim_ExtendsTheLease()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();
        _time.Advance(Lease - TimeSpan.FromSeconds(1));

        (await _inbox.RenewAsync(claim, Lease)).Should().BeTrue();
        _time.Advance(TimeSpan.FromSeconds(2));

        (await _inbox.ClaimAsync(10, Lease, "b")).Should().BeEmpty();
        var renewed = (await _inbox.GetAsync(claim.Delivery.Id))!;
        renewed.ClaimedUntil.Should().Be(InboxContext.Start + (Lease * 2) - TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task FailAsync_CurrentClaim_FailedWithReasonAndNextAttempt()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();
        var next = InboxContext.Start + TimeSpan.FromSeconds(10);

        (await _inbox.FailAsync(claim, "reason", next)).Should().BeTrue();

        var stored = (await _inbox.GetAsync(claim.Delivery.Id))!;
        stored.State.Should().Be(WebhookDeliveryState.Failed);
        stored.LastError.Should().Be("reason");
        stored.NextAttemptAt.Should().Be(next);
        stored.ClaimedUntil.Should().BeNull();
    }

    [Fact]
    public async Task DeadLetterAsync_CurrentClaim_DeadLetteredAndNeverClaimedAgain()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();

        (await _inbox.DeadLetterAsync(claim, "reason")).Should().BeTrue();
        _time.Advance(TimeSpan.FromDays(1));

        (await _inbox.ClaimAsync(10, Lease, "a")).Should().BeEmpty();
        var stored = (await _inbox.GetAsync(claim.Delivery.Id))!;
        stored.State.Should().Be(WebhookDeliveryState.DeadLettered);
        stored.FinishedAt.Should().Be(InboxContext.Start);
    }

    [Fact]
    public async Task RejectAsync_CurrentClaim_RejectedWithTheReason()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();

        (await _inbox.RejectAsync(claim, "Rejected: InvalidValue at $.Data[0].IdCliente.")).Should().BeTrue();

        var stored = (await _inbox.GetAsync(claim.Delivery.Id))!;
        stored.State.Should().Be(WebhookDeliveryState.Rejected);
        stored.LastError.Should().Be("Rejected: InvalidValue at $.Data[0].IdCliente.");
    }

    [Fact]
    public async Task ReleaseAsync_CurrentClaim_PendingAtOnceWithoutCountingTheAttempt()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();

        (await _inbox.ReleaseAsync(claim)).Should().BeTrue();

        var again = (await _inbox.ClaimAsync(10, Lease, "b")).Single();
        again.Delivery.Attempts.Should().Be(1);
    }

    [Theory]
    [InlineData(WebhookDeliveryState.Done)]
    [InlineData(WebhookDeliveryState.Failed)]
    [InlineData(WebhookDeliveryState.DeadLettered)]
    [InlineData(WebhookDeliveryState.Rejected)]
    public async Task ReplayAsync_FinishedOrFailed_PendingDueAtOnceWithAttemptsReset(WebhookDeliveryState state)
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(10, Lease, "a")).Single();
        await Settle(claim, state);

        (await _inbox.ReplayAsync(claim.Delivery.Id)).Should().BeTrue();

        var replayed = (await _inbox.GetAsync(claim.Delivery.Id))!;
        replayed.State.Should().Be(WebhookDeliveryState.Pending);
        replayed.Attempts.Should().Be(0);
        replayed.NextAttemptAt.Should().BeNull();
        replayed.FinishedAt.Should().BeNull();
        (await _inbox.ClaimAsync(10, Lease, "a")).Should().ContainSingle();
    }

    [Fact]
    public async Task ReplayAsync_PendingClaimedOrMissing_False()
    {
        var ids = await AppendAsync(1, 2);
        await _inbox.ClaimAsync(1, Lease, "a");

        (await _inbox.ReplayAsync(ids[0])).Should().BeFalse();
        (await _inbox.ReplayAsync(ids[1])).Should().BeFalse();
        (await _inbox.ReplayAsync(999)).Should().BeFalse();
    }

    [Fact]
    public async Task DeleteAsync_UnlessALiveClaimHoldsIt_Deleted()
    {
        var ids = await AppendAsync(1, 2);
        await _inbox.ClaimAsync(1, Lease, "a");

        (await _inbox.DeleteAsync(ids[0])).Should().BeFalse();
        (await _inbox.DeleteAsync(ids[1])).Should().BeTrue();
        _time.Advance(Lease);
        (await _inbox.DeleteAsync(ids[0])).Should().BeTrue();

        (await _inbox.GetAsync(ids[1])).Should().BeNull();
        (await _inbox.GetAsync(ids[0])).Should().BeNull();
    }

    [Fact]
    public async Task DeleteAsync_Delivery_ItsBodyIsOverwrittenInTheFile()
    {
        var ids = await AppendAsync(1);
        await _inbox.InitializeAsync();

        (await _inbox.DeleteAsync(ids[0])).Should().BeTrue();
        _inbox.Dispose();
        using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            connection.Open();
            Scalar(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        var file = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(_file.Path));
        file.Should().NotContain(Bodies.DocumentedRua).And.NotContain(Bodies.DocumentedCpf);
    }

    [Fact]
    public async Task PurgeAsync_DoneBeforeTheCutOff_DeletedAndNothingElse()
    {
        await AppendAsync(1, 2, 3, 4);
        var claims = await _inbox.ClaimAsync(10, Lease, "a");
        await _inbox.CompleteAsync(claims[0]);
        await _inbox.DeadLetterAsync(claims[1], "x");
        await _inbox.RejectAsync(claims[2], "x");
        _time.Advance(TimeSpan.FromDays(1));
        await _inbox.CompleteAsync(claims[3]);

        var purged = await _inbox.PurgeAsync(InboxContext.Start + TimeSpan.FromHours(1));

        purged.Should().Be(1);
        (await _inbox.GetAsync(claims[0].Delivery.Id)).Should().BeNull();
        (await _inbox.ListAsync(new WebhookDeliveryQuery())).Select(delivery => delivery.Id)
            .Should().Equal(claims.Skip(1).Select(claim => claim.Delivery.Id));
    }

    [Fact]
    public async Task PurgeAsync_MoreThanOneSlice_DeletesEveryOne()
    {
        await AppendAsync(1);
        var claim = (await _inbox.ClaimAsync(1, Lease, "a")).Single();
        await _inbox.CompleteAsync(claim);
        using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            // 1,199 more done rows in one transaction: copies of the first, as the purge never looks at bodies.
            connection.Open();
            Scalar(connection, """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1199)
                INSERT INTO webhook_deliveries (received_at, body_sha256, body, state, finished_at)
                SELECT received_at, body_sha256, body, state, finished_at FROM webhook_deliveries, n;
                """);
        }

        (await _inbox.PurgeAsync(InboxContext.Start + TimeSpan.FromSeconds(1))).Should().Be(1200);
        (await _inbox.CountAsync(WebhookDeliveryState.Done)).Should().Be(0);
    }

    [Fact]
    public async Task ListAsync_ByStateWithPaging_InIdOrderWithoutBodies()
    {
        var ids = await AppendAsync(1, 2, 3, 4, 5);
        var claim = (await _inbox.ClaimAsync(1, Lease, "a")).Single();
        await _inbox.CompleteAsync(claim);

        var first = await _inbox.ListAsync(
            new WebhookDeliveryQuery { State = WebhookDeliveryState.Pending, Limit = 2 });
        var second = await _inbox.ListAsync(
            new WebhookDeliveryQuery { State = WebhookDeliveryState.Pending, Limit = 2, AfterId = first[^1].Id });

        first.Select(delivery => delivery.Id).Should().Equal(ids[1], ids[2]);
        second.Select(delivery => delivery.Id).Should().Equal(ids[3], ids[4]);
        first.Should().AllSatisfy(delivery =>
        {
            delivery.Body.Length.Should().Be(0);
            delivery.BodyLength.Should().BeGreaterThan(0);
        });
    }

    [Fact]
    public async Task ListAsync_IncludeBody_BodiesLoaded()
    {
        await AppendAsync(1);

        var listed = await _inbox.ListAsync(new WebhookDeliveryQuery { IncludeBody = true });

        listed.Single().Body.ToArray().Should().Equal(Bodies.Cliente(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(WebhookDeliveryQuery.MaxLimit + 1)]
    public async Task ListAsync_LimitOutOfRange_ThrowsArgumentOutOfRange(int limit)
    {
        var list = () => _inbox.ListAsync(new WebhookDeliveryQuery { Limit = limit });

        await list.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task CountAsync_EachState_CountsOnlyThatState()
    {
        await AppendAsync(1, 2, 3);
        var claim = (await _inbox.ClaimAsync(1, Lease, "a")).Single();
        await _inbox.DeadLetterAsync(claim, "x");

        (await _inbox.CountAsync(WebhookDeliveryState.Pending)).Should().Be(2);
        (await _inbox.CountAsync(WebhookDeliveryState.DeadLettered)).Should().Be(1);
        (await _inbox.CountAsync(WebhookDeliveryState.Done)).Should().Be(0);
    }

    [Fact]
    public async Task ClaimAsync_EightClaimersOnTwoInboxesOfOneFile_EachDeliveryClaimedOnce()
    {
        const int Count = 300;
        for (var i = 0; i < Count; i++)
        {
            await _inbox.AppendAsync(Entry(i, InboxContext.Start), TimeSpan.Zero);
        }

        var other = _file.Open(_time, busyTimeout: TimeSpan.FromSeconds(11));
        var claimed = new System.Collections.Concurrent.ConcurrentBag<long>();
        var claimers = Enumerable.Range(0, 8).Select(n => Task.Run(async () =>
        {
            var inbox = n % 2 == 0 ? _inbox : other;
            IReadOnlyList<WebhookDeliveryClaim> batch;
            do
            {
                batch = await inbox.ClaimAsync(7, Lease, $"claimer-{n}");
                foreach (var claim in batch)
                {
                    claimed.Add(claim.Delivery.Id);
                }
            }
            while (batch.Count > 0);
        }));

        await Task.WhenAll(claimers).WaitAsync(TimeSpan.FromSeconds(30));

        claimed.Should().HaveCount(Count).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task AppendAsync_FileLockedByAnotherConnection_QueuedWritesFailWithinTheTimeoutInsteadOfInTurn()
    {
        var inbox = _file.Open(_time, busyTimeout: TimeSpan.FromMilliseconds(500));
        await inbox.InitializeAsync();
        using var locker = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        locker.Open();
        Scalar(locker, "BEGIN IMMEDIATE;");

        // One append waits for the file's lock; the others queue behind it in this instance.
        var appends = Enumerable.Range(0, 6)
            .Select(n => Task.Run(() => inbox.AppendAsync(Entry(9100 + n, InboxContext.Start), Window)))
            .ToList();
        var outcomes = await Task.WhenAll(appends.Select(async append =>
        {
            try
            {
                await append.WaitAsync(TimeSpan.FromSeconds(30));
                return null;
            }
            catch (Exception ex) when (ex is SqliteException or TimeoutException)
            {
                return ex;
            }
        }));

        // Every append failed; the queued ones did not each wait for the file in turn, they timed out in the queue.
        outcomes.Should().OnlyContain(outcome => outcome != null);
        outcomes.OfType<TimeoutException>().Should().NotBeEmpty()
            .And.OnlyContain(ex => ex.Message.Contains("BusyTimeout", StringComparison.Ordinal));

        Scalar(locker, "ROLLBACK;");
        var afterwards = await inbox.AppendAsync(Entry(9199, InboxContext.Start), Window);
        afterwards.IsDuplicate.Should().BeFalse();
        (await inbox.CountAsync(WebhookDeliveryState.Pending)).Should().Be(1);
    }

    private static WebhookInboxEntry Entry(long idCliente, DateTimeOffset receivedAt)
        => new(Bodies.Cliente(idCliente), receivedAt);

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private async Task<long[]> AppendAsync(params long[] idClientes)
    {
        var ids = new List<long>();
        foreach (var idCliente in idClientes)
        {
            ids.Add((await _inbox.AppendAsync(Entry(idCliente, _time.GetUtcNow()), Window)).DeliveryId);
        }

        return [.. ids];
    }

    private Task<bool> Settle(WebhookDeliveryClaim claim, WebhookDeliveryState state) => state switch
    {
        WebhookDeliveryState.Done => _inbox.CompleteAsync(claim),
        WebhookDeliveryState.Failed => _inbox.FailAsync(claim, "x", InboxContext.Start + TimeSpan.FromHours(1)),
        WebhookDeliveryState.DeadLettered => _inbox.DeadLetterAsync(claim, "x"),
        _ => _inbox.RejectAsync(claim, "x"),
    };
}
