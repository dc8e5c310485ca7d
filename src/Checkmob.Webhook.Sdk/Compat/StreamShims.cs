#if !NET
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The span and memory overloads of <see cref="Stream"/> and <see cref="Encoding"/> that the SDK calls, for the
/// netstandard2.0 build, over the array and pointer overloads that .NET Standard 2.0 has.
/// </summary>
[Microsoft.CodeAnalysis.Embedded]
internal static class StreamShims
{
    public static ValueTask<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (MemoryMarshal.TryGetArray<byte>(buffer, out var segment))
        {
            var read = stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken);
            return new ValueTask<int>(read);
        }

        return ReadThroughArrayAsync(stream, buffer, cancellationToken);
    }

    public static unsafe string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* pointer = bytes)
        {
            return encoding.GetString(pointer, bytes.Length);
        }
    }

    private static async ValueTask<int> ReadThroughArrayAsync(
        Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var array = ArrayPool<byte>.Shared.Rent(buffer.Length);
        var read = 0;
        try
        {
            read = await stream.ReadAsync(array, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            array.AsSpan(0, read).CopyTo(buffer.Span);
            return read;
        }
        finally
        {
            array.AsSpan(0, read).Clear();
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
#endif
