using System.Buffers;
using System.Text.Unicode;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// A body arriving from a stream, of which only the bytes not yet consumed are held: in one pooled buffer whose held
/// bytes move to its front before each read, and which grows only when they fill it. Counts the body's length
/// against the limit and checks its UTF-8 as bytes arrive, and tracks the line and byte-in-line of the first byte
/// held, so that error positions stay the body's.
/// </summary>
/// <remarks>Every byte leaves the buffer cleared: the body carries personal data.</remarks>
internal sealed class StreamWindow : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxBodyLength;
    private byte[] _buffer;
    private int _start;
    private int _checkedEnd;
    private int _end;
    private long _startOffset;
    private long _lineNumber;
    private long _bytePositionInLine;
    private long _invalidUtf8Offset = -1;
    private bool _checkingUtf8;

    public StreamWindow(Stream stream, int maxBodyLength, int initialLength)
    {
        _stream = stream;
        _maxBodyLength = maxBodyLength;
        _buffer = ArrayPool<byte>.Shared.Rent(initialLength);
    }

    /// <summary>Whether the stream's end has been reached.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The body's length read so far.</summary>
    public long Length { get; private set; }

    /// <summary>The held bytes known to be valid UTF-8 (a character that a read split waits for its end).</summary>
    public ReadOnlySpan<byte> Checked => _buffer.AsSpan(_start, _checkedEnd - _start);

    /// <summary>Every held byte, checked or not.</summary>
    public ReadOnlySpan<byte> Held => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Whether an invalid UTF-8 sequence has arrived; <see cref="Checked"/> ends where it starts.</summary>
    public bool HasInvalidUtf8 => _invalidUtf8Offset >= 0;

    /// <summary>The checked bytes, placed in the body; <paramref name="openedBy"/> as in <see cref="JsonText"/>.
    /// </summary>
    public JsonText CheckedText(ReadOnlySpan<byte> openedBy)
        => new(Checked, _lineNumber, _bytePositionInLine, openedBy);

    /// <summary>Where the first invalid UTF-8 sequence starts; only when <see cref="HasInvalidUtf8"/>.</summary>
    public SourcePosition InvalidUtf8Position => CheckedText(default).At(_invalidUtf8Offset - _startOffset);

    /// <summary>Drops a leading byte order mark, which counts in no position.</summary>
    public void SkipByteOrderMark(int length)
    {
        _buffer.AsSpan(_start, length).Clear();
        _start += length;
        _startOffset += length;
    }

    /// <summary>Drops the first <paramref name="count"/> checked bytes, moving the position past them.</summary>
    public void Consume(int count)
    {
        var consumed = _buffer.AsSpan(_start, count);
        var lastNewLine = consumed.LastIndexOf((byte)'\n');
        if (lastNewLine < 0)
        {
            _bytePositionInLine += count;
        }
        else
        {
            _lineNumber += ((ReadOnlySpan<byte>)consumed).Count((byte)'\n');
            _bytePositionInLine = count - (lastNewLine + 1);
        }

        consumed.Clear();
        _start += count;
        _startOffset += count;
    }

    /// <summary>
    /// Reads until the buffer is full or the stream ends, after moving the held bytes to the front, and growing the
    /// buffer if they fill it. Filling it whole before the caller looks again keeps re-reading a partial value cheap.
    /// </summary>
    /// <exception cref="WebhookParseException">The body is longer than the limit.</exception>
    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (IsComplete)
        {
            return;
        }

        MoveHeldToFront();
        if (_end == _buffer.Length)
        {
            Grow();
        }

        while (_end < _buffer.Length)
        {
            // One byte past the limit tells a body that is too long from one that fills it exactly.
            var requested = (int)Math.Min(_buffer.Length - _end, _maxBodyLength + 1L - Length);
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end, requested), cancellationToken)
                .ConfigureAwait(false);
            if (read == 0)
            {
                IsComplete = true;
                break;
            }

            if (read < 0 || read > requested)
            {
                throw new InvalidOperationException(
                    $"The stream's ReadAsync returned {read} for a buffer of {requested} bytes.");
            }

            _end += read;
            Length += read;
            if (Length > _maxBodyLength)
            {
                throw ParseErrors.BodyTooLarge(_maxBodyLength);
            }
        }

        if (_checkingUtf8)
        {
            CheckUtf8();
        }
    }

    /// <summary>
    /// Checks the UTF-8 of the bytes held, and from now on of every byte as it arrives. Until then nothing is checked
    /// (nor <see cref="Checked"/>): a body read whole is checked once, by the parse.
    /// </summary>
    public void StartCheckingUtf8()
    {
        _checkingUtf8 = true;
        CheckUtf8();
    }

    /// <summary>Reads the rest of the stream, holding all of it.</summary>
    public async ValueTask ReadToEndAsync(CancellationToken cancellationToken)
    {
        while (!IsComplete)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _buffer.AsSpan(0, _end).Clear();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _start = _checkedEnd = _end = 0;
    }

    private void MoveHeldToFront()
    {
        if (_start == 0)
        {
            return;
        }

        var held = _end - _start;
        _buffer.AsSpan(_start, held).CopyTo(_buffer);
        _buffer.AsSpan(held, _end - held).Clear();
        _checkedEnd -= _start;
        _end = held;
        _start = 0;
    }

    private void Grow()
    {
        // TODO: doubling from the first 16 KiB read copies a body of up to 1 MiB from a non-seekable stream about once
        // more (about 5% of parsing a 790 KB batch); a larger first read would trade memory on small bodies for it.
        var length = (int)Math.Min((long)_buffer.Length * 2, _maxBodyLength + 1L);
        var larger = ArrayPool<byte>.Shared.Rent(length);
        _buffer.AsSpan(0, _end).CopyTo(larger);
        _buffer.AsSpan(0, _end).Clear();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private void CheckUtf8()
    {
        if (HasInvalidUtf8)
        {
            return;
        }

        var pending = _buffer.AsSpan(_checkedEnd, _end - _checkedEnd);
        if (Utf8.IsValid(pending))
        {
            _checkedEnd = _end;
            return;
        }

        // Find where it stops being valid: at a character a read split (wait for the rest), or at an invalid one.
        Span<char> chars = stackalloc char[256];
        var valid = 0;
        OperationStatus status;
        do
        {
            status = Utf8.ToUtf16(pending[valid..], chars, out var read, out _,
                replaceInvalidSequences: false, isFinalBlock: IsComplete);
            valid += read;
        }
        while (status == OperationStatus.DestinationTooSmall);

        _checkedEnd += valid;
        if (status != OperationStatus.NeedMoreData)
        {
            _invalidUtf8Offset = _startOffset + (_checkedEnd - _start);
        }
    }
}
