namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The one call a receiver makes per delivery before it answers: store the raw body durably, and say what to answer.
/// </summary>
/// <remarks>
/// <para>
/// Once <see cref="AcceptAsync"/> returns, the delivery survives a crash or a restart of the process:
/// <see cref="WebhookInboxProcessor"/> dispatches it in the background, with retries. A receiver answers at once:
/// HTTP 200 for <see cref="WebhookInboxAcceptStatus.Stored"/> and <see cref="WebhookInboxAcceptStatus.Duplicate"/>,
/// HTTP 400 for <see cref="WebhookInboxAcceptStatus.Rejected"/> (kept in the inbox all the same). When it throws,
/// nothing was stored: answer HTTP 500.
/// </para>
/// <para>Registered as a singleton by <c>AddInbox</c>; thread-safe.</para>
/// </remarks>
public interface IWebhookInboxWriter
{
    /// <summary>Checks the body with the parser and stores it, as pending or as rejected.</summary>
    /// <param name="body">
    /// The raw request body, read whole; bodies longer than <see cref="WebhookParserOptions.MaxBodyLength"/> are
    /// stored as rejected, so read no more than that. The buffer can be reused once the call returns.
    /// </param>
    /// <param name="metadata">Where the delivery came from; null when nothing is known.</param>
    /// <param name="cancellationToken">Cancels the call; the delivery may or may not have been stored.</param>
    /// <returns>Stored, duplicate or rejected, with the delivery's id.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<WebhookInboxAcceptResult> AcceptAsync(
        ReadOnlyMemory<byte> body,
        WebhookDeliveryMetadata? metadata = null,
        CancellationToken cancellationToken = default);
}
