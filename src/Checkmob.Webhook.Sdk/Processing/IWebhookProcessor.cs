namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The one call a host makes per delivery: parse the raw body and dispatch the event to its handlers, with the
/// outcome as a value a host maps to an HTTP status or a queue acknowledgement.
/// </summary>
/// <remarks>
/// Bad bodies and failing handlers are results, not exceptions. Cancellation throws, and so does a stream that fails
/// while it is read (an <see cref="IOException"/> from a dropped connection, say): the body never arrived whole.
/// Checkmob never delivers an event twice, so a host that cannot afford to lose one stores the raw body first.
/// </remarks>
public interface IWebhookProcessor
{
    /// <summary>Parses and dispatches a body held as UTF-8 bytes.</summary>
    /// <param name="utf8Body">The raw request body.</param>
    /// <param name="cancellationToken">Flows to every handler.</param>
    /// <returns>Processed, rejected (with the parse error) or failed (with the handler failures).</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<WebhookProcessingResult> ProcessAsync(
        ReadOnlyMemory<byte> utf8Body, CancellationToken cancellationToken = default);

    /// <summary>Parses and dispatches a body held as a string.</summary>
    /// <param name="body">The raw request body.</param>
    /// <param name="cancellationToken">Flows to every handler.</param>
    /// <returns>Processed, rejected (with the parse error) or failed (with the handler failures).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<WebhookProcessingResult> ProcessAsync(string body, CancellationToken cancellationToken = default);

    /// <summary>Reads a body from a stream to its end, then parses and dispatches it.</summary>
    /// <param name="utf8Body">The raw request body; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read and flows to every handler.</param>
    /// <returns>Processed, rejected (with the parse error) or failed (with the handler failures).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Body"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed while it was read.</exception>
    Task<WebhookProcessingResult> ProcessAsync(Stream utf8Body, CancellationToken cancellationToken = default);
}
