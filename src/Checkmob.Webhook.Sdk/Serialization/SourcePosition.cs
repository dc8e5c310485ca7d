using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>A zero-based line and byte offset in the body, where known (both null where not).</summary>
internal readonly record struct SourcePosition(long? LineNumber, long? BytePositionInLine)
{
    public static SourcePosition Unknown => default;

    /// <summary>The line and byte-in-line of a byte offset of <paramref name="utf8"/>. Only on error paths.</summary>
    public static SourcePosition At(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return new SourcePosition(before.Count((byte)'\n'), before.Length - (lastNewLine + 1));
    }

    /// <summary>Where System.Text.Json says an error happened.</summary>
    public static SourcePosition Of(JsonException exception)
        => new(exception.LineNumber, exception.BytePositionInLine);

    /// <summary>
    /// Where in <paramref name="utf8"/> an error happened that System.Text.Json located within the value starting at
    /// <paramref name="valueOffset"/>: it reads a value through a reader of its own, whose positions count from the
    /// value's first byte rather than the body's. Only on error paths.
    /// </summary>
    public static SourcePosition Within(ReadOnlySpan<byte> utf8, long valueOffset, JsonException exception)
    {
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } byteInLine)
        {
            return Unknown;
        }

        var value = At(utf8, valueOffset);
        return line == 0
            ? value with { BytePositionInLine = value.BytePositionInLine + byteInLine }
            : new SourcePosition(value.LineNumber + line, byteInLine);
    }
}
