using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk;

/// <summary>One claimed delivery: its attempt, the lease kept alive while it runs, and the outcome recorded.</summary>
public sealed partial class WebhookInboxProcessor
{
    private async Task ProcessClaimAsync(WebhookDeliveryClaim claim, CancellationToken stoppingToken)
    {
        var delivery = claim.Delivery;
        if (stoppingToken.IsCancellationRequested)
        {
            await SettleAsync(claim, Outcome.Stopped).ConfigureAwait(false);
            return;
        }

        if (delivery.Attempts > _options.MaxAttempts)
        {
            // Attempts that ended without an outcome (a crash, a kill) count too, or a delivery that crashes its
            // processor would be claimed for ever.
            var abandoned = Outcome.Failed(DeliveryErrors.Abandoned(delivery.Attempts - 1));
            await SettleAsync(claim, abandoned).ConfigureAwait(false);
            return;
        }

        // A claim that waited behind others of its batch for more than a third of its lease gets a full lease
        // first, unless another processor took it over meanwhile.
        var lease = _options.LeaseDuration;
        var leaseEnd = claim.LeaseExpiresAt;
        if (_timeProvider.GetUtcNow() + lease - (lease / 3) > leaseEnd)
        {
            if (!await TryRenewAsync(claim, stoppingToken).ConfigureAwait(false))
            {
                return;
            }

            leaseEnd = _timeProvider.GetUtcNow() + lease;
        }

        var outcome = await AttemptAsync(claim, leaseEnd, stoppingToken).ConfigureAwait(false);
        await SettleAsync(claim, outcome).ConfigureAwait(false);
    }

    private async Task<bool> TryRenewAsync(WebhookDeliveryClaim claim, CancellationToken stoppingToken)
    {
        try
        {
            if (await _inbox.RenewAsync(claim, _options.LeaseDuration, stoppingToken).ConfigureAwait(false))
            {
                return true;
            }

            Log.ClaimLost(_logger, Owner, claim.Delivery.Id);
            return false;
        }
        catch (Exception ex) when (IsFailure(ex, stoppingToken))
        {
            // The claim stays ours until its lease expires; then it is claimed again, by this or another processor.
            Log.InboxOperationFailed(_logger, "renew a claim", ex);
            return false;
        }
        catch (OperationCanceledException)
        {
            await SettleAsync(claim, Outcome.Stopped).ConfigureAwait(false);
            return false;
        }
    }

    private async Task<Outcome> AttemptAsync(
        WebhookDeliveryClaim claim, DateTimeOffset leaseEnd, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _timeProvider);
        using var leaseLost = new CancellationTokenSource();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(
            stoppingToken, timeout.Token, leaseLost.Token);
        using var stopKeepingLease = new CancellationTokenSource();
        var keepingLease = KeepLeaseAsync(claim, leaseEnd, leaseLost, stopKeepingLease.Token);
        var started = _timeProvider.GetTimestamp();
        Outcome outcome;
        try
        {
            var result = await _processor.ProcessAsync(claim.Delivery.Body, attempt.Token).ConfigureAwait(false);
            outcome = result.Status switch
            {
                WebhookProcessingStatus.Processed => Outcome.Processed,
                WebhookProcessingStatus.Rejected => Outcome.Rejected(result.ParseError!),
                _ => Outcome.Failed(DeliveryErrors.HandlersFailed(result.DispatchError!)),
            };
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            outcome = Outcome.Stopped;
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            outcome = Outcome.Lost;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            outcome = Outcome.Failed(DeliveryErrors.TimedOut(_options.AttemptTimeout));
        }
#pragma warning disable CA1031 // Whatever processing throws is recorded as a failed attempt; the loop goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Only the type: an exception's message may quote payload values.
            Log.ProcessingThrew(_logger, claim.Delivery.Id, DeliveryErrors.TypeName(ex));
            outcome = Outcome.Failed(DeliveryErrors.Threw(ex));
        }
        finally
        {
            await stopKeepingLease.CancelAsync().ConfigureAwait(false);
            await keepingLease.ConfigureAwait(false);
        }

        _metrics.AttemptEnded(outcome.MetricName, _timeProvider.GetElapsedTime(started));
        return outcome;
    }

    /// <summary>
    /// Renews the lease every third of <see cref="WebhookInboxOptions.LeaseDuration"/> while the attempt runs, and
    /// cancels the attempt once the claim is lost: taken over, or not renewed before its lease ran out.
    /// </summary>
    private async Task KeepLeaseAsync(
        WebhookDeliveryClaim claim, DateTimeOffset leaseEnd, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        var lease = _options.LeaseDuration;
        var interval = lease / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, _timeProvider, stop).ConfigureAwait(false);
                bool renewed;
                try
                {
                    renewed = await _inbox.RenewAsync(claim, lease, stop).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.InboxOperationFailed(_logger, "renew a claim", ex);
                    renewed = false;
                    if (_timeProvider.GetUtcNow() + interval < leaseEnd)
                    {
                        continue;
                    }
                }

                if (!renewed)
                {
                    Log.ClaimLost(_logger, Owner, claim.Delivery.Id);
                    await leaseLost.CancelAsync().ConfigureAwait(false);
                    return;
                }

                leaseEnd = _timeProvider.GetUtcNow() + lease;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The attempt ended.
        }
    }

    private async Task SettleAsync(WebhookDeliveryClaim claim, Outcome outcome)
    {
        // The outcome is recorded even while stopping: store operations are short, and losing a finished outcome
        // would run the handlers again.
        var delivery = claim.Delivery;
        try
        {
            switch (outcome.Kind)
            {
                case OutcomeKind.Processed:
                    await CompleteAsync(claim).ConfigureAwait(false);
                    break;
                case OutcomeKind.Rejected:
                    await RejectAsync(claim, outcome.ParseError!).ConfigureAwait(false);
                    break;
                case OutcomeKind.Failed when delivery.Attempts >= _options.MaxAttempts:
                    await DeadLetterAsync(claim, outcome.Error!).ConfigureAwait(false);
                    break;
                case OutcomeKind.Failed:
                    await FailAsync(claim, outcome.Error!).ConfigureAwait(false);
                    break;
                case OutcomeKind.Stopped:
                    if (await _inbox.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false))
                    {
                        Log.ClaimReleased(_logger, delivery.Id);
                    }

                    break;
                default:
                    Log.ClaimLost(_logger, Owner, delivery.Id);
                    break;
            }
        }
#pragma warning disable CA1031 // A store failure is logged; the lease expires and the delivery is claimed again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.InboxOperationFailed(_logger, "record the outcome of an attempt", ex);
        }
    }

    private async Task CompleteAsync(WebhookDeliveryClaim claim)
    {
        var delivery = claim.Delivery;
        if (!await _inbox.CompleteAsync(claim, CancellationToken.None).ConfigureAwait(false))
        {
            Log.ClaimLost(_logger, Owner, delivery.Id);
            return;
        }

        _metrics.Processed(_timeProvider.GetUtcNow() - delivery.ReceivedAt);
        Log.DeliveryProcessed(_logger, delivery.Id, delivery.Attempts);
    }

    private async Task RejectAsync(WebhookDeliveryClaim claim, WebhookParseException parseError)
    {
        var delivery = claim.Delivery;
        var reason = DeliveryErrors.Rejected(parseError);
        if (!await _inbox.RejectAsync(claim, reason, CancellationToken.None).ConfigureAwait(false))
        {
            Log.ClaimLost(_logger, Owner, delivery.Id);
            return;
        }

        _metrics.Rejected();
        Log.DeliveryRejected(_logger, delivery.Id, parseError.Kind, parseError.Path);
    }

    private async Task DeadLetterAsync(WebhookDeliveryClaim claim, string error)
    {
        var delivery = claim.Delivery;
        if (!await _inbox.DeadLetterAsync(claim, error, CancellationToken.None).ConfigureAwait(false))
        {
            Log.ClaimLost(_logger, Owner, delivery.Id);
            return;
        }

        _metrics.DeadLettered();
        Log.DeliveryDeadLettered(_logger, delivery.Id, delivery.Attempts, error);
    }

    private async Task FailAsync(WebhookDeliveryClaim claim, string error)
    {
        var delivery = claim.Delivery;
        var delay = RetryBackoff.Delay(
            delivery.Attempts, _options.BaseDelay, _options.MaxDelay, Random.Shared.NextDouble());
        var nextAttemptAt = _timeProvider.GetUtcNow() + delay;
        if (!await _inbox.FailAsync(claim, error, nextAttemptAt, CancellationToken.None).ConfigureAwait(false))
        {
            Log.ClaimLost(_logger, Owner, delivery.Id);
            return;
        }

        _metrics.Failed();
        Log.DeliveryRetryScheduled(_logger, delivery.Id, delivery.Attempts, _options.MaxAttempts, error, nextAttemptAt);
    }

    private enum OutcomeKind
    {
        Processed,
        Rejected,
        Failed,
        Stopped,
        Lost,
    }

    /// <summary>How one attempt ended; what <see cref="SettleAsync"/> records.</summary>
    private readonly record struct Outcome(OutcomeKind Kind, string? Error, WebhookParseException? ParseError)
    {
        public static Outcome Processed => new(OutcomeKind.Processed, null, null);

        public static Outcome Stopped => new(OutcomeKind.Stopped, null, null);

        public static Outcome Lost => new(OutcomeKind.Lost, null, null);

        public string MetricName => Kind switch
        {
            OutcomeKind.Processed => "processed",
            OutcomeKind.Rejected => "rejected",
            OutcomeKind.Failed => "failed",
            OutcomeKind.Stopped => "stopped",
            _ => "lost",
        };

        public static Outcome Rejected(WebhookParseException parseError) => new(OutcomeKind.Rejected, null, parseError);

        public static Outcome Failed(string error) => new(OutcomeKind.Failed, error, null);
    }
}
