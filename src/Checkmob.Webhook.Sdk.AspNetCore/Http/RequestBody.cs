using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// A request body read whole, as raw bytes, in a pooled buffer that is cleared when disposed: it carries personal
/// data, and the next request to rent the buffer must not see it.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private const int InitialBufferSize = 16 * 1024;
    private const long ServerLimitSlack = 64 * 1024;

    private byte[]? _buffer;

    private RequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory
        => _buffer is { } buffer ? buffer.AsMemory(0, Length) : throw new ObjectDisposedException(nameof(RequestBody));

    /// <summary>
    /// Reads the body, or returns null as soon as it proves longer than <paramref name="limit"/> bytes: its
    /// <c>Content-Length</c> says so, or more bytes arrive. The server's own limit is set above it, where it can be.
    /// </summary>
    /// <exception cref="BadHttpRequestException">The server refused the body (a malformed chunk, say).</exception>
    /// <exception cref="OperationCanceledException">The request was aborted.</exception>
    /// <exception cref="IOException">The connection failed while the body was read.</exception>
    public static async Task<RequestBody?> ReadAsync(HttpContext context, int limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        // This count of the body's bytes decides. The server's own limit is set with room to spare, twice ours, since
        // Kestrel counts the framing of a chunked body against it; it still bounds what the server drains after a 413.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = (2L * limit) + ServerLimitSlack;
        }

        // One byte over the limit is read to tell a body of exactly the limit from a longer one.

        var initial = request.ContentLength is { } declared
            ? (int)declared + 1
            : Math.Min(InitialBufferSize, limit + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var length = 0;
        try
        {
            // The pool may hand out a larger array; no more than one byte over the limit is ever asked for.
            var capacity = (int)Math.Min(buffer.Length, limit + 1L);
            while (true)
            {
                if (length == capacity)
                {
                    if (length > limit)
                    {
                        break;
                    }

                    buffer = Grow(buffer, length, (int)Math.Min(buffer.Length * 2L, limit + 1L));
                    capacity = (int)Math.Min(buffer.Length, limit + 1L);
                }

                var read = await request.Body
                    .ReadAsync(buffer.AsMemory(length, capacity - length), context.RequestAborted)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > limit)
            {
                Return(buffer, length);
                return null;
            }

            return new RequestBody(buffer, length);
        }
        catch
        {
            Return(buffer, length);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Return(buffer, Length);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        Return(buffer, length);
        return larger;
    }

    private static void Return(byte[] buffer, int length)
    {
        CryptographicOperations.ZeroMemory(buffer.AsSpan(0, Math.Min(length, buffer.Length)));
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
