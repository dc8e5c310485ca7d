namespace Checkmob.Webhook.Sdk;

/// <summary>What <see cref="IWebhookInboxWriter.AcceptAsync"/> did with a delivery.</summary>
public enum WebhookInboxAcceptStatus
{
    /// <summary>Stored; it will be processed in the background. Answer HTTP 200.</summary>
    Stored = 1,

    /// <summary>
    /// An identical body was stored within the duplicate window; nothing new was stored, and it is processed once.
    /// Answer HTTP 200.
    /// </summary>
    Duplicate = 2,

    /// <summary>
    /// The body is not a valid Checkmob webhook; it is stored as rejected, with the reason, and not processed.
    /// Answer HTTP 400.
    /// </summary>
    Rejected = 3,
}
