using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// Every log line of every category, at Trace, with the README's filter for the hosting diagnostics: one line per
/// request from the endpoint, and never the token or a payload value anywhere.
/// </summary>
public sealed class LogTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task HandleAsync_ValidDelivery_NoLineCarriesTheTokenOrThePayloadAndOneLineSaysWhatHappened(bool inbox)
    {
        var receiver = await Receiver.StartAsync(new ReceiverSetup { UseInbox = inbox });
        await using (receiver)
        {
            using var response = await receiver.PostAsync(Payloads.Read("documented-tipo1-cliente-criado.json"));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            await receiver.Handled.WaitForAsync(1, TimeSpan.FromSeconds(60));
        }

        var logs = receiver.Logs.Logs;
        logs.Should().Contain(log => log.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .And.Contain(log => log.Level == LogLevel.Trace, "every category is captured at Trace");
        logs.Should().NotContain(log => log.AllText.Contains(Secrets.Primary, StringComparison.Ordinal));
        logs.Should().NotContain(log => log.AllText.Contains("token=", StringComparison.OrdinalIgnoreCase));
        logs.Should().NotContain(log => log.AllText.Contains(Payloads.DocumentedCpf, StringComparison.Ordinal));
        logs.Should().NotContain(log => log.AllText.Contains(Payloads.DocumentedRua, StringComparison.Ordinal));
        var line = logs.Should().ContainSingle(log => log.Category == "Checkmob.Webhook.Sdk.CheckmobWebhookEndpoint"
            && log.EventId.Id == (inbox ? 301 : 302)).Which;
        line.Level.Should().Be(LogLevel.Information);
        line.Values.Should()
            .Contain(["StatusCode=200", "Tipo=ClienteCriado", "ItemCount=1", "RemoteAddress=127.0.0.1"]);
        line.Values.Should().Contain(value => value.StartsWith("ElapsedMilliseconds=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WithoutTheReadmeFilter_TheHostingDiagnosticsLogTheToken()
    {
        // The control of the test above: without the filter, ASP.NET Core's own "Request starting" line has the URL.
        var receiver = await Receiver.StartAsync(new ReceiverSetup { FilterHostingDiagnostics = false });
        await using (receiver)
        {
            using var response = await receiver.PostAsync(Payloads.Cliente(1));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        receiver.Logs.Logs.Should().Contain(log => log.Category == "Microsoft.AspNetCore.Hosting.Diagnostics"
            && log.Level == LogLevel.Information
            && log.Message.Contains(Secrets.Primary, StringComparison.Ordinal));
        receiver.Logs.Logs.Where(log => log.Category != "Microsoft.AspNetCore.Hosting.Diagnostics")
            .Should().NotContain(log => log.AllText.Contains(Secrets.Primary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WrongToken_OneWarningWithoutTheTokenSent()
    {
        const string WrongToken = "wrong-token-that-must-not-be-logged-0123456789";
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(Payloads.Cliente(2), WrongToken);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "RequestRefused")
            .Which.Level.Should().Be(LogLevel.Warning);
        receiver.Logs.Logs.Should().NotContain(log => log.AllText.Contains(WrongToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_RejectedBody_OneWarningWithKindAndPathAndNoValue()
    {
        await using var receiver = await Receiver.StartAsync();
        var body = Encoding.UTF8.GetBytes($$$"""{"Tipo":1,"Data":{"IdCliente":"{{{Payloads.DocumentedCpf}}}"}}""");

        using var response = await receiver.PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var line = receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "DeliveryRejected"
            && log.Category == "Checkmob.Webhook.Sdk.CheckmobWebhookEndpoint").Which;
        line.Level.Should().Be(LogLevel.Warning);
        line.Values.Should().Contain(["StatusCode=400", "ErrorKind=InvalidValue", "Path=$.Data.IdCliente"]);
        receiver.Logs.Logs.Should()
            .NotContain(log => log.AllText.Contains(Payloads.DocumentedCpf, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_HandlerFailsInline_OneErrorWithoutTheExceptionMessage()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Handled.Behaviour = (_, _) => throw new InvalidOperationException($"CPF {Payloads.DocumentedCpf}");

        using var response = await receiver.PostAsync(Payloads.Cliente(3));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "HandlersFailed")
            .Which.Level.Should().Be(LogLevel.Error);
        receiver.Logs.Logs.Should()
            .NotContain(log => log.AllText.Contains(Payloads.DocumentedCpf, StringComparison.Ordinal));
    }
}
