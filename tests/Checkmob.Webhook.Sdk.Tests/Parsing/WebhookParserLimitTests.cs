using System.Text;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>Regressions from the hostile review: bodies over the limit, lying or broken streams, unpaired surrogates.</summary>
public class WebhookParserLimitTests
{
    private const string Body = """{"Tipo":1,"Data":{"IdCliente":1}}""";

    [Fact]
    public async Task ParseAsync_EndlessNonSeekableStream_RejectedAtTheLimitInsteadOfBufferingForever()
    {
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = 64 * 1024 });

        var act = async () => await parser.ParseAsync(new EndlessSpaces());

        (await act.Should().ThrowAsync<WebhookParseException>()).Which.Kind.Should().Be(WebhookParseErrorKind.BodyTooLarge);
    }

    [Fact]
    public async Task ParseAsync_BodyExactlyAtTheLimit_IsParsed()
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = bytes.Length });

        var evt = await parser.ParseAsync(new NonSeekable(bytes));

        evt.Should().BeOfType<ClienteCriado>();
    }

    [Fact]
    public void Parse_StringAndBytesOverTheLimit_Rejected()
    {
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = 10 });

        var fromString = () => parser.Parse(Body);
        var fromBytes = () => parser.Parse(Encoding.UTF8.GetBytes(Body));

        fromString.Should().Throw<WebhookParseException>().Which.Kind.Should().Be(WebhookParseErrorKind.BodyTooLarge);
        fromBytes.Should().Throw<WebhookParseException>().Which.Kind.Should().Be(WebhookParseErrorKind.BodyTooLarge);
    }

    [Fact]
    public void Parse_StringWhoseUtf8IsOverTheLimitThoughItsCharsAreNot_Rejected()
    {
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = 50 });
        var json = """{"Tipo":1,"Data":{"Nome":"ããããããããããããããã"}}"""; // 46 chars, 61 UTF-8 bytes

        var act = () => parser.Parse(json);

        act.Should().Throw<WebhookParseException>().Which.Kind.Should().Be(WebhookParseErrorKind.BodyTooLarge);
    }

    [Fact]
    public async Task ParseAsync_SeekableStreamClaimingAHugeLength_AllocatesOnlyUpToTheLimit()
    {
        IWebhookParser parser = new WebhookParser(new WebhookParserOptions { MaxBodyLength = 1024 });

        var evt = await parser.ParseAsync(new LyingLength(Encoding.UTF8.GetBytes(Body), claimed: int.MaxValue - 2));

        evt.Should().BeOfType<ClienteCriado>();
    }

    [Fact]
    public async Task ParseAsync_SeekableStreamWhoseLengthThrows_IsReadToItsEnd()
    {
        var evt = await WebhookParser.ParseAsync(new LyingLength(Encoding.UTF8.GetBytes(Body), claimed: null));

        evt.Should().BeOfType<ClienteCriado>();
    }

    [Fact]
    public async Task ParseAsync_StreamReturningMoreThanAsked_ThrowsInvalidOperationNotAnIndexError()
    {
        var act = async () => await WebhookParser.ParseAsync(new Overreporting());

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*ReadAsync returned*");
    }

    [Fact]
    public void Parse_StringWithAnUnpairedSurrogate_RejectedAsInvalidText()
    {
        var json = "{\"Tipo\":1,\"Data\":{\"Nome\":\"a\uD800b\"}}";

        var act = () => WebhookParser.Parse(json);

        act.Should().Throw<WebhookParseException>().Which.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
    }

    [Fact]
    public void Parse_EscapedUnpairedSurrogateInAText_RejectedWithItsPath()
    {
        var act = () => WebhookParser.Parse("""{"Tipo":1,"Data":{"Nome":"\uD800"}}""");

        var thrown = act.Should().Throw<WebhookParseException>().Which;
        thrown.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        thrown.Path.Should().Be("$.Data.Nome");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Constructor_MaxDepthOutOfRange_Throws(int maxDepth)
    {
        var act = () => new WebhookParser(new WebhookParserOptions { MaxDepth = maxDepth });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDepth*");
    }

    [Fact]
    public void Constructor_SeveralBadOptions_NamesEveryOne()
    {
        var act = () => new WebhookParser(new WebhookParserOptions { MaxDepth = 0, MaxBodyLength = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDepth*MaxBodyLength*");
    }

    [Fact]
    public void Constructor_Parameterless_UsesTheDefaults()
    {
        IWebhookParser parser = new WebhookParser();

        parser.Parse(Body).Should().BeOfType<ClienteCriado>();
    }

    private sealed class EndlessSpaces : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    /// <summary>Says it can seek, then lies about its length (or cannot tell it).</summary>
    private sealed class LyingLength(byte[] bytes, long? claimed) : MemoryStream(bytes)
    {
        public override long Length => claimed ?? throw new NotSupportedException();
    }

    private sealed class Overreporting : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => count + 1;
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(buffer.Length + 1);
    }
}
