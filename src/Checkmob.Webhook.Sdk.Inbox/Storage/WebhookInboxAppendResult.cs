namespace Checkmob.Webhook.Sdk;

/// <summary>What <see cref="IWebhookInbox.AppendAsync"/> did: stored the delivery, or found it stored.</summary>
/// <param name="DeliveryId">The id of the stored delivery: the new one, or the one this delivery duplicates.</param>
/// <param name="IsDuplicate">
/// Whether an identical body was stored within the duplicate window, so nothing new was stored.
/// </param>
public readonly record struct WebhookInboxAppendResult(long DeliveryId, bool IsDuplicate);
