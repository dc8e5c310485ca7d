namespace Checkmob.Webhook.Sdk;

/// <summary>Turns the body of a Checkmob webhook delivery into a typed <see cref="WebhookEvent"/>.</summary>
/// <remarks>Implemented by <see cref="WebhookParser"/>; inject this interface to replace the parser in tests.</remarks>
public interface IWebhookParser
{
    /// <summary>Parses a webhook body held as a string.</summary>
    /// <param name="json">The JSON body.</param>
    /// <returns>The typed event; <see cref="UnknownWebhookEvent"/> for a <c>Tipo</c> the SDK does not know.</returns>
    /// <exception cref="WebhookParseException">The body is not a valid Checkmob webhook.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    WebhookEvent Parse(string json);

    /// <summary>Parses a webhook body held as UTF-8 bytes (a leading byte order mark is accepted).</summary>
    /// <param name="utf8Json">The JSON body as UTF-8.</param>
    /// <returns>The typed event; <see cref="UnknownWebhookEvent"/> for a <c>Tipo</c> the SDK does not know.</returns>
    /// <exception cref="WebhookParseException">The body is not a valid Checkmob webhook.</exception>
    WebhookEvent Parse(ReadOnlySpan<byte> utf8Json);

    /// <summary>Reads a webhook body from a stream of UTF-8 to its end and parses it.</summary>
    /// <param name="utf8Json">The stream; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The typed event; <see cref="UnknownWebhookEvent"/> for a <c>Tipo</c> the SDK does not know.</returns>
    /// <exception cref="WebhookParseException">The body is not a valid Checkmob webhook.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<WebhookEvent> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default);
}
