using BenchmarkDotNet.Attributes;

namespace Checkmob.Webhook.Sdk.Benchmarks;

/// <summary>
/// A 10 MB batch: <c>ParseAsync</c> from a non-seekable stream (read item by item) against <c>Parse</c> of the same
/// bytes already in memory. The memory diagnoser's "Allocated" is what one warm parse allocates; see
/// <see cref="PeakMemory"/> for the cold, first-call figure that includes the pooled buffers.
/// </summary>
[MemoryDiagnoser]
public class StreamMemoryBenchmarks
{
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup() => _utf8 = BenchmarkPayloads.BatchOfAbout(10_000_000);

    [Benchmark(Baseline = true, Description = "SDK Parse(span), 10 MB")]
    public WebhookEvent Span() => WebhookParser.Parse(_utf8);

    [Benchmark(Description = "SDK ParseAsync(non-seekable stream), 10 MB")]
    public async Task<WebhookEvent> NonSeekable()
    {
        await using var stream = new NonSeekableStream(_utf8);
        return await WebhookParser.ParseAsync(stream);
    }
}
