using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// Bodies whose HTTP framing, not their JSON, is wrong, written as raw HTTP on a socket since HttpClient cannot send
/// them: a malformed chunk is 400 with a detail that names the framing, and a body that stalls is Kestrel's 408.
/// </summary>
public sealed class CheckmobWebhookEndpointFramingTests
{
    [Fact]
    public async Task HandleAsync_MalformedChunk_Answers400ThatNamesTheFramingAndRunsNoHandler()
    {
        await using var receiver = await Receiver.StartAsync();
        var body = Payloads.Cliente(9701);

        // A chunk size that is not hexadecimal, after one good chunk.
        var request = Head("Transfer-Encoding: chunked")
            + $"{body.Length / 2:x}\r\n{Encoding.UTF8.GetString(body, 0, body.Length / 2)}\r\nzz\r\n";
        var answer = await SendRawAsync(receiver, Encoding.UTF8.GetBytes(request));

        answer.Should().StartWith("HTTP/1.1 400 ");
        answer.Should().Contain("application/problem+json")
            .And.Contain(EndpointMessages.UnreadableBodyDetail)
            .And.NotContain(Payloads.DocumentedCpf);
        receiver.Handled.IdsCliente.Should().NotContain(9701);
        receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "RequestRefused")
            .Which.Message.Should().Contain("400 (unreadable body)");
    }

    [Theory]
    [InlineData("ffffffffffffffffffff")]
    [InlineData("7fffffffffff")]
    public async Task HandleAsync_ChunkSizeTooLargeForTheServer_Answers400NotADefault200(string chunkSize)
    {
        // Regression: Kestrel reports this as a plain IOException; the endpoint took it for the sender hanging up,
        // wrote nothing, and ASP.NET Core answered 200 for a delivery that was neither read nor stored.
        await using var receiver = await Receiver.StartAsync();
        var body = Encoding.UTF8.GetString(Payloads.Cliente(9703));

        var request = Head("Transfer-Encoding: chunked") + $"{chunkSize}\r\n{body}\r\n0\r\n\r\n";
        var answer = await SendRawAsync(receiver, Encoding.UTF8.GetBytes(request));

        answer.Should().StartWith("HTTP/1.1 400 ");
        answer.Should().Contain(EndpointMessages.UnreadableBodyDetail);
        receiver.Handled.IdsCliente.Should().NotContain(9703);
    }

    [Fact]
    public async Task HandleAsync_BodyThatStalls_Answers408AndRunsNoHandler()
    {
        // Kestrel's body data rate, strict enough to trip within seconds (its grace period must exceed one second).
        await using var receiver = await Receiver.StartAsync(new ReceiverSetup
        {
            ConfigureKestrel = kestrel => kestrel.Limits.MinRequestBodyDataRate =
                new MinDataRate(bytesPerSecond: 1_000, gracePeriod: TimeSpan.FromSeconds(1.5)),
        });
        var body = Payloads.Cliente(9702);

        // The Content-Length promises the whole body; only its first bytes are sent, then nothing.
        var request = Head($"Content-Length: {body.Length}") + Encoding.UTF8.GetString(body, 0, 20);
        var answer = await SendRawAsync(receiver, Encoding.UTF8.GetBytes(request));

        answer.Should().StartWith("HTTP/1.1 408 ");
        answer.Should().Contain(EndpointMessages.RequestTimeoutDetail)
            .And.Contain("rfc9110#section-15.5.9", "the problem's type is the section that defines 408");
        receiver.Handled.IdsCliente.Should().NotContain(9702);
        receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "RequestRefused")
            .Which.Message.Should().Contain("408 (body arrived too slowly)");
    }

    private static string Head(string framingHeader)
        => $"POST {Receiver.Url(Secrets.Primary)} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + $"{framingHeader}\r\nConnection: close\r\n\r\n";

    /// <summary>
    /// Writes <paramref name="request"/> and reads the answer until the server closes the connection (it asks for
    /// <c>Connection: close</c>). The client never closes its side first: the server would take that for the sender
    /// hanging up, and answer nothing.
    /// </summary>
    private static async Task<string> SendRawAsync(Receiver receiver, byte[] request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(receiver.Address.Host, receiver.Address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, timeout.Token);

        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        return Encoding.UTF8.GetString(answer.ToArray());
    }
}
