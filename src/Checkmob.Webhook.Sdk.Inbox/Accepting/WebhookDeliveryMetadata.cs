namespace Checkmob.Webhook.Sdk;

/// <summary>What a receiver knows about a delivery besides its body; stored with it.</summary>
public sealed class WebhookDeliveryMetadata
{
    /// <summary>The address the request came from, such as <c>203.0.113.7</c>.</summary>
    /// <value>Null, the default: unknown.</value>
    /// <remarks>An address can identify a person; the inbox stores it with the body, and never logs it.</remarks>
    public string? RemoteAddress { get; init; }

    /// <summary>The request's <c>Content-Type</c> header, as sent.</summary>
    /// <value>Null, the default: unknown.</value>
    public string? ContentType { get; init; }

    /// <summary>When the request arrived.</summary>
    /// <value>Null, the default: the time of the call, from the writer's <see cref="TimeProvider"/>.</value>
    public DateTimeOffset? ReceivedAt { get; init; }
}
