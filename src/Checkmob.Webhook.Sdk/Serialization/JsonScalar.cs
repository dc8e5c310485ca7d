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
