namespace Checkmob.Webhook.Sdk;

/// <summary>Which deliveries <see cref="IWebhookInbox.ListAsync"/> returns: a filter and a page, in id order.</summary>
public sealed class WebhookDeliveryQuery
{
    /// <summary>The largest <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Only deliveries in this state.</summary>
    /// <value>Null, the default: every state.</value>
    public WebhookDeliveryState? State { get; init; }

    /// <summary>Only deliveries whose id is greater; pass the last id of a page to get the next page.</summary>
    /// <value>0, the default: from the first delivery.</value>
    public long AfterId { get; init; }

    /// <summary>The most deliveries to return.</summary>
    /// <value>100 by default; from 1 to <see cref="MaxLimit"/>.</value>
    public int Limit { get; init; } = 100;

    /// <summary>Whether to load each delivery's body.</summary>
    /// <value>False, the default: <see cref="WebhookDelivery.Body"/> is empty and only its length is given.</value>
    public bool IncludeBody { get; init; }
}
