using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Newtonsoft.Json.Linq;

namespace Checkmob.Webhook.Sdk.Benchmarks;

/// <summary>
/// The yardstick of the performance issue, as ratios to the floor (System.Text.Json source generation into plain
/// records of the known envelope type), all in one run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ParseBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new();

    private byte[] _utf8 = [];
    private string _text = "";

    [Params(BenchmarkPayloads.Tipo1, BenchmarkPayloads.Tipo3, BenchmarkPayloads.Batch1000)]
    public string Payload { get; set; } = BenchmarkPayloads.Tipo1;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = BenchmarkPayloads.Load(Payload);
        _text = Encoding.UTF8.GetString(_utf8);
    }

    [Benchmark(Baseline = true, Description = "Floor (STJ source-gen, known type)")]
    public object? Floor() => Payload switch
    {
        BenchmarkPayloads.Tipo1 => JsonSerializer.Deserialize(_utf8, FloorJsonContext.Default.FloorClienteEnvelope),
        BenchmarkPayloads.Tipo3 => JsonSerializer.Deserialize(_utf8, FloorJsonContext.Default.FloorRegistroEnvelope),
        _ => JsonSerializer.Deserialize(_utf8, FloorJsonContext.Default.FloorBatchEnvelope),
    };

    [Benchmark(Description = "Scan (Utf8JsonReader, every token)")]
    public int Scan()
    {
        var reader = new Utf8JsonReader(_utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "Naive (JsonDocument + reflection)")]
    public object? Naive()
    {
        using var document = JsonDocument.Parse(_utf8);
        var tipo = document.RootElement.GetProperty("Tipo").GetInt32();
        var data = document.RootElement.GetProperty("Data");
        return (tipo, data.ValueKind) switch
        {
            (3, _) => data.Deserialize<FloorRegistro>(ReflectionOptions),
            (_, JsonValueKind.Array) => data.Deserialize<List<FloorCliente>>(ReflectionOptions),
            _ => data.Deserialize<FloorCliente>(ReflectionOptions),
        };
    }

    [Benchmark(Description = "Newtonsoft (JObject + ToObject)")]
    public object? Newtonsoft()
    {
        var root = JObject.Parse(_text);
        var tipo = root.Value<int>("Tipo");
        var data = root["Data"]!;
        return (tipo, data.Type) switch
        {
            (3, _) => data.ToObject<FloorRegistro>(),
            (_, JTokenType.Array) => data.ToObject<List<FloorCliente>>(),
            _ => data.ToObject<FloorCliente>(),
        };
    }

    [Benchmark(Description = "SDK Parse(span)")]
    public WebhookEvent SdkSpan() => WebhookParser.Parse(_utf8);

    [Benchmark(Description = "SDK Parse(string)")]
    public WebhookEvent SdkString() => WebhookParser.Parse(_text);

    // A MemoryStream is read without an await (copied, since this one hides its buffer); the non-seekable stream,
    // like a request body, takes the general path: reads into a pooled window until the stream ends.
    [Benchmark(Description = "SDK ParseAsync(MemoryStream)")]
    public async Task<WebhookEvent> SdkStream()
    {
        using var stream = new MemoryStream(_utf8, writable: false);
        return await WebhookParser.ParseAsync(stream);
    }

    [Benchmark(Description = "SDK ParseAsync(non-seekable stream)")]
    public async Task<WebhookEvent> SdkNonSeekableStream()
    {
        await using var stream = new NonSeekableStream(_utf8);
        return await WebhookParser.ParseAsync(stream);
    }
}
