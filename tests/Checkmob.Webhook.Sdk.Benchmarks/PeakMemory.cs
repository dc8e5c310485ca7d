using System.Globalization;

namespace Checkmob.Webhook.Sdk.Benchmarks;

/// <summary>
/// The performance issue's memory goal, measured in a fresh process: a 10 MB batch parsed by <c>ParseAsync</c> from a
/// non-seekable stream. With no collection allowed during the parse, the bytes allocated by that first call (pooled
/// buffers included, since the pool starts empty) bound its peak managed memory from above.
/// </summary>
public static class PeakMemory
{
    public static async Task RunAsync()
    {
        var payload = BenchmarkPayloads.BatchOfAbout(10_000_000);
        Console.WriteLine(Invariant($"payload: {payload.Length:N0} bytes, {Count(payload):N0} clients"));

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        if (!GC.TryStartNoGCRegion(240_000_000))
        {
            throw new InvalidOperationException("Could not stop the GC for the measurement.");
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        WebhookEvent evt;
        await using (var stream = new NonSeekableStream(payload))
        {
            evt = await WebhookParser.ParseAsync(stream);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(evt);

        Report("ParseAsync, first call: allocated (bounds the peak)", allocated, payload.Length);
        Report("retained after it: the parsed event and the pool's buffers", retained, payload.Length);

        // Parse(span) allocates the event and nothing else: what any parse of this payload must hold at the end.
        before = GC.GetTotalAllocatedBytes(precise: true);
        GC.KeepAlive(WebhookParser.Parse(payload));
        Report("Parse(span): allocated, the parsed event alone", GC.GetTotalAllocatedBytes(precise: true) - before,
            payload.Length);

        // For comparison, what a receiver without the SDK's streaming does: copy the body to memory, then parse it.
        before = GC.GetTotalAllocatedBytes(precise: true);
        await using (var stream = new NonSeekableStream(payload))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            evt = WebhookParser.Parse(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        GC.KeepAlive(evt);
        Report("copy to a MemoryStream, then Parse: allocated", allocated, payload.Length);
    }

    private static void Report(string what, long bytes, int payloadLength)
        => Console.WriteLine(Invariant($"{what}: {bytes:N0} bytes = {(double)bytes / payloadLength:F2}x the payload"));

    private static int Count(byte[] payload) => ((ClienteCriado)WebhookParser.Parse(payload)).Data.Count;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
