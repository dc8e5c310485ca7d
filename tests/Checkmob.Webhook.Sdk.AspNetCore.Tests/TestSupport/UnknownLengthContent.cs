using System.Net;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>A body without a Content-Length: HttpClient sends it with chunked transfer encoding.</summary>
internal sealed class UnknownLengthContent(byte[] body) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < body.Length; offset += 8192)
        {
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(8192, body.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
