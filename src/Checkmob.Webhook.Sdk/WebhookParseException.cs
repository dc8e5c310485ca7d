namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The only exception a bad webhook body produces: it says what was expected and where (<see cref="Path"/>),
/// never the value found, since payloads carry personal data.
/// </summary>
public sealed class WebhookParseException : Exception
{
    /// <summary>
    /// Creates an exception with a message; <see cref="Kind"/> is <see cref="WebhookParseErrorKind.InvalidJson"/>.
    /// </summary>
    /// <param name="message">What was expected.</param>
    public WebhookParseException(string message)
        : this(WebhookParseErrorKind.InvalidJson, "$", message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What was expected.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookParseException(string message, Exception? innerException)
        : this(WebhookParseErrorKind.InvalidJson, "$", message, null, null, innerException)
    {
    }

    /// <summary>Creates an exception for a rejected body.</summary>
    /// <param name="kind">What was wrong.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>$.Data[0].Latitude</c>.</param>
    /// <param name="message">What was expected; never the value found.</param>
    /// <param name="lineNumber">The zero-based line of the offending value, where known.</param>
    /// <param name="bytePositionInLine">The zero-based byte offset within that line, where known.</param>
    /// <param name="innerException">The cause, where one is worth keeping.</param>
    public WebhookParseException(
        WebhookParseErrorKind kind,
        string path,
        string message,
        long? lineNumber = null,
        long? bytePositionInLine = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(path);

        Kind = kind;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>What was wrong with the body.</summary>
    public WebhookParseErrorKind Kind { get; }

    /// <summary>
    /// The JSON path of the offending value, such as <c>$.Data[0].Latitude</c>; <c>$</c> for the whole body.
    /// </summary>
    public string Path { get; }

    /// <summary>The zero-based line of the offending value, where known.</summary>
    public long? LineNumber { get; }

    /// <summary>The zero-based byte offset of the offending value within its line, where known.</summary>
    public long? BytePositionInLine { get; }
}
