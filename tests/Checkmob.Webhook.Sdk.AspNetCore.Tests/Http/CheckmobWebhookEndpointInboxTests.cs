using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// Inbox mode (a SQLite inbox in a temporary folder): every delivery is stored before the answer, and the handlers run
/// from the inbox's processor.
/// </summary>
public sealed class CheckmobWebhookEndpointInboxTests
{
    private static readonly TimeSpan HandledWithin = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("documented-tipo1-cliente-criado.json", TipoEvento.ClienteCriado)]
    [InlineData("documented-tipo2-cliente-editado.json", TipoEvento.ClienteEditado)]
    [InlineData("documented-tipo3-registro-realizado.json", TipoEvento.RegistroRealizado)]
    public async Task HandleAsync_DocumentedPayload_Answers200AndTheHandlerRuns(string fileName, TipoEvento tipo)
    {
        await using var receiver = await Receiver.StartAsync(new ReceiverSetup { UseInbox = true });

        using var response = await receiver.PostAsync(Payloads.Read(fileName));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await receiver.Handled.WaitForAsync(1, HandledWithin);
        receiver.Handled.Events.Should().ContainSingle().Which.Tipo.Should().Be(tipo);
        var inbox = receiver.Services.GetRequiredService<IWebhookInbox>();
        (await inbox.ListAsync(new WebhookDeliveryQuery())).Should().ContainSingle()
            .Which.RemoteAddress.Should().Be("127.0.0.1");
    }

    [Fact]
    public async Task HandleAsync_TwoHundredConcurrentDeliveries_AllAnswered200AndEachHandledOnce()
    {
        await using var receiver = await Receiver.StartAsync(new ReceiverSetup { UseInbox = true });
        var ids = Enumerable.Range(1, 200).Select(i => 500_000L + i).ToList();

        var responses = await Task.WhenAll(ids.Select(async id =>
        {
            using var response = await receiver.PostAsync(Payloads.Cliente(id));
            return response.StatusCode;
        }));

        responses.Should().AllSatisfy(status => status.Should().Be(HttpStatusCode.OK));
        await receiver.Handled.WaitForAsync(ids.Count, HandledWithin);
        await Task.Delay(200); // Room for a second, wrong, run of any delivery to show up.
        receiver.Handled.IdsCliente.Should().BeEquivalentTo(ids, "each delivery is handled exactly once");
    }

    [Fact]
    public async Task HandleAsync_SameBodyTwice_BothAnswered200AndHandledOnce()
    {
        await using var receiver = await Receiver.StartAsync(new ReceiverSetup { UseInbox = true });
        var body = Payloads.Cliente(7001);

        using var first = await receiver.PostAsync(body);
        using var second = await receiver.PostAsync(body);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        await receiver.Handled.WaitForAsync(1, HandledWithin);
        await Task.Delay(200);
        receiver.Handled.IdsCliente.Should().Equal(7001);
    }

    [Fact]
    public async Task HandleAsync_RejectedBody_Answers400AndKeepsItInTheInboxAsRejected()
    {
        await using var receiver = await Receiver.StartAsync(new ReceiverSetup { UseInbox = true });

        using var response = await receiver.PostAsync("""{"Tipo":1,"Data":{"IdCliente":"abc"}}"""u8.ToArray());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Member("kind").Should().Be(nameof(WebhookParseErrorKind.InvalidValue));
        problem.Member("path").Should().Be("$.Data.IdCliente");
        var inbox = receiver.Services.GetRequiredService<IWebhookInbox>();
        (await inbox.CountAsync(WebhookDeliveryState.Rejected)).Should().Be(1);
    }

    [Fact]
    public async Task HandleAsync_HandlerThrows_StillAnswered200SinceTheDeliveryIsStored()
    {
        await using var receiver = await Receiver.StartAsync(new ReceiverSetup { UseInbox = true });
        receiver.Handled.Behaviour = (_, _) => throw new InvalidOperationException("the ERP is down");

        using var response = await receiver.PostAsync(Payloads.Cliente(7002));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await receiver.Handled.WaitForAsync(1, HandledWithin);
        var inbox = receiver.Services.GetRequiredService<IWebhookInbox>();
        (await inbox.CountAsync(WebhookDeliveryState.Done)).Should().Be(0, "the failed attempt is retried later");
    }
}
