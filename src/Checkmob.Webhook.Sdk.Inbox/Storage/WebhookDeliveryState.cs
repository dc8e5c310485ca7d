namespace Checkmob.Webhook.Sdk;

/// <summary>Where a delivery stands in an <see cref="IWebhookInbox"/>.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Stored and waiting for its first attempt (or for a new one after a replay or a shutdown).</summary>
    Pending = 1,

    /// <summary>Claimed by a processor, under a lease; claimable again once the lease expires.</summary>
    Processing = 2,

    /// <summary>Parsed, and every handler succeeded.</summary>
    Done = 3,

    /// <summary>The last attempt failed; another is due at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Failed = 4,

    /// <summary>Every attempt failed; kept until an operator replays or deletes it.</summary>
    DeadLettered = 5,

    /// <summary>The body is not a valid Checkmob webhook; kept with the reason, and never retried on its own.</summary>
    Rejected = 6,
}
