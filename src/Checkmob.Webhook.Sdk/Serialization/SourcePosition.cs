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
}
