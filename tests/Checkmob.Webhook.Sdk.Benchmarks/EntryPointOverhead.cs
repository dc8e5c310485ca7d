using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Checkmob.Webhook.Sdk.Benchmarks;

/// <summary>
/// What <c>Parse(string)</c> and <c>ParseAsync(stream)</c> add to <c>Parse(span)</c>, measured interleaved: each round
/// times every entry point for about 5 ms in turn, with <c>Parse(span)</c> before and after the others, and the
/// ratio is taken within the round. BenchmarkDotNet measures each case in its own process minutes apart, so on a
/// virtual machine whose speed drifts by ±10% it cannot resolve a difference of a few percent; this can, because the
/// drift is shared by the measurements it compares. It supplements the BenchmarkDotNet run, it does not replace it.
/// </summary>
public static class EntryPointOverhead
{
    private const int Rounds = 205;
    private const int WarmUpRounds = 5;
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(5);

    private static readonly string[] Names = ["Parse(string)", "ParseAsync(MemoryStream)", "ParseAsync(non-seekable)"];

    public static async Task RunAsync()
    {
        Console.WriteLine(Invariant($"{Rounds - WarmUpRounds} rounds after {WarmUpRounds} of warm-up."));
        Console.WriteLine("Ratio to Parse(span) in the same round: median [first quartile, third quartile], "
            + "and the median time added.");
        foreach (var payload in new[] { BenchmarkPayloads.Tipo1, BenchmarkPayloads.Tipo3, BenchmarkPayloads.Batch1000 })
        {
            await MeasureAsync(payload);
        }
    }

    private static async Task MeasureAsync(string payload)
    {
        var utf8 = BenchmarkPayloads.Load(payload);
        var text = Encoding.UTF8.GetString(utf8);

        // Size each slice from a first measurement, so that every timing lasts about as long.
        TimeSpanOnce(utf8, 200);
        var count = Math.Max(1, (int)(Slice.TotalNanoseconds / TimeSpanOnce(utf8, 200)));

        var ratios = Names.Select(_ => new List<double>()).ToArray();
        var added = Names.Select(_ => new List<double>()).ToArray();
        var spans = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var before = TimeSpanOnce(utf8, count);
            var times = new double[Names.Length];

            // Rotate the order from round to round, so that no entry point always runs right after Parse(span).
            for (var step = 0; step < Names.Length; step++)
            {
                var which = (round + step) % Names.Length;
                times[which] = which switch
                {
                    0 => TimeString(text, count),
                    1 => await TimeMemoryStreamAsync(utf8, count),
                    _ => await TimeNonSeekableAsync(utf8, count),
                };
            }

            var span = (before + TimeSpanOnce(utf8, count)) / 2;
            if (round < WarmUpRounds)
            {
                continue;
            }

            spans.Add(span);
            for (var i = 0; i < Names.Length; i++)
            {
                ratios[i].Add(times[i] / span);
                added[i].Add(times[i] - span);
            }
        }

        Console.WriteLine(Invariant(
            $"{payload} ({utf8.Length:N0} bytes): Parse(span) {Median(spans):N0} ns"));
        for (var i = 0; i < Names.Length; i++)
        {
            var quartiles = Invariant($"[{Quartile(ratios[i], 1):F3}, {Quartile(ratios[i], 3):F3}]");
            Console.WriteLine(Invariant(
                $"  {Names[i]}: {Median(ratios[i]):F3}x {quartiles}, {Median(added[i]):+0;-0} ns"));
        }
    }

    private static double TimeSpanOnce(byte[] utf8, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(WebhookParser.Parse(utf8));
        }

        return Stopwatch.GetElapsedTime(started).TotalNanoseconds / count;
    }

    private static double TimeString(string text, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(WebhookParser.Parse(text));
        }

        return Stopwatch.GetElapsedTime(started).TotalNanoseconds / count;
    }

    private static async Task<double> TimeMemoryStreamAsync(byte[] utf8, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            using var stream = new MemoryStream(utf8, writable: false);
            GC.KeepAlive(await WebhookParser.ParseAsync(stream));
        }

        return Stopwatch.GetElapsedTime(started).TotalNanoseconds / count;
    }

    private static async Task<double> TimeNonSeekableAsync(byte[] utf8, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await using var stream = new NonSeekableStream(utf8);
            GC.KeepAlive(await WebhookParser.ParseAsync(stream));
        }

        return Stopwatch.GetElapsedTime(started).TotalNanoseconds / count;
    }

    private static double Median(List<double> values) => Quartile(values, 2);

    private static double Quartile(List<double> values, int which)
    {
        var sorted = values.Order().ToArray();
        return sorted[(sorted.Length - 1) * which / 4];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
