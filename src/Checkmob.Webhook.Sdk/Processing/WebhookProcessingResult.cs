using System.Diagnostics.CodeAnalysis;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// What happened to one webhook delivery: processed, rejected (with the parse error) or failed
/// (with the handler failures).
/// </summary>
public sealed class WebhookProcessingResult
{
    private WebhookProcessingResult(
        WebhookProcessingStatus status,
        WebhookEvent? webhookEvent,
        WebhookParseException? parseError,
        WebhookDispatchException? dispatchError)
    {
        Status = status;
        Event = webhookEvent;
        ParseError = parseError;
        DispatchError = dispatchError;
    }

    /// <summary>The outcome.</summary>
    public WebhookProcessingStatus Status { get; }

    /// <summary>Whether the delivery was processed: parsed, and every handler succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    public bool Succeeded => Status == WebhookProcessingStatus.Processed;

    /// <summary>The parsed event; null when the body was rejected.</summary>
    public WebhookEvent? Event { get; }

    /// <summary>
    /// Why the body was rejected; null unless <see cref="Status"/> is <see cref="WebhookProcessingStatus.Rejected"/>.
    /// </summary>
    public WebhookParseException? ParseError { get; }

    /// <summary>
    /// Which handlers failed; null unless <see cref="Status"/> is <see cref="WebhookProcessingStatus.Failed"/>.
    /// </summary>
    public WebhookDispatchException? DispatchError { get; }

    /// <summary>A processed delivery.</summary>
    /// <param name="webhookEvent">The parsed event.</param>
    /// <returns>The result.</returns>
    public static WebhookProcessingResult Processed(WebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);

        return new(WebhookProcessingStatus.Processed, webhookEvent, null, null);
    }

    /// <summary>A rejected delivery.</summary>
    /// <param name="parseError">Why the body was rejected.</param>
    /// <returns>The result.</returns>
    public static WebhookProcessingResult Rejected(WebhookParseException parseError)
    {
        ArgumentNullException.ThrowIfNull(parseError);

        return new(WebhookProcessingStatus.Rejected, null, parseError, null);
    }

    /// <summary>A delivery whose handlers failed.</summary>
    /// <param name="webhookEvent">The parsed event.</param>
    /// <param name="dispatchError">Which handlers failed.</param>
    /// <returns>The result.</returns>
    public static WebhookProcessingResult Failed(WebhookEvent webhookEvent, WebhookDispatchException dispatchError)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        ArgumentNullException.ThrowIfNull(dispatchError);

        return new(WebhookProcessingStatus.Failed, webhookEvent, null, dispatchError);
    }
}
