namespace Checkmob.Webhook.Sdk.Inbox.Tests.Processing;

/// <summary>Processors and writers running at once over one SQLite file, on the real clock.</summary>
public sealed class WebhookInboxProcessorConcurrencyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_TwoProcessorsOnOneFile_NeverRunOneDeliveryTwice()
    {
        const int Count = 200;
        using var context = new InboxContext(Configure, TimeProvider.System);
        var inFlight = 0;
        var bothBusy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Recorder.Behaviour = async (_, _, cancellationToken) =>
        {
            // The first deliveries wait until two run at once, so both processors are surely busy together.
            if (Interlocked.Increment(ref inFlight) >= 2)
            {
                bothBusy.TrySetResult();
            }

            try
            {
                await bothBusy.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        };
        for (var idCliente = 1; idCliente <= Count; idCliente++)
        {
            await context.AcceptAsync(idCliente);
        }

        // Two inboxes with separate connection pools: two receiver instances sharing the file, as far as SQLite goes.
        var first = context.CreateProcessor(instanceName: "instance-a");
        var second = context.CreateProcessor(
            context.File.Open(context.Clock, busyTimeout: TimeSpan.FromSeconds(11)), instanceName: "instance-b");
        using var stop = new CancellationTokenSource();
        var running = Task.WhenAll(first.RunAsync(stop.Token), second.RunAsync(stop.Token));

        await Eventually.TrueAsync(
            async () => await context.Inbox.CountAsync(WebhookDeliveryState.Done) == Count,
            Bound,
            "every delivery is done");
        await stop.CancelAsync();
        await running.WaitAsync(Bound);

        context.Recorder.Runs.Should().HaveCount(Count).And.OnlyContain(runs => runs.Value == 1);
        context.Recorder.Overlaps.Should().Be(0);
        bothBusy.Task.IsCompletedSuccessfully.Should().BeTrue("each processor dispatches one delivery at a time");
        var done = await context.Inbox.ListAsync(new WebhookDeliveryQuery { Limit = Count });
        done.Select(delivery => delivery.ClaimedBy).Distinct().Should().BeEquivalentTo(["instance-a", "instance-b"]);
    }

    [Fact]
    public async Task RunAsync_ThousandDeliveriesAcceptedFromEightThreads_EachProcessedExactlyOnce()
    {
        const int Threads = 8;
        const int PerThread = 125;
        using var context = new InboxContext(Configure, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var running = context.Processor.RunAsync(stop.Token);

        var writers = Enumerable.Range(0, Threads).Select(thread => Task.Run(async () =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var result = await context.Writer.AcceptAsync(Bodies.Cliente((thread * PerThread) + i + 1));
                result.Status.Should().Be(WebhookInboxAcceptStatus.Stored);
            }
        }));
        await Task.WhenAll(writers).WaitAsync(Bound);
        await Eventually.TrueAsync(
            async () => await context.Inbox.CountAsync(WebhookDeliveryState.Done) == Threads * PerThread,
            Bound,
            "every delivery is done");
        await stop.CancelAsync();
        await running.WaitAsync(Bound);

        context.Recorder.Runs.Should().HaveCount(Threads * PerThread).And.OnlyContain(runs => runs.Value == 1);
        context.Recorder.Runs.Keys.Should()
            .BeEquivalentTo(Enumerable.Range(1, Threads * PerThread).Select(idCliente => (long)idCliente));
        (await context.Inbox.CountAsync(WebhookDeliveryState.Pending)).Should().Be(0);
        (await context.Inbox.CountAsync(WebhookDeliveryState.Processing)).Should().Be(0);
    }

    private static void Configure(WebhookInboxOptions options)
    {
        options.BatchSize = 25;
        options.LeaseDuration = TimeSpan.FromSeconds(10);
        options.PollInterval = TimeSpan.FromMilliseconds(5);
    }
}
