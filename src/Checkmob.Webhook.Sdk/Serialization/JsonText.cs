namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// The bytes being read, and where they sit in the body: the whole body, or (when a stream is read item by item) the
/// part of it still held, with the line and byte-in-line of its first byte. Error positions are the body's either way.
/// </summary>
internal readonly ref struct JsonText
{
    /// <summary>A whole body.</summary>
    public JsonText(ReadOnlySpan<byte> bytes)
        : this(bytes, 0, 0, default)
    {
    }

    /// <summary>A part of a body.</summary>
    /// <param name="bytes">The part held.</param>
    /// <param name="lineNumber">The zero-based line of its first byte in the body.</param>
    /// <param name="bytePositionInLine">The zero-based byte of its first byte in that line.</param>
    /// <param name="openedBy">JSON that opens the containers the part starts inside, e.g. <c>{"Data":[</c>.</param>
    public JsonText(ReadOnlySpan<byte> bytes, long lineNumber, long bytePositionInLine, ReadOnlySpan<byte> openedBy)
    {
        Bytes = bytes;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        OpenedBy = openedBy;
    }

    /// <summary>The bytes held.</summary>
    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>The line of the first byte held.</summary>
    public long LineNumber { get; }

    /// <summary>The byte-in-line of the first byte held.</summary>
    public long BytePositionInLine { get; }

    /// <summary>
    /// JSON that opens the containers the bytes held start inside; empty for a whole body. Lets an error path re-read
    /// the part with the nesting depth it has in the body.
    /// </summary>
    public ReadOnlySpan<byte> OpenedBy { get; }

    /// <summary>The body's line and byte-in-line of an offset into <see cref="Bytes"/>. Only on error paths.</summary>
    public SourcePosition At(long offset)
    {
        var local = SourcePosition.At(Bytes, offset);
        return local.LineNumber == 0
            ? new SourcePosition(LineNumber, BytePositionInLine + local.BytePositionInLine)
            : new SourcePosition(LineNumber + local.LineNumber, local.BytePositionInLine);
    }
}
