using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Checkmob.Webhook.Sdk.Inbox.Tests.Processing;

/// <summary>The processing loop over a real SQLite inbox on a fake clock, one batch at a time.</summary>
public sealed class WebhookInboxProcessorTests
{
    [Fact]
    public async Task ProcessBatchAsync_HandlerFailsTwiceThenSucceeds_RunsThreeTimesAndEndsDone()
    {
        using var context = new InboxContext();
        context.Recorder.Behaviour = (_, run, _) =>
            run <= 2 ? throw new ErpRejectedClientException("down") : Task.CompletedTask;
        var id = await context.AcceptAsync(1);

        (await context.Processor.ProcessBatchAsync()).Should().Be(1);
        var afterFirst = await context.GetAsync(id);
        (await context.Processor.ProcessBatchAsync()).Should().Be(0, "the retry is not due yet");
        context.Time.Advance(context.Options.BaseDelay);
        (await context.Processor.ProcessBatchAsync()).Should().Be(1);
        var afterSecond = await context.GetAsync(id);
        context.Time.Advance(context.Options.BaseDelay * 2);
        (await context.Processor.ProcessBatchAsync()).Should().Be(1);

        afterFirst.State.Should().Be(WebhookDeliveryState.Failed);
        afterFirst.Attempts.Should().Be(1);
        afterSecond.State.Should().Be(WebhookDeliveryState.Failed);
        afterSecond.Attempts.Should().Be(2);
        var done = await context.GetAsync(id);
        done.State.Should().Be(WebhookDeliveryState.Done);
        done.Attempts.Should().Be(3);
        done.FinishedAt.Should().Be(context.Time.GetUtcNow());
        context.Recorder.RunsOf(1).Should().Be(3);
    }

    [Fact]
    public async Task ProcessBatchAsync_Failures_RetriedWithExponentialBackoffAndJitter()
    {
        using var context = new InboxContext(options => options.MaxAttempts = 5);
        context.Recorder.Behaviour = (_, _, _) => throw new ErpRejectedClientException("down");
        var id = await context.AcceptAsync(1);

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await context.Processor.ProcessBatchAsync();
            var failed = await context.GetAsync(id);
            delays.Add(failed.NextAttemptAt!.Value - context.Time.GetUtcNow());
            context.Time.Advance(context.Options.MaxDelay);
        }

        // 1 s doubling, capped at 4 s; jitter takes up to half off (and the store keeps milliseconds).
        var expected = new[] { 1, 2, 4, 4 }.Select(seconds => TimeSpan.FromSeconds(seconds)).ToArray();
        for (var i = 0; i < delays.Count; i++)
        {
            delays[i].Should().BeGreaterThanOrEqualTo(expected[i] / 2 - TimeSpan.FromMilliseconds(1))
                .And.BeLessThanOrEqualTo(expected[i]);
        }
    }

    [Fact]
    public async Task ProcessBatchAsync_HandlerAlwaysFails_DeadLetteredAfterMaxAttemptsAndDoneAfterAReplay()
    {
        using var context = new InboxContext(options => options.MaxAttempts = 3);
        context.Recorder.Behaviour = (_, _, _) => throw new ErpRejectedClientException("down");
        var id = await context.AcceptAsync(1);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await context.Processor.ProcessBatchAsync()).Should().Be(1);
            context.Time.Advance(context.Options.MaxDelay);
        }

        var deadLettered = await context.GetAsync(id);
        deadLettered.State.Should().Be(WebhookDeliveryState.DeadLettered);
        deadLettered.Attempts.Should().Be(3);
        (await context.Processor.ProcessBatchAsync()).Should().Be(0, "a dead letter waits for an operator");
        var listed = await context.Inbox.ListAsync(
            new WebhookDeliveryQuery { State = WebhookDeliveryState.DeadLettered });
        listed.Select(delivery => delivery.Id).Should().Equal(id);

        context.Recorder.Behaviour = null; // the cause is fixed
        (await context.Inbox.ReplayAsync(id)).Should().BeTrue();
        (await context.Processor.ProcessBatchAsync()).Should().Be(1);

        var done = await context.GetAsync(id);
        done.State.Should().Be(WebhookDeliveryState.Done);
        done.Attempts.Should().Be(1);
        context.Recorder.RunsOf(1).Should().Be(4);
    }

    [Fact]
    public async Task ProcessBatchAsync_SeveralDeliveries_DispatchedOneAtATimeInTheOrderReceived()
    {
        using var context = new InboxContext();
        foreach (var idCliente in new long[] { 50, 30, 90, 10, 70 })
        {
            await context.AcceptAsync(idCliente);
        }

        await context.Processor.ProcessBatchAsync();

        context.Recorder.Order.Should().Equal(50, 30, 90, 10, 70);
    }

    [Fact]
    public async Task ProcessBatchAsync_DeliveryAwaitingItsRetry_LaterOnesProceedAndItIsRetriedFirstWhenDue()
    {
        using var context = new InboxContext();
        context.Recorder.Behaviour = (idCliente, run, _) =>
            idCliente == 1 && run == 1 ? throw new ErpRejectedClientException("down") : Task.CompletedTask;
        await context.AcceptAsync(1);
        await context.AcceptAsync(2);

        await context.Processor.ProcessBatchAsync();
        await context.AcceptAsync(3);
        context.Time.Advance(context.Options.BaseDelay);
        await context.Processor.ProcessBatchAsync();

        context.Recorder.Order.Should().Equal(1, 2, 1, 3);
    }

    [Fact]
    public async Task ProcessBatchAsync_InvalidBodyStoredAsPending_RejectedWithKindAndPathAndNoHandlerRuns()
    {
        using var context = new InboxContext();
        var appended = await context.Inbox.AppendAsync(
            new WebhookInboxEntry(Bodies.WrongType, context.Time.GetUtcNow()), TimeSpan.Zero);

        await context.Processor.ProcessBatchAsync();

        var rejected = await context.GetAsync(appended.DeliveryId);
        rejected.State.Should().Be(WebhookDeliveryState.Rejected);
        rejected.LastError.Should().Contain(nameof(WebhookParseErrorKind.InvalidValue))
            .And.Contain("$.Data[0].IdCliente");
        rejected.Body.ToArray().Should().Equal(Bodies.WrongType);
        context.Recorder.TotalRuns.Should().Be(0);
    }

    [Fact]
    public async Task ProcessBatchAsync_HandlerMessageQuotesThePayload_ErrorAndLogsNameHandlerAndExceptionTypeOnly()
    {
        using var context = new InboxContext();
        context.Recorder.Behaviour = (_, _, _) => throw new ErpRejectedClientException(
            $"The ERP refused CPF {Bodies.DocumentedCpf} at {Bodies.DocumentedRua}.");
        var id = await context.AcceptAsync(1);

        await context.Processor.ProcessBatchAsync();

        var failed = await context.GetAsync(id);
        failed.LastError.Should().Be(
            $"1 of 1 handlers failed: {typeof(RecordingHandler).FullName} threw "
            + $"{typeof(ErpRejectedClientException).FullName}.");
        var logs = context.Logs.Collector.GetSnapshot();
        logs.Should().Contain(record => record.Id.Id == 121);
        logs.Should().AllSatisfy(record =>
        {
            record.Message.Should().NotContain(Bodies.DocumentedCpf).And.NotContain(Bodies.DocumentedRua);
            record.Exception.Should().BeNull();
        });
    }

    [Fact]
    public async Task ProcessBatchAsync_AttemptOutlastsAttemptTimeout_CancelledAndCountedAsFailed()
    {
        using var context = new InboxContext(options => options.AttemptTimeout = TimeSpan.FromSeconds(5));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Recorder.Behaviour = async (_, _, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
        var id = await context.AcceptAsync(1);

        var processing = context.Processor.ProcessBatchAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        context.Time.Advance(TimeSpan.FromSeconds(5));
        await processing.WaitAsync(TimeSpan.FromSeconds(5));

        var failed = await context.GetAsync(id);
        failed.State.Should().Be(WebhookDeliveryState.Failed);
        failed.LastError.Should().Contain(nameof(WebhookInboxOptions.AttemptTimeout));
    }

    [Fact]
    public async Task ProcessBatchAsync_Cancelled_HandlerCancelledAndTheDeliveryGivenBackWithoutCountingTheAttempt()
    {
        using var context = new InboxContext();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Recorder.Behaviour = async (_, _, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
        var id = await context.AcceptAsync(1);
        using var stopping = new CancellationTokenSource();

        var processing = context.Processor.ProcessBatchAsync(stopping.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await stopping.CancelAsync();

        await processing.Awaiting(task => task.WaitAsync(TimeSpan.FromSeconds(5)))
            .Should().ThrowAsync<OperationCanceledException>();
        var released = await context.GetAsync(id);
        released.State.Should().Be(WebhookDeliveryState.Pending);
        released.Attempts.Should().Be(0);
        context.Logs.Collector.GetSnapshot().Should().Contain(record => record.Id.Id == 125);
    }

    [Fact]
    public async Task ProcessBatchAsync_ClaimOfACrashedProcessor_ProcessedOnceItsLeaseExpires()
    {
        using var context = new InboxContext();
        var id = await context.AcceptAsync(1);
        await context.Inbox.ClaimAsync(10, context.Options.LeaseDuration, "crashed-processor");

        (await context.Processor.ProcessBatchAsync()).Should().Be(0);
        context.Time.Advance(context.Options.LeaseDuration);
        (await context.Processor.ProcessBatchAsync()).Should().Be(1);

        var done = await context.GetAsync(id);
        done.State.Should().Be(WebhookDeliveryState.Done);
        done.Attempts.Should().Be(2);
        done.ClaimedBy.Should().Be(context.Processor.Owner);
        context.Recorder.RunsOf(1).Should().Be(1);
    }

    [Fact]
    public async Task ProcessBatchAsync_EveryAttemptEndedWithoutAnOutcome_DeadLetteredWithoutRunningHandlers()
    {
        using var context = new InboxContext(options => options.MaxAttempts = 3);
        var id = await context.AcceptAsync(1);
        for (var crash = 0; crash < 3; crash++)
        {
            await context.Inbox.ClaimAsync(10, context.Options.LeaseDuration, "crashing-processor");
            context.Time.Advance(context.Options.LeaseDuration);
        }

        await context.Processor.ProcessBatchAsync();

        var deadLettered = await context.GetAsync(id);
        deadLettered.State.Should().Be(WebhookDeliveryState.DeadLettered);
        deadLettered.LastError.Should().Contain("without an outcome");
        context.Recorder.TotalRuns.Should().Be(0);
    }

    [Fact]
    public async Task ProcessBatchAsync_HandlerOutlastsTheLease_LeaseRenewedSoNoOtherProcessorTakesItOver()
    {
        using var context = new InboxContext(options => options.LeaseDuration = TimeSpan.FromSeconds(3));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Recorder.Behaviour = async (_, _, cancellationToken) =>
        {
            started.TrySetResult();
            await finish.Task.WaitAsync(cancellationToken);
        };
        var id = await context.AcceptAsync(1);

        var processing = context.Processor.ProcessBatchAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        for (var step = 0; step < 10; step++)
        {
            // Half a second at a time, 5 s in all: past the first lease, renewed every second.
            context.Time.Advance(TimeSpan.FromMilliseconds(500));
            var atLeast = context.Time.GetUtcNow() + TimeSpan.FromSeconds(1);
            await Eventually.TrueAsync(
                async () => (await context.GetAsync(id)).ClaimedUntil > atLeast,
                TimeSpan.FromSeconds(10),
                "the lease is renewed");
        }

        var other = context.CreateProcessor(instanceName: "other");
        (await other.ProcessBatchAsync()).Should().Be(0);
        finish.SetResult();
        await processing.WaitAsync(TimeSpan.FromSeconds(5));

        (await context.GetAsync(id)).State.Should().Be(WebhookDeliveryState.Done);
        context.Recorder.RunsOf(1).Should().Be(1);
    }

    [Fact]
    public async Task ProcessBatchAsync_MaxConcurrency_DispatchesThatManyAtOnce()
    {
        using var context = new InboxContext(options => options.MaxConcurrency = 4);
        var running = 0;
        var allRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Recorder.Behaviour = async (_, _, cancellationToken) =>
        {
            if (Interlocked.Increment(ref running) == 4)
            {
                allRunning.TrySetResult();
            }

            await allRunning.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        };
        for (var idCliente = 1; idCliente <= 8; idCliente++)
        {
            await context.AcceptAsync(idCliente);
        }

        (await context.Processor.ProcessBatchAsync()).Should().Be(8);

        context.Recorder.Completed.Should().Be(8);
        (await context.Inbox.CountAsync(WebhookDeliveryState.Done)).Should().Be(8);
    }

    [Fact]
    public async Task RunMaintenanceAsync_DoneOlderThanTheRetentionPeriod_Deleted()
    {
        using var context = new InboxContext(options => options.RetentionPeriod = TimeSpan.FromDays(1));
        var old = await context.AcceptAsync(1);
        await context.Processor.ProcessBatchAsync();
        context.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var recent = await context.AcceptAsync(2);
        await context.Processor.ProcessBatchAsync();

        await context.Processor.RunMaintenanceAsync(CancellationToken.None);

        (await context.Inbox.GetAsync(old)).Should().BeNull();
        (await context.Inbox.GetAsync(recent)).Should().NotBeNull();
        context.Logs.Collector.GetSnapshot().Should().Contain(record => record.Id.Id == 131);
    }

    [Fact]
    public async Task ProcessBatchAsync_Outcomes_CountedOnTheInboxMeter()
    {
        using var context = new InboxContext(options => options.MaxAttempts = 2);
        using var processed = Collect(context, "checkmob.webhook.inbox.processed");
        using var failed = Collect(context, "checkmob.webhook.inbox.failed");
        using var deadLettered = Collect(context, "checkmob.webhook.inbox.dead_lettered");
        using var rejected = Collect(context, "checkmob.webhook.inbox.rejected");
        using var latency = new MetricCollector<double>(
            context.MeterFactory, InboxMetrics.MeterName, "checkmob.webhook.inbox.processing.latency");
        using var depth = Collect(context, "checkmob.webhook.inbox.depth");
        context.Recorder.Behaviour = (idCliente, _, _) =>
            idCliente == 2 ? throw new ErpRejectedClientException("down") : Task.CompletedTask;
        await context.AcceptAsync(1);
        await context.AcceptAsync(2);
        await context.Inbox.AppendAsync(
            new WebhookInboxEntry(Bodies.WrongType, context.Time.GetUtcNow()), TimeSpan.Zero);

        await context.Processor.ProcessBatchAsync();
        context.Time.Advance(context.Options.MaxDelay);
        await context.Processor.ProcessBatchAsync();
        await context.Processor.RunMaintenanceAsync(CancellationToken.None);
        depth.RecordObservableInstruments();

        processed.GetMeasurementSnapshot().EvaluateAsCounter().Should().Be(1);
        failed.GetMeasurementSnapshot().EvaluateAsCounter().Should().Be(1);
        deadLettered.GetMeasurementSnapshot().EvaluateAsCounter().Should().Be(1);
        rejected.GetMeasurementSnapshot().EvaluateAsCounter().Should().Be(1);
        latency.GetMeasurementSnapshot().Should().ContainSingle();
        var gauge = depth.GetMeasurementSnapshot();
        gauge.Should().Contain(m => m.Tags[InboxMetrics.StateTag]!.Equals("dead_lettered") && m.Value == 1);
        gauge.Should().Contain(m => m.Tags[InboxMetrics.StateTag]!.Equals("pending") && m.Value == 0);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsArgumentExceptionNamingEveryProblem()
    {
        using var context = new InboxContext();
        var options = new WebhookInboxOptions { MaxAttempts = 0, BatchSize = 0 };

        var create = () => new WebhookInboxProcessor(context.Inbox, new WebhookProcessor(
            new WebhookParser(), new WebhookDispatcherBuilder().Build()), options);

        create.Should().Throw<ArgumentException>().WithParameterName("options")
            .Which.Message.Should().Contain(nameof(WebhookInboxOptions.MaxAttempts))
            .And.Contain(nameof(WebhookInboxOptions.BatchSize));
    }

    [Fact]
    public void Owner_NoInstanceName_MachineProcessAndASuffixUniquePerProcessor()
    {
        using var context = new InboxContext();

        var first = context.CreateProcessor();
        var second = context.CreateProcessor();

        first.Owner.Should().StartWith($"{Environment.MachineName}/{Environment.ProcessId}/");
        first.Owner.Should().NotBe(second.Owner);
        context.CreateProcessor(instanceName: "worker-1").Owner.Should().Be("worker-1");
    }

    private static MetricCollector<long> Collect(InboxContext context, string instrument)
        => new(context.MeterFactory, InboxMetrics.MeterName, instrument);
}
