using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads the raw UTF-8 of a scalar token, unescaped and trimmed, without allocating.</summary>
internal static class JsonScalar
{
    /// <summary>The longest scalar text (numbers, booleans, timestamps) the converters unescape.</summary>
    public const int MaxScalarLength = 64;

    private static ReadOnlySpan<byte> WhiteSpace => " \t\r\n"u8;

    /// <summary>
    /// Gets the text of a string token, unescaped into <paramref name="scratch"/> when needed, trimmed of white space.
    /// Returns false when the text is longer than <paramref name="scratch"/>: no valid scalar is that long.
    /// </summary>
    public static bool TryGetTrimmedString(in Utf8JsonReader reader, Span<byte> scratch, out ReadOnlySpan<byte> text)
    {
        if (!reader.ValueIsEscaped)
        {
            text = reader.ValueSpan.Trim(WhiteSpace);
            return text.Length <= scratch.Length;
        }

        if (reader.ValueSpan.Length > scratch.Length * 6)
        {
            text = default;
            return false;
        }

        // An escaped value can be up to six times longer than its text (\uXXXX); unescaping checks the real length.
        Span<byte> unescaped = stackalloc byte[MaxScalarLength * 6];
        if (!TryCopyString(in reader, unescaped, out var written))
        {
            text = default;
            return false;
        }

        var trimmed = unescaped[..written].Trim(WhiteSpace);
        if (trimmed.Length > scratch.Length)
        {
            text = default;
            return false;
        }

        trimmed.CopyTo(scratch);
        text = scratch[..trimmed.Length];
        return true;
    }

    /// <summary>
    /// Unescapes a string or property name token into <paramref name="destination"/>, which must be large enough.
    /// Returns false when an escape decodes to invalid UTF-16 (a lone surrogate such as <c>\uD800</c>).
    /// </summary>
    public static bool TryCopyString(in Utf8JsonReader reader, Span<byte> destination, out int written)
    {
        try
        {
            written = reader.CopyString(destination);
            return true;
        }
        catch (InvalidOperationException)
        {
            // The reader only checks that \u has four hex digits; a lone surrogate surfaces when unescaping.
            written = 0;
            return false;
        }
    }

    /// <summary>
    /// Walks the value <paramref name="reader"/> is on (a copy: the caller's reader does not move) and finds the first
    /// string or property name whose escapes do not decode, such as an unpaired surrogate <c>"\ud800"</c>. A
    /// <see cref="JsonElement"/> keeps such a value, and throws only later, when it is read; the parser rejects it up
    /// front instead, as it does for a known field. Only escaped tokens are decoded, so a plain value costs one pass.
    /// </summary>
    /// <returns>Whether one was found; <paramref name="tokenStart"/> is where it starts.</returns>
    public static bool TryFindUndecodableString(Utf8JsonReader reader, out long tokenStart)
    {
        var depth = reader.CurrentDepth;
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        while (true)
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                && reader.ValueIsEscaped
                && !TryGetString(in reader, out _))
            {
                tokenStart = reader.TokenStartIndex;
                return true;
            }

            // A scalar is one token; a container ends at its closing token, at its own depth. A value cut short
            // (no more tokens) is left to the caller's own read, which reports it.
            if (!isContainer
                || !reader.Read()
                || (reader.CurrentDepth == depth
                    && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                tokenStart = -1;
                return false;
            }
        }
    }

    /// <summary>
    /// Gets the text of a string token. Returns false when an escape decodes to invalid UTF-16 (a lone surrogate):
    /// the reader accepts <c>\uD800</c> but cannot turn it into a string.
    /// </summary>
    public static bool TryGetString(in Utf8JsonReader reader, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
