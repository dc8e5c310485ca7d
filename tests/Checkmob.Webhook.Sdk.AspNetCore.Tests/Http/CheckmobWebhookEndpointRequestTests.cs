using System.Net;
using System.Text;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// What the endpoint answers before any handler runs, in its order: 405, 401, 415, 413, then 400 for a body the parser
/// rejects. One inline-mode receiver serves every test of the class.
/// </summary>
public sealed class CheckmobWebhookEndpointRequestTests(InlineReceiverFixture fixture)
    : IClassFixture<InlineReceiverFixture>
{
    private const int Limit = (int)CheckmobWebhookEndpointOptions.DefaultMaxRequestBodySize;

    private Receiver Receiver => fixture.Receiver;

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task HandleAsync_MethodOtherThanPost_Answers405WithAllowPost(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Receiver.Url(Secrets.Primary));

        using var response = await Receiver.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Fact]
    public async Task HandleAsync_GetWithoutToken_Answers405BeforeAuthentication()
    {
        using var response = await Receiver.Client.GetAsync(Receiver.Url(token: null));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    public static TheoryData<string?> WrongTokens => new()
    {
        null,
        string.Empty,
        "wrong-secret-0123456789abcdefghijklmnop",
        Secrets.Primary[..^1],
        Secrets.Primary + "x",
        Secrets.Primary.ToUpperInvariant(),
        " " + Secrets.Primary,
    };

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public async Task HandleAsync_MissingOrWrongToken_Answers401WithTheSameProblem(string? token)
    {
        using var response = await Receiver.PostAsync(Payloads.Cliente(9001), token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var problem = await Problem.ReadAsync(response);
        problem.MediaType.Should().Be("application/problem+json");
        problem.Status.Should().Be(401);
        problem.Text.Should().Be(await UnauthorizedTextAsync(), "a missing and a wrong token get the same answer");
        Receiver.Handled.IdsCliente.Should().NotContain(9001);
    }

    [Fact]
    public async Task HandleAsync_TenKilobyteGarbageTokenInHeader_Answers401()
    {
        var garbage = new string('x', 10 * 1024) + Secrets.Primary;
        using var request = Receiver.Post(Payloads.Cliente(9002), token: null);
        request.Headers.Add(CheckmobWebhookEndpointOptions.TokenHeaderName, garbage);

        using var response = await Receiver.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HandleAsync_FourKilobyteGarbageTokenInQuery_Answers401()
    {
        using var response = await Receiver.PostAsync(Payloads.Cliente(9003), new string('x', 4096));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HandleAsync_TokenInHeader_Answers200()
    {
        using var request = Receiver.Post(Payloads.Cliente(9004), token: null);
        request.Headers.Add(CheckmobWebhookEndpointOptions.TokenHeaderName, Secrets.Primary);

        using var response = await Receiver.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Receiver.Handled.IdsCliente.Should().Contain(9004);
    }

    [Fact]
    public async Task HandleAsync_WrongTokenInQueryAndRightOneInHeader_Answers401AsTheQueryDecides()
    {
        using var request = Receiver.Post(Payloads.Cliente(9007), token: "stale-token-0123456789abcdefghijklmnop");
        request.Headers.Add(CheckmobWebhookEndpointOptions.TokenHeaderName, Secrets.Primary);

        using var response = await Receiver.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        Receiver.Handled.IdsCliente.Should().NotContain(9007);
    }

    [Fact]
    public async Task HandleAsync_TokenTwiceInQuery_Answers401()
    {
        var url = Receiver.Url(Secrets.Primary) + "&token=" + Uri.EscapeDataString(Secrets.Primary);
        using var response = await Receiver.Client.PostAsync(url, Json(Payloads.Cliente(9005)));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HandleAsync_WrongTokenAndTextPlain_Answers401BeforeMediaType()
    {
        using var response = await Receiver.PostAsync(Payloads.Cliente(9006), "wrong", "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("not a media type")]
    public async Task HandleAsync_NotJsonInUtf8_Answers415(string contentType)
    {
        using var response = await Receiver.PostAsync(Payloads.Cliente(9010), Secrets.Primary, contentType);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await Problem.ReadAsync(response)).Status.Should().Be(415);
        Receiver.Handled.IdsCliente.Should().NotContain(9010);
    }

    [Theory]
    [InlineData("application/json", 9021)]
    [InlineData("application/json; charset=utf-8", 9022)]
    [InlineData("application/json;charset=\"UTF-8\"", 9023)]
    [InlineData("Application/JSON; charset=utf8", 9024)]
    [InlineData("application/vnd.checkmob+json", 9025)]
    [InlineData(null, 9026)]
    public async Task HandleAsync_JsonWithOrWithoutCharsetOrNoContentType_Answers200(string? contentType, long id)
    {
        using var response = await Receiver.PostAsync(Payloads.Cliente(id), Secrets.Primary, contentType);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Receiver.Handled.IdsCliente.Should().Contain(id);
    }

    [Fact]
    public async Task HandleAsync_BodyOfExactlyTheLimit_Answers200()
    {
        using var response = await Receiver.PostAsync(Padded(Payloads.Cliente(9031), Limit));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Receiver.Handled.IdsCliente.Should().Contain(9031);
    }

    [Fact]
    public async Task HandleAsync_ContentLengthOverTheLimit_Answers413()
    {
        using var response = await Receiver.PostAsync(Padded(Payloads.Cliente(9032), Limit + 1));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Problem.ReadAsync(response)).Status.Should().Be(413);
        Receiver.Handled.IdsCliente.Should().NotContain(9032);
    }

    [Fact]
    public async Task HandleAsync_ChunkedBodyOverTheLimit_Answers413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Url(Secrets.Primary))
        {
            Content = new UnknownLengthContent(Padded(Payloads.Cliente(9033), (2 * Limit) + 10)),
        };

        using var response = await Receiver.Client.SendAsync(request);

        request.Headers.TransferEncodingChunked.Should().BeTrue();
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Receiver.Handled.IdsCliente.Should().NotContain(9033);
    }

    [Fact]
    public async Task HandleAsync_ChunkedBodyWithinTheLimit_Answers200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Receiver.Url(Secrets.Primary))
        {
            Content = new UnknownLengthContent(Padded(Payloads.Cliente(9034), Limit)),
        };

        using var response = await Receiver.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Receiver.Handled.IdsCliente.Should().Contain(9034);
    }

    [Fact]
    public async Task HandleAsync_MalformedJson_Answers400WithKindAndPathAndNoPayloadValue()
    {
        var body = Encoding.UTF8.GetBytes(
            $$"""{"Tipo":1,"Data":{"IdCliente":9041,"Cpf":"{{Payloads.DocumentedCpf}}",""");

        using var response = await Receiver.PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.MediaType.Should().Be("application/problem+json");
        problem.Status.Should().Be(400);
        problem.Member("kind").Should().Be(nameof(WebhookParseErrorKind.InvalidJson));
        problem.Member("path").Should().StartWith("$");
        problem.Member("title").Should().NotBeNullOrWhiteSpace();
        problem.Member("detail").Should().NotBeNullOrWhiteSpace();
        problem.Text.Should().NotContain(Payloads.DocumentedCpf).And.NotContain("9041");
    }

    [Fact]
    public async Task HandleAsync_WrongTypedField_Answers400WithKindAndPathAndNoPayloadValue()
    {
        var body = Encoding.UTF8.GetBytes(
            $$$"""{"Tipo":1,"Data":{"Cpf":"{{{Payloads.DocumentedCpf}}}","IdCliente":"secret-looking-value"}}""");

        using var response = await Receiver.PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Member("kind").Should().Be(nameof(WebhookParseErrorKind.InvalidValue));
        problem.Member("path").Should().Be("$.Data.IdCliente");
        problem.Text.Should().NotContain("secret-looking-value").And.NotContain(Payloads.DocumentedCpf);
    }

    [Fact]
    public async Task HandleAsync_EmptyBody_Answers400EmptyBody()
    {
        using var response = await Receiver.PostAsync([]);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Member("kind").Should().Be(nameof(WebhookParseErrorKind.EmptyBody));
    }

    private async Task<string> UnauthorizedTextAsync()
    {
        using var response = await Receiver.PostAsync(Payloads.Cliente(9000), token: null);
        return await response.Content.ReadAsStringAsync();
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    /// <summary>The body and spaces up to <paramref name="length"/> bytes: still one valid JSON document.</summary>
    private static byte[] Padded(byte[] body, int length)
    {
        var padded = new byte[length];
        body.CopyTo(padded, 0);
        padded.AsSpan(body.Length).Fill((byte)' ');
        return padded;
    }
}
