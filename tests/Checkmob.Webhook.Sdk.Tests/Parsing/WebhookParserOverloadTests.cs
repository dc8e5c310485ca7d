using System.Globalization;
using System.Text;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// The entry points agree: <c>Parse(string)</c>, <c>Parse(ReadOnlySpan&lt;byte&gt;)</c> and <c>ParseAsync(Stream)</c>,
/// static or through <see cref="IWebhookParser"/>, give the same event or the same rejection for the same body.
/// </summary>
public class WebhookParserOverloadTests
{
    public static TheoryData<string> AllPayloadFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var fileName in Payloads.All())
            {
                data.Add("payloads/" + fileName);
            }

            foreach (var fileName in Fixtures.All())
            {
                data.Add("fixtures/" + fileName);
            }

            return data;
        }
    }

    public static TheoryData<string> BadBodies
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in WebhookParserRejectionTests.BadEnvelopes)
            {
                data.Add((string)row[0]);
            }

            foreach (var row in WebhookParserValueRejectionTests.WrongTypedFields)
            {
                data.Add(ParserHarness.Envelope((int)row[0], (string)row[1]));
            }

            data.Add("");
            data.Add(" \r\n");
            data.Add("\uFEFF");
            data.Add("{\"Tipo\":1,\n\"Data\":[\n{\"IdCliente\":1},\n{\"IdCliente\":\"abc\"}]}");
            data.Add("{\"Tipo\":1,\"Data\":{\"X\":" + new string('[', 10_000) + new string(']', 10_000) + "}}");
            data.Add("{\"Tipo\":1,\"Data\":{\"Nome\":\"Padaria S\u00e3o Jo");
            data.Add("{\"Tipo\":\"\\uD800\",\"Data\":{}}");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllPayloadFiles))]
    public async Task Parse_SamePayloadThroughEveryOverload_GivesTheSameEvent(string file)
    {
        var json = file.StartsWith("payloads/", StringComparison.Ordinal)
            ? Payloads.Read(file["payloads/".Length..])
            : Fixtures.Read(file["fixtures/".Length..]);
        var utf8 = Encoding.UTF8.GetBytes(json);
        IWebhookParser instance = new WebhookParser(new WebhookParserOptions());
        using var seekable = new MemoryStream(utf8);
        using var trickle = ParserHarness.Trickle(utf8, 1);
        using var chunks = ParserHarness.Trickle(utf8, 7);

        var expected = ParserHarness.Canonical(WebhookParser.Parse(json));

        ParserHarness.Canonical(WebhookParser.Parse(utf8)).Should().Be(expected);
        ParserHarness.Canonical(await WebhookParser.ParseAsync(seekable)).Should().Be(expected);
        ParserHarness.Canonical(await WebhookParser.ParseAsync(trickle)).Should().Be(expected);
        ParserHarness.Canonical(instance.Parse(json)).Should().Be(expected);
        ParserHarness.Canonical(instance.Parse(utf8)).Should().Be(expected);
        ParserHarness.Canonical(await instance.ParseAsync(chunks)).Should().Be(expected);
        expected.Should().Contain("\"Data\":[{");
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Parse_SameBadBodyThroughEveryOverload_ThrowsTheSameKindPathAndPosition(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        using var seekable = new MemoryStream(utf8);
        using var trickle = ParserHarness.Trickle(utf8, 5);

        var fromString = ParserHarness.Reject(json);
        var fromBytes = ParserHarness.Reject(utf8);
        var fromSeekable = await RejectAsync(seekable);
        var fromTrickle = await RejectAsync(trickle);

        foreach (var ex in (WebhookParseException[])[fromBytes, fromSeekable, fromTrickle])
        {
            ex.Kind.Should().Be(fromString.Kind);
            ex.Path.Should().Be(fromString.Path);
            ex.LineNumber.Should().Be(fromString.LineNumber);
            ex.BytePositionInLine.Should().Be(fromString.BytePositionInLine);
        }
    }

    // Parse(string) transcodes a string of up to 65,536 chars in one pass and measures a longer one first: both ways
    // agree with Parse(bytes), for text whose chars take one to four UTF-8 bytes, on either side of that length.
    [Theory]
    [InlineData(65_536 - 200)]
    [InlineData(65_536 - 100)]
    [InlineData(65_536 + 100)]
    public void Parse_StringOnEitherSideOfTheOnePassLength_AgreesWithParseBytes(int length)
    {
        var head = "{\"Tipo\":1,\"Data\":{\"IdCliente\":7,\"Nome\":\"";
        var tail = "\"}}";
        var text = new StringBuilder(head);
        while (text.Length < length - tail.Length - 1)
        {
            // One, two and three UTF-8 bytes a char; then a surrogate pair, four bytes, when it fits whole.
            text.Append((text.Length % 4) switch { 0 => "a", 1 => "\u00e3", 2 => "\u20ac", _ => "\U0001F600" });
        }

        var json = text.Append(tail).ToString();

        var fromString = WebhookParser.Parse(json);

        ParserHarness.Canonical(fromString).Should().Be(
            ParserHarness.Canonical(WebhookParser.Parse(Encoding.UTF8.GetBytes(json))));
        ((ClienteCriado)fromString).Data[0].Nome.Should().HaveLength(json.Length - head.Length - tail.Length);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(65_536 + 100)]
    public void Parse_StringEndingInALoneHighSurrogate_RejectedAsInvalidUtf8OnEitherPath(int length)
    {
        var json = "{\"Tipo\":1,\"Data\":{\"Nome\":\"" + new string('a', length) + "\uD800\"}}";

        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
    }

    [Fact]
    public async Task ParseAsync_InvalidUtf8_ThrowsLikeParseBytes()
    {
        byte[] utf8 = [.. ParserHarness.Utf8("{\"Tipo\":1,\"Data\":{\"Nome\":\"S"), 0xC3, 0x28, .. "\"}}"u8];
        using var trickle = ParserHarness.Trickle(utf8, 2);

        var fromBytes = ParserHarness.Reject(utf8);
        var fromStream = await RejectAsync(trickle);

        fromBytes.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
        fromStream.Kind.Should().Be(fromBytes.Kind);
        fromStream.Path.Should().Be(fromBytes.Path);
        fromStream.BytePositionInLine.Should().Be(fromBytes.BytePositionInLine).And.Be(27);
    }

    [Fact]
    public async Task ParseAsync_NonSeekableStreamLargerThanItsFirstBuffer_ReadsTheWholeBody()
    {
        var data = new StringBuilder("[");
        for (var i = 0; i < 2_000; i++)
        {
            data.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $"{{\"IdCliente\":{i},\"Nome\":\"São João {i}\"}}");
        }

        var json = ParserHarness.Envelope(2, data.Append(']').ToString());
        using var stream = ParserHarness.Trickle(Encoding.UTF8.GetBytes(json), 1_000);

        var evt = await WebhookParser.ParseAsync(stream);

        json.Length.Should().BeGreaterThan(3 * 16 * 1024);
        ParserHarness.Canonical(evt).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(json)));
        evt.Should().BeOfType<ClienteEditado>().Which.Data[1_999].Nome.Should().Be("São João 1999");
    }

    [Fact]
    public async Task ParseAsync_SeekableStreamNotAtItsStart_ReadsFromItsPositionToItsEndAndLeavesItOpen()
    {
        var prefix = "garbage that is not JSON"u8.ToArray();
        var body = Payloads.ReadBytes("newer-tipo4-checklist-respondido.json");
        using var stream = new MemoryStream([.. prefix, .. body]);
        stream.Position = prefix.Length;

        var evt = await WebhookParser.ParseAsync(stream);

        evt.Should().BeOfType<ChecklistRespondido>().Which.Data[0].Id.Should().Be(990011);
        stream.Position.Should().Be(stream.Length);
        stream.CanRead.Should().BeTrue("the stream belongs to the caller and is not disposed");
    }

    [Fact]
    public void Parse_ConcurrentCallsOnOneInstance_GiveTheSameResults()
    {
        IWebhookParser parser = new WebhookParser(
            new WebhookParserOptions { TimeZone = WebhookParserOptions.BrasiliaTimeZone });
        string[] bodies = [.. Payloads.All().Select(Payloads.Read)];
        var expected = bodies.Select(body => ParserHarness.Canonical(parser.Parse(body))).ToArray();
        var results = new string[400];

        Parallel.For(
            0, results.Length, i => results[i] = ParserHarness.Canonical(parser.Parse(bodies[i % bodies.Length])));

        results.Select((result, i) => result == expected[i % bodies.Length]).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public async Task ParseAsync_CancelledToken_ThrowsOperationCanceledException()
    {
        using var stream = new MemoryStream(Payloads.ReadBytes("documented-tipo1-cliente-criado.json"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await WebhookParser.ParseAsync(stream, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ParseAsync_CancelledTokenThroughTheInterface_ThrowsOperationCanceledException()
    {
        IWebhookParser parser = new WebhookParser(null);
        using var stream = ParserHarness.Trickle(Payloads.ReadBytes("documented-tipo3-registro-realizado.json"));

        var act = async () => await parser.ParseAsync(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Parse_NullArgumentToAnyOverload_ThrowsArgumentNullException()
    {
        IWebhookParser parser = new WebhookParser(null);

        FluentActions.Invoking(() => WebhookParser.Parse((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => parser.Parse((string)null!)).Should().Throw<ArgumentNullException>();
        await FluentActions.Awaiting(async () => await WebhookParser.ParseAsync(null!))
            .Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(async () => await parser.ParseAsync(null!))
            .Should().ThrowAsync<ArgumentNullException>();
    }

    private static async Task<WebhookParseException> RejectAsync(Stream stream)
    {
        var act = async () => await WebhookParser.ParseAsync(stream);
        return (await act.Should().ThrowAsync<WebhookParseException>()).Which;
    }
}
