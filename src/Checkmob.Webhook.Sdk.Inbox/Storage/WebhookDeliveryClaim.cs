namespace Checkmob.Webhook.Sdk;

/// <summary>
/// A delivery claimed by one processor, returned by <see cref="IWebhookInbox.ClaimAsync"/>: only the holder of the
/// claim can record the delivery's outcome, until another processor claims it after the lease expired.
/// </summary>
public sealed class WebhookDeliveryClaim
{
    /// <summary>Creates a claim; called by <see cref="IWebhookInbox"/> implementations.</summary>
    /// <param name="delivery">The delivery, as it stands after the claim (its attempt already counted).</param>
    /// <param name="owner">The processor that holds the claim.</param>
    /// <param name="token">What tells this claim apart from any other claim of the same delivery.</param>
    /// <param name="leaseExpiresAt">When the claim's lease expires unless renewed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="delivery"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> or <paramref name="token"/> is empty.</exception>
    public WebhookDeliveryClaim(
        WebhookDelivery delivery, string owner, string token, DateTimeOffset leaseExpiresAt)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentException.ThrowIfNullOrEmpty(token);

        Delivery = delivery;
        Owner = owner;
        Token = token;
        LeaseExpiresAt = leaseExpiresAt;
    }

    /// <summary>The claimed delivery; its <see cref="WebhookDelivery.Attempts"/> counts this attempt.</summary>
    public WebhookDelivery Delivery { get; }

    /// <summary>The processor that holds the claim.</summary>
    public string Owner { get; }

    /// <summary>What tells this claim apart from any other claim of the same delivery, by any processor.</summary>
    public string Token { get; }

    /// <summary>When the lease expired or expires, as of the claim (a renewal does not change this value).</summary>
    public DateTimeOffset LeaseExpiresAt { get; }
}
