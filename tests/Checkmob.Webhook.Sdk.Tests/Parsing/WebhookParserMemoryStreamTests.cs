using System.Text;
using System.Text.Json.Nodes;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// <c>ParseAsync</c> reads a <see cref="MemoryStream"/> without an await: in place when its buffer is visible, copied
/// when it is hidden, and through the general path when it is longer than the window, over the limit, disposed, or a
/// subclass. Every way gives what <c>Parse(bytes)</c> gives, leaves the stream at its end, and reports errors through
/// the task.
/// </summary>
public class WebhookParserMemoryStreamTests
{
    public enum Kind
    {
        /// <summary><c>new MemoryStream(bytes)</c>: the buffer is hidden, so the body is copied.</summary>
        Hidden,

        /// <summary>Written into <c>new MemoryStream()</c>: the buffer is visible and parsed in place.</summary>
        Written,

        /// <summary>A visible buffer starting at an offset of its array, read from a position past a prefix.</summary>
        VisibleWithOriginAndPosition,

        /// <summary>A subclass, which takes the general path (it may change how it reads).</summary>
        Subclass,
    }

    public static TheoryData<string, Kind> PayloadsByKind()
    {
        var data = new TheoryData<string, Kind>();
        foreach (var file in Payloads.All())
        {
            foreach (var kind in Enum.GetValues<Kind>())
            {
                data.Add(file, kind);
            }
        }

        return data;
    }

    public static TheoryData<string, Kind> BadBodiesByKind()
    {
        var data = new TheoryData<string, Kind>();
        foreach (var row in WebhookParserOverloadTests.BadBodies)
        {
            foreach (var kind in Enum.GetValues<Kind>())
            {
                data.Add(row, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PayloadsByKind))]
    public async Task ParseAsync_MemoryStreamOfAnyKind_GivesWhatParseBytesGivesAndEndsAtTheEnd(string file, Kind kind)
    {
        var utf8 = Payloads.ReadBytes(file);
        using var stream = Open(kind, utf8);

        var evt = await WebhookParser.ParseAsync(stream);

        ParserHarness.Canonical(evt).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(utf8)));
        stream.Position.Should().Be(stream.Length);
        stream.CanRead.Should().BeTrue("the stream belongs to the caller and is not disposed");
    }

    [Theory]
    [MemberData(nameof(BadBodiesByKind))]
    public async Task ParseAsync_BadBodyInAMemoryStreamOfAnyKind_FailsThroughTheTaskLikeParseBytes(
        string json, Kind kind)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var expected = ParserHarness.Reject(utf8);
        using var stream = Open(kind, utf8);

        // The call itself does not throw: the error is in the task it returns, as from any other stream.
        var pending = WebhookParser.ParseAsync(stream);
        var act = async () => await pending;

        var actual = (await act.Should().ThrowAsync<WebhookParseException>()).Which;
        actual.Kind.Should().Be(expected.Kind);
        actual.Path.Should().Be(expected.Path);
        actual.LineNumber.Should().Be(expected.LineNumber);
        actual.BytePositionInLine.Should().Be(expected.BytePositionInLine);
    }

    [Theory]
    [InlineData(Kind.Hidden)]
    [InlineData(Kind.Written)]
    [InlineData(Kind.VisibleWithOriginAndPosition)]
    public async Task ParseAsync_MemoryStreamOverTheLimit_IsBodyTooLarge(Kind kind)
    {
        var utf8 = Payloads.ReadBytes("documented-tipo1-cliente-criado.json");
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = utf8.Length - 1 });
        using var stream = Open(kind, utf8);

        var act = async () => await parser.ParseAsync(stream);

        (await act.Should().ThrowAsync<WebhookParseException>()).Which.Kind
            .Should().Be(WebhookParseErrorKind.BodyTooLarge);
    }

    [Theory]
    [InlineData(Kind.Hidden)]
    [InlineData(Kind.Written)]
    [InlineData(Kind.VisibleWithOriginAndPosition)]
    public async Task ParseAsync_MemoryStreamOfExactlyTheLimit_IsParsed(Kind kind)
    {
        var utf8 = Payloads.ReadBytes("documented-tipo1-cliente-criado.json");
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = utf8.Length });
        using var stream = Open(kind, utf8);

        var evt = await parser.ParseAsync(stream);

        evt.Should().BeOfType<ClienteCriado>().Which.Data.Should().ContainSingle();
    }

    [Theory]
    [InlineData(Kind.Hidden)]
    [InlineData(Kind.Written)]
    [InlineData(Kind.VisibleWithOriginAndPosition)]
    public async Task ParseAsync_MemoryStreamLongerThanTheWindow_GivesWhatParseBytesGives(Kind kind)
    {
        // A batch longer than a 64-byte window: a hidden buffer is read item by item, a visible one in place.
        var utf8 = Payloads.ReadBytes("documented-tipo1-cliente-criado.json");
        var batch = Encoding.UTF8.GetBytes(BatchOf(Encoding.UTF8.GetString(utf8), 5));
        using var stream = Open(kind, batch);

        var evt = await ((IWebhookParser)new WebhookParser(null, 64)).ParseAsync(stream);

        ParserHarness.Canonical(evt).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(batch)));
        evt.Should().BeOfType<ClienteCriado>().Which.Data.Should().HaveCount(5);
        stream.Position.Should().Be(stream.Length);
    }

    [Theory]
    [InlineData(Kind.Hidden)]
    [InlineData(Kind.Written)]
    public async Task ParseAsync_CancelledBeforeReadingAMemoryStream_ReadsNothing(Kind kind)
    {
        using var stream = Open(kind, Payloads.ReadBytes("documented-tipo3-registro-realizado.json"));
        var before = stream.Position;

        var act = async () => await WebhookParser.ParseAsync(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        stream.Position.Should().Be(before);
    }

    [Fact]
    public async Task ParseAsync_DisposedMemoryStream_FailsThroughTheTaskWithObjectDisposed()
    {
        var stream = new MemoryStream(Payloads.ReadBytes("documented-tipo1-cliente-criado.json"));
        await stream.DisposeAsync();

        var pending = WebhookParser.ParseAsync(stream);
        var act = async () => await pending;

        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Theory]
    [InlineData(Kind.Hidden)]
    [InlineData(Kind.Written)]
    [InlineData(Kind.VisibleWithOriginAndPosition)]
    [InlineData(Kind.Subclass)]
    public async Task ParseAsync_MemoryStreamPositionedPastItsEnd_IsAnEmptyBodyAndStaysThere(Kind kind)
    {
        using var stream = Open(kind, Payloads.ReadBytes("documented-tipo1-cliente-criado.json"));
        stream.Position = stream.Length + 10;
        var expected = ParserHarness.Reject(""u8.ToArray());

        var act = async () => await WebhookParser.ParseAsync(stream);

        (await act.Should().ThrowAsync<WebhookParseException>()).Which.Kind.Should().Be(expected.Kind);
        stream.Position.Should().Be(stream.Length + 10, "a read past the end moves nothing");
    }

    private static MemoryStream Open(Kind kind, byte[] body)
    {
        switch (kind)
        {
            case Kind.Hidden:
                return new MemoryStream(body);
            case Kind.Written:
                var written = new MemoryStream();
                written.Write(body);
                written.Position = 0;
                return written;
            case Kind.VisibleWithOriginAndPosition:
                byte[] prefix = [.. "not JSON"u8];
                byte[] array = [0xFF, 0xFE, .. prefix, .. body, 0xFF];
                var visible = new MemoryStream(
                    array, 2, prefix.Length + body.Length, writable: false, publiclyVisible: true);
                visible.Position = prefix.Length;
                return visible;
            default:
                return new SubclassStream(body);
        }
    }

    private static string BatchOf(string tipo1, int count)
    {
        // The documented Tipo 1 carries Data as one object: repeat it in an array.
        var item = JsonNode.Parse(tipo1)!["Data"]!.ToJsonString();
        return "{\"Tipo\":1,\"Data\":[" + string.Join(",", Enumerable.Repeat(item, count)) + "]}";
    }

    private sealed class SubclassStream(byte[] body) : MemoryStream(body);
}
