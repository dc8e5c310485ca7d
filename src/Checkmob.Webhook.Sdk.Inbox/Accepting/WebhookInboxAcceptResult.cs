using System.Diagnostics.CodeAnalysis;

namespace Checkmob.Webhook.Sdk;

/// <summary>What <see cref="IWebhookInboxWriter.AcceptAsync"/> did with a delivery, and its id in the inbox.</summary>
public sealed class WebhookInboxAcceptResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="status">What was done.</param>
    /// <param name="deliveryId">The stored delivery's id (for a duplicate, the one it duplicates).</param>
    /// <param name="parseError">Why the body was rejected; required when, and only when, it was.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="parseError"/> is null for a rejection, or set for anything else.
    /// </exception>
    public WebhookInboxAcceptResult(
        WebhookInboxAcceptStatus status, long deliveryId, WebhookParseException? parseError = null)
    {
        if ((status == WebhookInboxAcceptStatus.Rejected) != (parseError is not null))
        {
            throw new ArgumentException(
                "A parse error is required for a rejected delivery, and only for one.", nameof(parseError));
        }

        Status = status;
        DeliveryId = deliveryId;
        ParseError = parseError;
    }

    /// <summary>What was done.</summary>
    public WebhookInboxAcceptStatus Status { get; }

    /// <summary>The stored delivery's id; for a duplicate, the id of the delivery it duplicates.</summary>
    public long DeliveryId { get; }

    /// <summary>Whether the delivery will be (or was) processed: stored or duplicate, not rejected.</summary>
    [MemberNotNullWhen(false, nameof(ParseError))]
    public bool Accepted => Status != WebhookInboxAcceptStatus.Rejected;

    /// <summary>Why the body was rejected (its kind and JSON path); null unless it was.</summary>
    public WebhookParseException? ParseError { get; }
}
