using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// <c>ParseAsync</c> on a body longer than its window parses the <c>Data</c> items one by one as they arrive. These
/// tests shrink the window (an internal constructor) so that every payload takes that path, and hold it to the same
/// outcome as <c>Parse(bytes)</c>: the same event, or the same error kind, path, line and byte position.
/// </summary>
public class WebhookParserStreamingTests
{
    private const int BaseSeed = 20_261_203;

    private static readonly int[] WindowLengths = [1, 16, 37, 128, 1000];

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true };

    private static readonly JsonSerializerOptions CompactOptions = new();

    private static readonly List<byte[]> Batches = BuildBatches();

    public static TheoryData<string> PayloadNames() => [.. Payloads.All()];

    [Theory]
    [MemberData(nameof(PayloadNames))]
    public async Task ParseAsync_PayloadThroughSmallWindows_AgreesWithParseBytes(string fileName)
    {
        var body = Payloads.ReadBytes(fileName);
        var expected = Outcome(() => WebhookParser.Parse(body));

        foreach (var window in WindowLengths)
        {
            foreach (var chunk in new[] { 1, 7, 4096 })
            {
                var actual = await OutcomeAsync(new WebhookParser(null, window), body, chunk);
                actual.Should().Be(expected, "window {0}, chunks of {1}", window, chunk);
            }
        }
    }

    [Fact]
    public async Task ParseAsync_BatchesThroughSmallWindows_AgreeWithParseBytes()
    {
        for (var index = 0; index < Batches.Count; index++)
        {
            var body = Batches[index];
            var expected = Outcome(() => WebhookParser.Parse(body));
            expected.Should().NotStartWith("rejected", "batch {0} is built from valid payloads", index);

            foreach (var window in WindowLengths)
            {
                var actual = await OutcomeAsync(new WebhookParser(null, window), body, 1 + (window % 97));
                actual.Should().Be(expected, "batch {0}, window {1}", index, window);
            }
        }
    }

    [Fact]
    public async Task ParseAsync_RandomMutationsOfBatchesThroughSmallWindows_AgreeWithParseBytes()
    {
        const int Iterations = 3_000;
        var options = new[]
        {
            new WebhookParserOptions(),
            new WebhookParserOptions { MaxDepth = 5 },
            new WebhookParserOptions { TimeZone = WebhookParserOptions.BrasiliaTimeZone, MaxBodyLength = 20_000 },
        };
        var disagreements = new List<string>();
        var rejected = 0;

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            // The seed alone picks the mutation, the options, the window and the chunk size.
            var seed = BaseSeed + iteration;
            var mutation = WebhookParserFuzzTests.Mutation.Create(seed, Batches);
            var parserOptions = options[seed % options.Length];
            var window = 1 + (seed % 211);
            var chunk = 1 + (seed % 53);

            var expected = Outcome(() => Parse(new WebhookParser(parserOptions), mutation.Body));
            var actual = await OutcomeAsync(new WebhookParser(parserOptions, window), mutation.Body, chunk);
            if (expected != actual)
            {
                disagreements.Add($"seed {seed} ({mutation.Description}): bytes {expected}; stream {actual}");
            }

            rejected += expected.StartsWith("rejected", StringComparison.Ordinal) ? 1 : 0;
        }

        disagreements.Should().BeEmpty();
        rejected.Should().BeInRange(Iterations / 20, Iterations - (Iterations / 20), "mutations both keep and break");
    }

    [Fact]
    public async Task ParseAsync_LargeBatchFromNonSeekableStream_ReadsEveryItemWithTheDefaultWindow()
    {
        // About 3 MiB: longer than the default window (1 MiB), so it is read item by item.
        var body = Batch(count: 3_000, indented: true);
        body.Length.Should().BeGreaterThan(2 * 1024 * 1024);

        var expected = WebhookParser.Parse(body);
        using var stream = ParserHarness.Trickle(body, 8_192);
        var actual = await WebhookParser.ParseAsync(stream);

        actual.Should().BeOfType<ClienteCriado>().Which.Data.Should().HaveCount(3_000);
        ParserHarness.Canonical(actual).Should().Be(ParserHarness.Canonical(expected));
    }

    [Fact]
    public async Task ParseAsync_WrongTypedFieldInALaterItem_ReportsItsPathAndTheBodysLine()
    {
        var body = Batch(count: 60, indented: true, breakItem: 41);
        var expected = Catch(() => WebhookParser.Parse(body));

        var actual = await CatchAsync(new WebhookParser(null, 64), body, 5);

        actual.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        actual.Path.Should().Be("$.Data[41].IdCliente");
        actual.LineNumber.Should().Be(expected.LineNumber).And.BeGreaterThan(41);
        actual.BytePositionInLine.Should().Be(expected.BytePositionInLine);
    }

    [Theory]
    [InlineData("{\"Tipo\":1,\"Data\":[\n{\"IdCliente\":1}, {\"IdCliente\":2},{\"IdCliente\":\"x\"}]}")]
    [InlineData("{\"Tipo\":1,\n\"Data\":[{\"IdCliente\":1},\n  {\"IdCliente\":2}, {\"IdCliente\":true}]}")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"IdCliente\":1}\n\n,{\"IdCliente\":2}  ,  {\"Cep\":\"x\"}]}")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"IdCliente\":1},\n{\"IdCliente\":2},{\"IdCliente\":3}]\n, \"Data\":[]}")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"IdCliente\":1},\n{\"IdCliente\":2}, x]}")]
    public async Task ParseAsync_ErrorOnTheLineOfAnEarlierItem_ReportsTheBodysPosition(string json)
    {
        var body = ParserHarness.Utf8(json);
        var expected = Catch(() => WebhookParser.Parse(body));

        foreach (var window in new[] { 1, 20, 30 })
        {
            var actual = await CatchAsync(new WebhookParser(null, window), body, 2);

            actual.Kind.Should().Be(expected.Kind);
            actual.Path.Should().Be(expected.Path);
            actual.LineNumber.Should().Be(expected.LineNumber);
            actual.BytePositionInLine.Should().Be(expected.BytePositionInLine).And.BeGreaterThan(0);
        }
    }

    [Fact]
    public async Task ParseAsync_InvalidUtf8AfterItemsWereRead_ReportsInvalidUtf8AtTheBodysPosition()
    {
        var body = Batch(count: 30, indented: true);
        var at = Array.LastIndexOf(body, (byte)'"', body.Length - 40);
        body[at - 1] = 0xFF;
        var expected = Catch(() => WebhookParser.Parse(body));

        var actual = await CatchAsync(new WebhookParser(null, 100), body, 3);

        actual.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
        actual.LineNumber.Should().Be(expected.LineNumber).And.BeGreaterThan(30);
        actual.BytePositionInLine.Should().Be(expected.BytePositionInLine);
    }

    [Fact]
    public async Task ParseAsync_SyntaxErrorInAnItemBeforeAnInvalidUtf8Byte_ReportsInvalidUtf8LikeParseBytes()
    {
        // Bytes are checked for UTF-8 before anything is parsed: a later bad byte wins over an earlier error.
        var body = Batch(count: 20, indented: false);
        var firstItemEnd = Encoding.UTF8.GetString(body).IndexOf("},{", StringComparison.Ordinal);
        body[firstItemEnd + 2] = (byte)'x';
        body[^5] = 0xC3;

        var expected = Catch(() => WebhookParser.Parse(body));
        var actual = await CatchAsync(new WebhookParser(null, 50), body, 11);

        expected.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
        actual.Kind.Should().Be(expected.Kind);
        actual.BytePositionInLine.Should().Be(expected.BytePositionInLine);
    }

    [Fact]
    public async Task ParseAsync_BodyOverTheLimitAfterItemsWereRead_ReportsBodyTooLarge()
    {
        var body = Batch(count: 40, indented: false);
        var parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = body.Length - 1 }, 64);

        var error = await CatchAsync(parser, body, 13);

        error.Kind.Should().Be(WebhookParseErrorKind.BodyTooLarge);
    }

    [Fact]
    public async Task ParseAsync_ItemNestedTooDeep_ReportsDepthExceededLikeParseBytes()
    {
        var items = Enumerable.Range(0, 10).Select(i => $"{{\"IdCliente\":{i}}}").ToList();
        items[7] = "{\"IdCliente\":7,\"Extra\":[[[[[1]]]]]}";
        var body = ParserHarness.Utf8(ParserHarness.Envelope(1, "[" + string.Join(",", items) + "]"));
        var options = new WebhookParserOptions { MaxDepth = 5 };
        var expected = Catch(() => Parse(new WebhookParser(options), body));

        var actual = await CatchAsync(new WebhookParser(options, 20), body, 4);

        actual.Kind.Should().Be(WebhookParseErrorKind.DepthExceeded);
        actual.Path.Should().Be(expected.Path);
        actual.BytePositionInLine.Should().Be(expected.BytePositionInLine);
    }

    [Fact]
    public async Task ParseAsync_AccentedTextSplitAcrossReads_KeepsEveryCharacter()
    {
        var items = Enumerable.Range(0, 40).Select(i => $"{{\"IdCliente\":{i},\"Nome\":\"São João ção {i} 😀\"}}");
        var body = ParserHarness.Utf8(ParserHarness.Envelope(1, "[" + string.Join(",", items) + "]"));

        for (var chunk = 1; chunk <= 5; chunk++)
        {
            var evt = await ParseAsync(new WebhookParser(null, 24), ParserHarness.Trickle(body, chunk));

            evt.Should().BeOfType<ClienteCriado>().Which.Data.Select(c => c.Nome)
                .Should().Equal(Enumerable.Range(0, 40).Select(i => $"São João ção {i} 😀"));
        }
    }

    [Fact]
    public async Task ParseAsync_CancelledWhileReadingItems_ThrowsOperationCanceledException()
    {
        var body = Batch(count: 50, indented: false);
        using var cancellation = new CancellationTokenSource();
        var stream = new CancelAfterStream(ParserHarness.Trickle(body, 100), body.Length / 2, cancellation);

        var parse = () => ParseAsync(new WebhookParser(null, 256), stream, cancellation.Token).AsTask();

        await parse.Should().ThrowAsync<OperationCanceledException>();
    }

    private static WebhookEvent Parse(IWebhookParser parser, byte[] body) => parser.Parse(body);

    private static ValueTask<WebhookEvent> ParseAsync(
        IWebhookParser parser, Stream stream, CancellationToken cancellationToken = default)
        => parser.ParseAsync(stream, cancellationToken);

    private static string Outcome(Func<WebhookEvent> parse)
    {
        try
        {
            return ParserHarness.Canonical(parse());
        }
        catch (WebhookParseException ex)
        {
            return $"rejected: {ex.Kind} at {ex.Path} ({ex.LineNumber}, {ex.BytePositionInLine})";
        }
    }

    private static async Task<string> OutcomeAsync(IWebhookParser parser, byte[] body, int chunkSize)
    {
        try
        {
            using var stream = ParserHarness.Trickle(body, chunkSize);
            return ParserHarness.Canonical(await parser.ParseAsync(stream));
        }
        catch (WebhookParseException ex)
        {
            return $"rejected: {ex.Kind} at {ex.Path} ({ex.LineNumber}, {ex.BytePositionInLine})";
        }
    }

    private static WebhookParseException Catch(Func<WebhookEvent> parse)
    {
        var act = () => parse();
        return act.Should().Throw<WebhookParseException>().Which;
    }

    private static async Task<WebhookParseException> CatchAsync(IWebhookParser parser, byte[] body, int chunkSize)
    {
        var act = () => parser.ParseAsync(ParserHarness.Trickle(body, chunkSize)).AsTask();
        return (await act.Should().ThrowAsync<WebhookParseException>()).Which;
    }

    /// <summary>
    /// A <c>Tipo</c> 1 body of <paramref name="count"/> clients, each the newer Tipo 1 sample's client with its own
    /// <c>IdCliente</c>; <paramref name="breakItem"/> gets an <c>IdCliente</c> that is not a number.
    /// </summary>
    private static byte[] Batch(int count, bool indented, int breakItem = -1)
    {
        var client = FirstItem("newer-tipo1-cliente-criado.json");
        var data = new JsonArray();
        for (var index = 0; index < count; index++)
        {
            var item = client.DeepClone().AsObject();
            item["IdCliente"] = index == breakItem ? JsonValue.Create("not a number") : JsonValue.Create(1000 + index);
            data.Add(item);
        }

        var root = new JsonObject { ["Tipo"] = 1, ["Data"] = data };
        return JsonSerializer.SerializeToUtf8Bytes(root, indented ? IndentedOptions : CompactOptions);
    }

    private static JsonObject FirstItem(string fileName)
    {
        var data = JsonNode.Parse(Payloads.Read(fileName))!["Data"]!;
        return (data is JsonArray array ? array[0]! : data).DeepClone().AsObject();
    }

    /// <summary>
    /// Bodies of several items for every sample payload of a known type: compact and indented, with a byte order
    /// mark, with members around <c>Tipo</c> and <c>Data</c>, and with <c>Tipo</c> last (which is read whole).
    /// </summary>
    private static List<byte[]> BuildBatches()
    {
        var batches = new List<byte[]>();
        foreach (var fileName in Payloads.All())
        {
            var root = JsonNode.Parse(Payloads.Read(fileName))!.AsObject();
            if (root["Tipo"]?.GetValue<int>() is not (>= 1 and <= 4) || root["Data"] is not { } data)
            {
                continue;
            }

            var item = data is JsonArray array ? array[0]! : data;
            var items = new JsonArray(Enumerable.Range(0, 4).Select(_ => item.DeepClone()).ToArray());
            var tipo = root["Tipo"]!.GetValue<int>();

            var plain = new JsonObject { ["Tipo"] = tipo, ["Data"] = items.DeepClone() };
            var surrounded = new JsonObject
            {
                ["Versao"] = "2", ["Tipo"] = tipo, ["Origem"] = new JsonArray(1, 2), ["Data"] = items.DeepClone(),
                ["Depois"] = new JsonObject { ["a"] = 1 },
            };
            var tipoLast = new JsonObject { ["Data"] = items.DeepClone(), ["Tipo"] = tipo };

            batches.Add(Encoding.UTF8.GetBytes(plain.ToJsonString()));
            batches.Add(Encoding.UTF8.GetBytes(surrounded.ToJsonString(IndentedOptions)));
            batches.Add([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(plain.ToJsonString())]);
            batches.Add(Encoding.UTF8.GetBytes(tipoLast.ToJsonString()));
        }

        return batches;
    }

    /// <summary>Cancels a token once <paramref name="after"/> bytes have been read through it.</summary>
    private sealed class CancelAfterStream(Stream inner, int after, CancellationTokenSource cancellation) : Stream
    {
        private int _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _read += read;
            if (_read >= after)
            {
                cancellation.Cancel();
            }

            return read;
        }

        // Both overloads: the netstandard2.0 build of the SDK reads through arrays.
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Read(buffer.AsSpan(offset, count)));
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
