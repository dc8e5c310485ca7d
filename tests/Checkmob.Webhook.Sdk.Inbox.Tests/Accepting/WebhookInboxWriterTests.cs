using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Checkmob.Webhook.Sdk.Inbox.Tests.Accepting;

public sealed class WebhookInboxWriterTests
{
    [Fact]
    public async Task AcceptAsync_ValidBody_StoredPendingWithItsMetadataAndHash()
    {
        using var context = new InboxContext();
        var body = Bodies.Cliente(1);
        var metadata = new WebhookDeliveryMetadata { RemoteAddress = "203.0.113.7", ContentType = "application/json" };

        var result = await context.Writer.AcceptAsync(body, metadata);

        result.Status.Should().Be(WebhookInboxAcceptStatus.Stored);
        result.Accepted.Should().BeTrue();
        result.ParseError.Should().BeNull();
        var stored = await context.GetAsync(result.DeliveryId);
        stored.State.Should().Be(WebhookDeliveryState.Pending);
        stored.ReceivedAt.Should().Be(InboxContext.Start);
        stored.RemoteAddress.Should().Be("203.0.113.7");
        stored.ContentType.Should().Be("application/json");
        stored.BodySha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(body)));
        stored.Body.ToArray().Should().Equal(body);
    }

    [Fact]
    public async Task AcceptAsync_ReceivedAtGiven_KeptInsteadOfTheClock()
    {
        using var context = new InboxContext();
        var receivedAt = InboxContext.Start - TimeSpan.FromSeconds(3);

        var result = await context.Writer.AcceptAsync(
            Bodies.Cliente(1), new WebhookDeliveryMetadata { ReceivedAt = receivedAt });

        (await context.GetAsync(result.DeliveryId)).ReceivedAt.Should().Be(receivedAt);
    }

    [Fact]
    public async Task AcceptAsync_BodyTheParserRejects_KeptAsRejectedWithTheReasonAndNeverDispatched()
    {
        using var context = new InboxContext();

        var result = await context.Writer.AcceptAsync(Bodies.WrongType);

        result.Status.Should().Be(WebhookInboxAcceptStatus.Rejected);
        result.Accepted.Should().BeFalse();
        result.ParseError!.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        result.ParseError.Path.Should().Be("$.Data[0].IdCliente");
        var stored = await context.GetAsync(result.DeliveryId);
        stored.State.Should().Be(WebhookDeliveryState.Rejected);
        stored.LastError.Should().StartWith("Rejected: InvalidValue at $.Data[0].IdCliente.");
        stored.Body.ToArray().Should().Equal(Bodies.WrongType);
        (await context.Processor.ProcessBatchAsync()).Should().Be(0);
        context.Recorder.TotalRuns.Should().Be(0);
    }

    [Theory]
    [InlineData("", WebhookParseErrorKind.EmptyBody)]
    [InlineData("<xml/>", WebhookParseErrorKind.InvalidJson)]
    public async Task AcceptAsync_NotAWebhook_KeptAsRejected(string body, WebhookParseErrorKind kind)
    {
        using var context = new InboxContext();

        var result = await context.Writer.AcceptAsync(System.Text.Encoding.UTF8.GetBytes(body));

        result.ParseError!.Kind.Should().Be(kind);
        (await context.GetAsync(result.DeliveryId)).State.Should().Be(WebhookDeliveryState.Rejected);
    }

    [Fact]
    public async Task AcceptAsync_RejectedBody_LogsKindAndPathButNoPayloadValue()
    {
        using var context = new InboxContext();
        var body = Bodies.Cliente(1);
        body[^2] = (byte)','; // the documented payload, with its closing brace broken

        await context.Writer.AcceptAsync(body);

        var record = context.Logs.Collector.GetSnapshot().Should().ContainSingle(record => record.Id.Id == 103).Which;
        record.Message.Should().Contain(nameof(WebhookParseErrorKind.InvalidJson));
        record.Message.Should().NotContain(Bodies.DocumentedCpf).And.NotContain(Bodies.DocumentedRua);
    }

    [Fact]
    public async Task AcceptAsync_SameRejectedBodyTwice_StoredOnceAndTheSecondLoggedAsADuplicate()
    {
        using var context = new InboxContext();
        var first = await context.Writer.AcceptAsync(Bodies.WrongType);

        var second = await context.Writer.AcceptAsync(Bodies.WrongType);

        second.Status.Should().Be(WebhookInboxAcceptStatus.Rejected);
        second.DeliveryId.Should().Be(first.DeliveryId);
        var records = context.Logs.Collector.GetSnapshot();
        records.Should().ContainSingle(record => record.Id.Id == 103, "the body was stored as rejected once");
        records.Should().ContainSingle(record => record.Id.Id == 102);
    }

    [Fact]
    public async Task AcceptAsync_SameBodyTwiceWithinTheWindow_DuplicateOfTheFirstAndProcessedOnce()
    {
        using var context = new InboxContext();
        var first = await context.Writer.AcceptAsync(Bodies.Cliente(1));
        context.Time.Advance(TimeSpan.FromMinutes(59));

        var second = await context.Writer.AcceptAsync(Bodies.Cliente(1));
        await context.Processor.ProcessBatchAsync();

        second.Status.Should().Be(WebhookInboxAcceptStatus.Duplicate);
        second.Accepted.Should().BeTrue();
        second.DeliveryId.Should().Be(first.DeliveryId);
        context.Recorder.RunsOf(1).Should().Be(1);
        (await context.GetAsync(first.DeliveryId)).DuplicateCount.Should().Be(1);
    }

    [Fact]
    public async Task AcceptAsync_DuplicateOfADeliveryAlreadyDone_NotProcessedAgain()
    {
        using var context = new InboxContext();
        await context.AcceptAsync(1);
        await context.Processor.ProcessBatchAsync();

        var again = await context.Writer.AcceptAsync(Bodies.Cliente(1));
        await context.Processor.ProcessBatchAsync();

        again.Status.Should().Be(WebhookInboxAcceptStatus.Duplicate);
        context.Recorder.RunsOf(1).Should().Be(1);
    }

    [Fact]
    public async Task AcceptAsync_SameBodyAfterTheWindow_StoredAndProcessedAgain()
    {
        using var context = new InboxContext();
        var first = await context.Writer.AcceptAsync(Bodies.Cliente(1));
        await context.Processor.ProcessBatchAsync();
        context.Time.Advance(context.Options.DuplicateWindow + TimeSpan.FromSeconds(1));

        var second = await context.Writer.AcceptAsync(Bodies.Cliente(1));
        await context.Processor.ProcessBatchAsync();

        second.Status.Should().Be(WebhookInboxAcceptStatus.Stored);
        second.DeliveryId.Should().NotBe(first.DeliveryId);
        context.Recorder.RunsOf(1).Should().Be(2);
    }

    [Fact]
    public async Task AcceptAsync_NoDuplicateWindow_EveryCopyStoredAndProcessed()
    {
        using var context = new InboxContext(options =>
        {
            options.DuplicateWindow = TimeSpan.Zero;
        });

        await context.AcceptAsync(1);
        await context.AcceptAsync(1);
        await context.Processor.ProcessBatchAsync();

        context.Recorder.RunsOf(1).Should().Be(2);
    }

    [Fact]
    public async Task AcceptAsync_Outcomes_CountedByOutcome()
    {
        using var context = new InboxContext();
        using var received = new MetricCollector<long>(
            context.MeterFactory, InboxMetrics.MeterName, "checkmob.webhook.inbox.received");

        await context.Writer.AcceptAsync(Bodies.Cliente(1));
        await context.Writer.AcceptAsync(Bodies.Cliente(1));
        await context.Writer.AcceptAsync(Bodies.WrongType);

        received.GetMeasurementSnapshot().Select(measurement => measurement.Tags[InboxMetrics.OutcomeTag])
            .Should().Equal("stored", "duplicate", "rejected");
    }

    [Fact]
    public async Task AcceptAsync_Cancelled_ThrowsAndStoresNothing()
    {
        using var context = new InboxContext();

        var accept = () => context.Writer.AcceptAsync(
            Bodies.Cliente(1), cancellationToken: new CancellationToken(canceled: true));

        await accept.Should().ThrowAsync<OperationCanceledException>();
        (await context.Inbox.CountAsync(WebhookDeliveryState.Pending)).Should().Be(0);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsArgumentExceptionNamingTheOption()
    {
        using var context = new InboxContext();

        var create = () => new WebhookInboxWriter(
            context.Inbox, new WebhookParser(), new WebhookInboxOptions { DuplicateWindow = TimeSpan.FromSeconds(-1) });

        create.Should().Throw<ArgumentException>().WithParameterName("options")
            .Which.Message.Should().Contain(nameof(WebhookInboxOptions.DuplicateWindow));
    }
}
