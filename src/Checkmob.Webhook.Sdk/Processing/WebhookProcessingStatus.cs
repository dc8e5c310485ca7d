namespace Checkmob.Webhook.Sdk;

/// <summary>The outcome of processing one webhook delivery.</summary>
public enum WebhookProcessingStatus
{
    /// <summary>
    /// The body was parsed and every handler succeeded (or there was none). Acknowledge it (HTTP 200).
    /// </summary>
    Processed = 1,

    /// <summary>
    /// The body is not a valid Checkmob webhook; retrying will not help. Answer HTTP 400, or keep the body as rejected.
    /// </summary>
    Rejected = 2,

    /// <summary>
    /// The body was parsed but at least one handler failed. Answer HTTP 500, or keep the body to retry later:
    /// Checkmob itself never delivers an event twice.
    /// </summary>
    Failed = 3,
}
