namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Durable storage of raw webhook deliveries and of their processing state: what a receiver appends before it
/// answers, what <see cref="WebhookInboxProcessor"/> claims and settles, and what an operator lists and replays.
/// </summary>
/// <remarks>
/// <para>
/// Checkmob.Webhook.Sdk.Inbox.Sqlite implements it over one SQLite file. An implementation is shared by every
/// thread of a process and, when its storage is shared, by several processes: each method is atomic on its own.
/// </para>
/// <para>
/// Claims carry a lease. A claimed delivery is <see cref="WebhookDeliveryState.Processing"/> until its holder
/// settles it (complete, fail, dead-letter, reject or release); when the lease expires first, another claim may take
/// it over, and from then on only the new claim can settle it. Every settling method returns false, and changes
/// nothing, when the claim it is given is no longer the delivery's current claim.
/// </para>
/// </remarks>
public interface IWebhookInbox
{
    /// <summary>
    /// Stores a delivery, unless an identical body (same SHA-256) was stored within <paramref name="duplicateWindow"/>
    /// before it; then only counts the duplicate on the stored one.
    /// </summary>
    /// <param name="entry">The body and its metadata.</param>
    /// <param name="duplicateWindow">How far back to look for an identical body; zero stores every delivery.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The stored delivery's id, and whether it was a duplicate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duplicateWindow"/> is negative.</exception>
    Task<WebhookInboxAppendResult> AppendAsync(
        WebhookInboxEntry entry, TimeSpan duplicateWindow, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="maxCount"/> deliveries that are due, lowest id first: pending ones, failed ones
    /// whose next attempt is due, and claimed ones whose lease has expired. Each claim counts an attempt.
    /// </summary>
    /// <param name="maxCount">The most deliveries to claim; at least 1.</param>
    /// <param name="lease">How long the claims last unless renewed or settled.</param>
    /// <param name="owner">Names the processor that claims, in <see cref="WebhookDelivery.ClaimedBy"/>.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claims, in id order; empty when nothing is due.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="maxCount"/> or <paramref name="lease"/> is not positive.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is null or empty.</exception>
    Task<IReadOnlyList<WebhookDeliveryClaim>> ClaimAsync(
        int maxCount, TimeSpan lease, string owner, CancellationToken cancellationToken = default);

    /// <summary>Extends a claim's lease to <paramref name="lease"/> from now, if the claim is still current.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="lease">The new lease, from now.</param>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    /// <returns>Whether the claim is still current and was renewed.</returns>
    Task<bool> RenewAsync(WebhookDeliveryClaim claim, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed delivery <see cref="WebhookDeliveryState.Done"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>Whether the claim was current and the delivery is now done.</returns>
    Task<bool> CompleteAsync(WebhookDeliveryClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed delivery <see cref="WebhookDeliveryState.Failed"/>, with its retry's time.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reason">Why the attempt failed; never a payload value.</param>
    /// <param name="nextAttemptAt">When the delivery may be claimed again.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>Whether the claim was current and the failure recorded.</returns>
    Task<bool> FailAsync(
        WebhookDeliveryClaim claim,
        string reason,
        DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed delivery <see cref="WebhookDeliveryState.DeadLettered"/>: no more attempts.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reason">Why the last attempt failed; never a payload value.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>Whether the claim was current and the delivery is now dead-lettered.</returns>
    Task<bool> DeadLetterAsync(
        WebhookDeliveryClaim claim, string reason, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed delivery <see cref="WebhookDeliveryState.Rejected"/>: not a valid webhook.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="reason">Why the body was rejected; never a payload value.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>Whether the claim was current and the delivery is now rejected.</returns>
    Task<bool> RejectAsync(WebhookDeliveryClaim claim, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a claim back unfinished (at shutdown): the delivery is <see cref="WebhookDeliveryState.Pending"/> again
    /// at once, and the attempt is not counted.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>Whether the claim was current and was given back.</returns>
    Task<bool> ReleaseAsync(WebhookDeliveryClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Reads one delivery, body included.</summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The delivery; null when there is none with that id.</returns>
    Task<WebhookDelivery?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of deliveries, in id order.</summary>
    /// <param name="query">The filter and the page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <see cref="WebhookDeliveryQuery.Limit"/> deliveries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The query's limit is out of range.</exception>
    Task<IReadOnlyList<WebhookDelivery>> ListAsync(
        WebhookDeliveryQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts the deliveries in one state.</summary>
    /// <param name="state">The state.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>How many deliveries are in <paramref name="state"/>.</returns>
    Task<long> CountAsync(WebhookDeliveryState state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a finished or failed delivery (done, failed, dead-lettered or rejected) pending again, due at once, with
    /// its attempts back to zero. Its last error is kept until the next attempt ends.
    /// </summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>
    /// Whether the delivery was replayed; false when there is none with that id, or it is pending or claimed.
    /// </returns>
    Task<bool> ReplayAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes one delivery (to honour a data subject's erasure request, say), unless a live claim holds it.
    /// </summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>Whether a delivery was deleted.</returns>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Deletes the <see cref="WebhookDeliveryState.Done"/> deliveries finished before a given time.</summary>
    /// <param name="finishedBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the purge; what was deleted before stays deleted.</param>
    /// <returns>How many deliveries were deleted.</returns>
    Task<long> PurgeAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default);
}
