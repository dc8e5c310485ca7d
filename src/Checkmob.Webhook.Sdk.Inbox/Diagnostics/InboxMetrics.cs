using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The inbox's instruments, on the meter <see cref="MeterName"/>: counters of deliveries received, processed,
/// failed, dead-lettered and rejected; the inbox depth by state; attempt durations and processing latency.
/// </summary>
internal sealed class InboxMetrics
{
    /// <summary>The name of the inbox's meter.</summary>
    public const string MeterName = "Checkmob.Webhook.Sdk.Inbox";

    public const string OutcomeTag = "checkmob.webhook.inbox.outcome";

    public const string StateTag = "checkmob.webhook.inbox.state";

    private static readonly Lazy<InboxMetrics> _shared = new(() => new InboxMetrics(null));
    private static readonly ConditionalWeakTable<IMeterFactory, InboxMetrics> _perFactory = [];

    private readonly Counter<long> _received;
    private readonly Counter<long> _processed;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _attemptDuration;
    private readonly Histogram<double> _latency;
    private DepthSnapshot? _depth;

    private InboxMetrics(IMeterFactory? meterFactory)
    {
        // A factory's meter is disposed with the factory (the container); without one, one static meter serves all.
        var meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _received = meter.CreateCounter<long>(
            "checkmob.webhook.inbox.received",
            "{delivery}",
            "Deliveries accepted, by outcome: stored, duplicate, rejected.");
        _processed = meter.CreateCounter<long>(
            "checkmob.webhook.inbox.processed",
            "{delivery}",
            "Deliveries processed: parsed, and every handler succeeded.");
        _failed = meter.CreateCounter<long>(
            "checkmob.webhook.inbox.failed", "{attempt}", "Attempts that failed and were scheduled for a retry.");
        _deadLettered = meter.CreateCounter<long>(
            "checkmob.webhook.inbox.dead_lettered", "{delivery}", "Deliveries dead-lettered after their last attempt.");
        _rejected = meter.CreateCounter<long>(
            "checkmob.webhook.inbox.rejected", "{delivery}", "Stored deliveries the parser rejected when processed.");
        _attemptDuration = meter.CreateHistogram<double>(
            "checkmob.webhook.inbox.attempt.duration",
            "s",
            "How long one attempt (parse and dispatch) took, by outcome.");
        _latency = meter.CreateHistogram<double>(
            "checkmob.webhook.inbox.processing.latency",
            "s",
            "From receipt to the end of successful processing, retries included.");
        meter.CreateObservableGauge("checkmob.webhook.inbox.depth", ObserveDepth, "{delivery}",
            "Deliveries by state: pending, processing, failed (awaiting a retry), dead_lettered.");
    }

    /// <summary>
    /// The instruments of one meter factory (one set per factory, as the factory hands out one meter per name), or
    /// the process's shared ones without a factory.
    /// </summary>
    public static InboxMetrics For(IMeterFactory? meterFactory)
        => meterFactory is null
            ? _shared.Value
            : _perFactory.GetValue(meterFactory, factory => new InboxMetrics(factory));

    public void Received(WebhookInboxAcceptStatus status)
        => _received.Add(1, new KeyValuePair<string, object?>(OutcomeTag, status switch
        {
            WebhookInboxAcceptStatus.Stored => "stored",
            WebhookInboxAcceptStatus.Duplicate => "duplicate",
            _ => "rejected",
        }));

    public void Processed(TimeSpan latency)
    {
        _processed.Add(1);
        _latency.Record(Math.Max(0, latency.TotalSeconds));
    }

    public void Failed() => _failed.Add(1);

    public void DeadLettered() => _deadLettered.Add(1);

    public void Rejected() => _rejected.Add(1);

    public void AttemptEnded(string outcome, TimeSpan duration)
        => _attemptDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(OutcomeTag, outcome));

    /// <summary>Keeps the depth the processor counted last, for the gauge to report.</summary>
    public void SetDepth(long pending, long processing, long failed, long deadLettered)
        => Volatile.Write(ref _depth, new DepthSnapshot(pending, processing, failed, deadLettered));

    private IEnumerable<Measurement<long>> ObserveDepth()
    {
        if (Volatile.Read(ref _depth) is not { } depth)
        {
            return [];
        }

        return
        [
            new(depth.Pending, new KeyValuePair<string, object?>(StateTag, "pending")),
            new(depth.Processing, new KeyValuePair<string, object?>(StateTag, "processing")),
            new(depth.Failed, new KeyValuePair<string, object?>(StateTag, "failed")),
            new(depth.DeadLettered, new KeyValuePair<string, object?>(StateTag, "dead_lettered")),
        ];
    }

    private sealed record DepthSnapshot(long Pending, long Processing, long Failed, long DeadLettered);
}
