using System.Security.Cryptography;

namespace Checkmob.Webhook.Sdk;

/// <summary>A delivery to store with <see cref="IWebhookInbox.AppendAsync"/>: the raw body and its metadata.</summary>
/// <remarks>Most code never creates one: <see cref="IWebhookInboxWriter.AcceptAsync"/> does.</remarks>
public sealed class WebhookInboxEntry
{
    /// <summary>Creates an entry and computes the body's SHA-256.</summary>
    /// <param name="body">The raw body; the inbox copies it, so the buffer can be reused after the append.</param>
    /// <param name="receivedAt">When the receiver got the delivery.</param>
    public WebhookInboxEntry(ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        Body = body;
        ReceivedAt = receivedAt;
        BodySha256 = Convert.ToHexStringLower(SHA256.HashData(body.Span));
    }

    /// <summary>The raw body.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The SHA-256 of <see cref="Body"/>, as 64 lowercase hexadecimal digits.</summary>
    public string BodySha256 { get; }

    /// <summary>When the receiver got the delivery.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The address the delivery came from; null when unknown.</summary>
    public string? RemoteAddress { get; init; }

    /// <summary>The request's <c>Content-Type</c>; null when unknown.</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// Why the body was rejected when it arrived; null for a body to process. With a reason, the delivery is stored
    /// as <see cref="WebhookDeliveryState.Rejected"/> and never processed on its own.
    /// </summary>
    public string? RejectionReason { get; init; }
}
