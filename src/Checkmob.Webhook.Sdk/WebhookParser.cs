using System.Buffers;
using System.Text;
using System.Text.Json;
using Checkmob.Webhook.Sdk.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Parses Checkmob webhook bodies into typed events, tolerating what real senders do (numbers as strings, camelCase
/// names, <c>Data</c> as one object or an array, <c>Tipo</c> after <c>Data</c>) and rejecting the rest with a
/// <see cref="WebhookParseException"/> that names the JSON path.
/// </summary>
/// <remarks>
/// The static methods use default options. For other options create an instance and use it through
/// <see cref="IWebhookParser"/>: <c>IWebhookParser parser = new WebhookParser(options);</c>.
/// Instances are immutable and thread-safe; create one and share it.
/// </remarks>
public sealed partial class WebhookParser : IWebhookParser
{
#if NET
    /// <summary>The longest string transcoded in one pass, in chars: it asks the pool for at most 192 KiB.</summary>
    private const int SinglePassStringLength = 64 * 1024;
#endif

    private static readonly WebhookParser DefaultParser = new(null);
    private static readonly UTF8Encoding StrictUtf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonReaderOptions _readerOptions;
    private readonly int _maxDepth;
    private readonly int _maxBodyLength;
    private readonly int _streamWindowLength;
    private readonly TimeZoneInfo? _zone;

    /// <summary>Creates a parser with the default options.</summary>
    public WebhookParser()
        : this(null)
    {
    }

    /// <summary>Creates a parser with the given options.</summary>
    /// <param name="options">The options; null for the defaults. Read once: later changes have no effect.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An option is out of range; the message names every one.
    /// </exception>
    public WebhookParser(WebhookParserOptions? options)
        : this(options, DefaultStreamWindowLength)
    {
    }

    /// <summary>Creates a parser that reads streams through a window of another length (for tests).</summary>
    internal WebhookParser(WebhookParserOptions? options, int streamWindowLength)
    {
        if (streamWindowLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(streamWindowLength), "The window must hold at least a byte.");
        }

        _streamWindowLength = streamWindowLength;
        options ??= new WebhookParserOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), string.Join(" ", problems));
        }

        _maxDepth = options.MaxDepth;
        _maxBodyLength = options.MaxBodyLength;
        _readerOptions = new JsonReaderOptions { MaxDepth = _maxDepth };

        // UTC needs no conversion: keep the common path free of time-zone rules.
        _zone = options.TimeZone is { } zone && !zone.Equals(TimeZoneInfo.Utc) ? zone : null;
    }

    /// <summary>Parses a webhook body held as a string, with default options.</summary>
    /// <param name="json">The JSON body.</param>
    /// <returns>The typed event; <see cref="UnknownWebhookEvent"/> for a <c>Tipo</c> the SDK does not know.</returns>
    /// <exception cref="WebhookParseException">The body is not a valid Checkmob webhook.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static WebhookEvent Parse(string json) => DefaultParser.ParseString(json);

    /// <summary>
    /// Parses a webhook body held as UTF-8 bytes (a leading byte order mark is accepted), with default options.
    /// </summary>
    /// <param name="utf8Json">The JSON body as UTF-8.</param>
    /// <returns>The typed event; <see cref="UnknownWebhookEvent"/> for a <c>Tipo</c> the SDK does not know.</returns>
    /// <exception cref="WebhookParseException">The body is not a valid Checkmob webhook.</exception>
    public static WebhookEvent Parse(ReadOnlySpan<byte> utf8Json) => DefaultParser.ParseUtf8(utf8Json);

    /// <summary>Reads a webhook body from a stream of UTF-8 to its end and parses it, with default options.</summary>
    /// <param name="utf8Json">The stream; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The typed event; <see cref="UnknownWebhookEvent"/> for a <c>Tipo</c> the SDK does not know.</returns>
    /// <exception cref="WebhookParseException">The body is not a valid Checkmob webhook.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<WebhookEvent> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => DefaultParser.ParseStreamAsync(utf8Json, cancellationToken);

    /// <inheritdoc />
    WebhookEvent IWebhookParser.Parse(string json) => ParseString(json);

    /// <inheritdoc />
    WebhookEvent IWebhookParser.Parse(ReadOnlySpan<byte> utf8Json) => ParseUtf8(utf8Json);

    /// <inheritdoc />
    ValueTask<WebhookEvent> IWebhookParser.ParseAsync(Stream utf8Json, CancellationToken cancellationToken)
        => ParseStreamAsync(utf8Json, cancellationToken);

    private WebhookEvent ParseString(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // A string longer than the limit in chars is longer in UTF-8 bytes too.
        if (json.Length > _maxBodyLength)
        {
            throw ParseErrors.BodyTooLarge(_maxBodyLength);
        }

#if NET
        if (json.Length <= SinglePassStringLength)
        {
            return ParseShortString(json);
        }
#endif

        int byteCount;
        try
        {
            byteCount = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException)
        {
            throw ParseErrors.UnpairedSurrogate();
        }

        if (byteCount > _maxBodyLength)
        {
            throw ParseErrors.BodyTooLarge(_maxBodyLength);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
        var length = 0;
        try
        {
            length = StrictUtf8.GetBytes(json, 0, json.Length, buffer, 0);
            return ParseUtf8(buffer.AsSpan(0, length));
        }
        finally
        {
            // The body carries personal data: leave none of it in a pooled buffer.
            buffer.AsSpan(0, length).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

#if NET
    /// <summary>
    /// Transcodes a short string in one pass, into a buffer sized for the worst case (3 UTF-8 bytes per UTF-16 char),
    /// which also finds an unpaired surrogate; a long one is measured first, so that the buffer is no larger than it.
    /// </summary>
    private WebhookEvent ParseShortString(string json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(json.Length * 3);
        var written = 0;
        try
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(
                json, buffer, out _, out written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                throw ParseErrors.UnpairedSurrogate();
            }

            if (written > _maxBodyLength)
            {
                throw ParseErrors.BodyTooLarge(_maxBodyLength);
            }

            return ParseUtf8(buffer.AsSpan(0, written));
        }
        finally
        {
            // The body carries personal data: leave none of it in a pooled buffer.
            buffer.AsSpan(0, written).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
#endif
}
