namespace Checkmob.Webhook.Sdk;

/// <summary>One delivery as an <see cref="IWebhookInbox"/> holds it: raw body, metadata and progress.</summary>
/// <remarks>
/// <see cref="Body"/> is the request body exactly as it arrived, personal data included: log
/// <see cref="Id"/>, never the body. <see cref="LastError"/> never holds a payload value.
/// </remarks>
public sealed class WebhookDelivery
{
    /// <summary>The inbox's id of the delivery; ids grow in the order deliveries were stored.</summary>
    public required long Id { get; init; }

    /// <summary>When the receiver got the delivery.</summary>
    /// <remarks>The SQLite inbox keeps milliseconds; finer digits are dropped.</remarks>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The address the delivery came from, as the receiver saw it; null when unknown.</summary>
    public string? RemoteAddress { get; init; }

    /// <summary>The request's <c>Content-Type</c>; null when unknown.</summary>
    public string? ContentType { get; init; }

    /// <summary>The SHA-256 of the body, as 64 lowercase hexadecimal digits.</summary>
    public required string BodySha256 { get; init; }

    /// <summary>The raw body; empty when not asked for (see <see cref="WebhookDeliveryQuery.IncludeBody"/>).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The length of the body in bytes, whether or not <see cref="Body"/> was loaded.</summary>
    public required int BodyLength { get; init; }

    /// <summary>Where the delivery stands.</summary>
    public required WebhookDeliveryState State { get; init; }

    /// <summary>How many attempts were started since the delivery was stored or last replayed.</summary>
    /// <remarks>A claim counts as an attempt; an attempt given back at shutdown does not.</remarks>
    public int Attempts { get; init; }

    /// <summary>Why the body was rejected, or why the latest failed attempt failed; null when nothing failed.</summary>
    /// <remarks>
    /// Names the parse error's kind and path, or the failing handlers and their exception types; never a payload
    /// value. A delivery that failed and then succeeded keeps the error, to show what it went through.
    /// </remarks>
    public string? LastError { get; init; }

    /// <summary>When the next attempt is due; set while it is <see cref="WebhookDeliveryState.Failed"/>.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The processor that claimed the delivery last; null before the first claim.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>
    /// When the current claim's lease expires; set while the delivery is <see cref="WebhookDeliveryState.Processing"/>.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>When the delivery became done, dead-lettered or rejected; null before that.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>How many identical bodies arrived after this one within the duplicate window (not stored).</summary>
    public int DuplicateCount { get; init; }
}
