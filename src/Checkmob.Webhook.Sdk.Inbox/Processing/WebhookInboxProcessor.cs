using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The inbox's processing loop: claims due deliveries, parses and dispatches each with an
/// <see cref="IWebhookProcessor"/>, and records the outcome: done, failed with a retry (exponential backoff with
/// jitter), dead-lettered after the last attempt, or rejected.
/// </summary>
/// <remarks>
/// <para>
/// <c>AddInbox</c> runs it as a hosted service. Without a host (a worker of your own, a queue consumer, a test),
/// call <see cref="RunAsync"/>, or <see cref="ProcessBatchAsync"/> whenever it suits you.
/// </para>
/// <para>
/// Deliveries are dispatched one at a time, lowest id (the order they were stored) first. A failed delivery waits
/// for its retry without holding back the ones after it; when its retry is due, it is claimed before anything
/// stored later. Several processors, in one process or several, can share one store: a delivery is claimed by one
/// processor at a time, under a lease that the processor renews while the handlers run.
/// </para>
/// <para>
/// Delivery is at least once: a processor that crashes after a handler succeeded, but before it recorded that,
/// leaves the delivery to be dispatched again when its lease expires. Handlers must be idempotent, as Checkmob's own
/// repeated notifications already require.
/// </para>
/// </remarks>
public sealed partial class WebhookInboxProcessor
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxStoreFailureDelay = TimeSpan.FromSeconds(30);

    private readonly IWebhookInbox _inbox;
    private readonly IWebhookProcessor _processor;
    private readonly WebhookInboxOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly InboxMetrics _metrics;
    private readonly InboxSignal? _signal;
    private DateTimeOffset _nextPurgeAt = DateTimeOffset.MinValue;
    private DateTimeOffset _nextDepthAt = DateTimeOffset.MinValue;
    private int _storeFailures;

    /// <summary>Creates a processor.</summary>
    /// <param name="inbox">Where deliveries are claimed and settled.</param>
    /// <param name="processor">Parses and dispatches each delivery.</param>
    /// <param name="options">
    /// Retries, leases, polling and retention; null for the defaults. Copied: later changes are ignored.
    /// </param>
    /// <param name="timeProvider">The clock of leases and retries; null for the system clock.</param>
    /// <param name="loggerFactory">Where the processor logs; null for no logging.</param>
    /// <param name="meterFactory">Creates the inbox's meter; null for a meter shared by the process.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inbox"/> or <paramref name="processor"/> is null.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not valid; the message lists every problem.
    /// </exception>
    public WebhookInboxProcessor(
        IWebhookInbox inbox,
        IWebhookProcessor processor,
        WebhookInboxOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        IMeterFactory? meterFactory = null)
        : this(inbox, processor, options, timeProvider, loggerFactory, InboxMetrics.For(meterFactory), signal: null)
    {
    }

    internal WebhookInboxProcessor(
        IWebhookInbox inbox,
        IWebhookProcessor processor,
        WebhookInboxOptions? options,
        TimeProvider? timeProvider,
        ILoggerFactory? loggerFactory,
        InboxMetrics metrics,
        InboxSignal? signal)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(processor);
        options ??= new WebhookInboxOptions();
        options.ThrowIfInvalid(nameof(options));

        _inbox = inbox;
        _processor = processor;
        _options = options.Clone();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory?.CreateLogger(Log.ProcessorCategory) ?? NullLogger.Instance;
        _metrics = metrics;
        _signal = signal;
        Owner = options.InstanceName
            ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>The name this processor claims deliveries under (<see cref="WebhookDelivery.ClaimedBy"/>).</summary>
    public string Owner { get; }

    /// <summary>
    /// Processes deliveries until <paramref name="cancellationToken"/> is cancelled: claims a batch, processes it,
    /// and waits <see cref="WebhookInboxOptions.PollInterval"/> whenever nothing was due. Deletes old done deliveries
    /// (<see cref="WebhookInboxOptions.RetentionPeriod"/>) once an hour.
    /// </summary>
    /// <param name="cancellationToken">Stops the loop. Handlers still running are cancelled, and the deliveries
    /// claimed but not finished are given back, to be processed again by the next processor.</param>
    /// <returns>A task that completes, without throwing, once the loop has stopped.</returns>
    /// <remarks>A failing store (a locked or missing file) is logged and tried again later; the loop goes on.</remarks>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Never block the caller (a host that is starting) on the first, synchronous, store operation.
        await Task.Yield();

        Log.ProcessorStarted(_logger, Owner);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var wake = _signal?.Arm();
                var claimed = await TryProcessBatchAsync(cancellationToken).ConfigureAwait(false);
                await RunMaintenanceAsync(cancellationToken).ConfigureAwait(false);
                if (claimed == 0)
                {
                    await WaitAsync(wake, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
        finally
        {
            Log.ProcessorStopped(_logger, Owner);
        }
    }

    /// <summary>
    /// Claims up to <see cref="WebhookInboxOptions.BatchSize"/> due deliveries and processes them, recording each
    /// outcome.
    /// </summary>
    /// <param name="cancellationToken">Cancels the running handlers; deliveries not finished are given back.</param>
    /// <returns>How many deliveries were claimed; 0 when nothing was due.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// A handler's failure is recorded, never thrown. Only the store's own exceptions, when claiming, propagate.
    /// </remarks>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var claims = await _inbox.ClaimAsync(_options.BatchSize, _options.LeaseDuration, Owner, cancellationToken)
            .ConfigureAwait(false);
        if (_options.MaxConcurrency == 1 || claims.Count <= 1)
        {
            foreach (var claim in claims)
            {
                await ProcessClaimAsync(claim, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            // Every claim is handed to the body, even after cancellation, so each one is settled or given back.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency };
            await Parallel.ForEachAsync(
                    claims, parallel, (claim, _) => new ValueTask(ProcessClaimAsync(claim, cancellationToken)))
                .ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return claims.Count;
    }

    private async Task<int> TryProcessBatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            var claimed = await ProcessBatchAsync(cancellationToken).ConfigureAwait(false);
            _storeFailures = 0;
            return claimed;
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            Log.InboxOperationFailed(_logger, "claim deliveries", ex);
            _storeFailures = Math.Min(_storeFailures + 1, 16);
            return 0;
        }
    }

    private async Task WaitAsync(Task? wake, CancellationToken cancellationToken)
    {
        var delay = _options.PollInterval;
        if (_storeFailures > 0)
        {
            // A store that keeps failing is tried less and less often, so that its errors do not flood the log.
            var backedOff = delay.Ticks * Math.Pow(2, _storeFailures - 1);
            delay = TimeSpan.FromTicks((long)Math.Min(backedOff, Math.Max(delay.Ticks, MaxStoreFailureDelay.Ticks)));
            wake = null;
        }

        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sleeping = Task.Delay(delay, _timeProvider, stopDelay.Token);
        await (wake is null ? sleeping : Task.WhenAny(sleeping, wake))
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await stopDelay.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Deletes old done deliveries once per <see cref="PurgeInterval"/>; refreshes the depth gauge.</summary>
    internal async Task RunMaintenanceAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (_options.RetentionPeriod is { } retention && now >= _nextPurgeAt)
        {
            _nextPurgeAt = now + PurgeInterval;
            try
            {
                var purged = await _inbox.PurgeAsync(now - retention, cancellationToken).ConfigureAwait(false);
                if (purged > 0)
                {
                    Log.DeliveriesPurged(_logger, purged, retention);
                }
            }
            catch (Exception ex) when (IsFailure(ex, cancellationToken))
            {
                Log.InboxOperationFailed(_logger, "delete old done deliveries", ex);
            }
        }

        if (now >= _nextDepthAt)
        {
            _nextDepthAt = now + _options.PollInterval;
            await RefreshDepthAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshDepthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pending = await _inbox.CountAsync(WebhookDeliveryState.Pending, cancellationToken)
                .ConfigureAwait(false);
            var processing = await _inbox.CountAsync(WebhookDeliveryState.Processing, cancellationToken)
                .ConfigureAwait(false);
            var failed = await _inbox.CountAsync(WebhookDeliveryState.Failed, cancellationToken).ConfigureAwait(false);
            var deadLettered = await _inbox.CountAsync(WebhookDeliveryState.DeadLettered, cancellationToken)
                .ConfigureAwait(false);
            _metrics.SetDepth(pending, processing, failed, deadLettered);
        }
        catch (Exception ex) when (IsFailure(ex, cancellationToken))
        {
            Log.InboxOperationFailed(_logger, "count deliveries", ex);
        }
    }

    /// <summary>Whether an exception is a failure to log, rather than the caller's cancellation.</summary>
    private static bool IsFailure(Exception exception, CancellationToken cancellationToken)
        => exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;
}
