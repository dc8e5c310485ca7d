using System.Net;
using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>Inline mode (no inbox): the handlers run before the answer; the request's cancellation reaches them.
/// </summary>
public sealed class CheckmobWebhookEndpointInlineTests
{
    public static TheoryData<string, Type> DocumentedPayloads => new()
    {
        { "documented-tipo1-cliente-criado.json", typeof(ClienteCriado) },
        { "documented-tipo2-cliente-editado.json", typeof(ClienteEditado) },
        { "documented-tipo3-registro-realizado.json", typeof(RegistroRealizado) },
    };

    [Theory]
    [MemberData(nameof(DocumentedPayloads))]
    public async Task HandleAsync_DocumentedPayload_Answers200OnceTheHandlerRan(string fileName, Type eventType)
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.PostAsync(Payloads.Read(fileName));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        receiver.Handled.Events.Should().ContainSingle().Which.Should().BeOfType(eventType);
        receiver.Handled.Events[0].ItemCount.Should().Be(1);
    }

    [Fact]
    public async Task HandleAsync_HandlerThrows_Answers500WithoutInternals()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Handled.Behaviour = (_, _) => throw new InvalidOperationException(
            $"ERP refused the client with CPF {Payloads.DocumentedCpf}");

        using var response = await receiver.PostAsync(Payloads.Read("documented-tipo1-cliente-criado.json"));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var problem = await Problem.ReadAsync(response);
        problem.MediaType.Should().Be("application/problem+json");
        problem.Status.Should().Be(500);
        problem.Text.Should().NotContain("ERP").And.NotContain(Payloads.DocumentedCpf)
            .And.NotContain(nameof(InvalidOperationException)).And.NotContain(nameof(RecordingHandler));
        receiver.Handled.Events.Should().ContainSingle("the handler ran, and failed");
    }

    [Fact]
    public async Task HandleAsync_SenderHangsUp_CancellationReachesTheHandler()
    {
        await using var receiver = await Receiver.StartAsync();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.Handled.Behaviour = async (_, cancellationToken) =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult();
                throw;
            }
        };

        using var sender = new CancellationTokenSource();
        var posting = receiver.Client.SendAsync(
            Receiver.Post(Payloads.Read("documented-tipo1-cliente-criado.json"), Secrets.Primary), sender.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await sender.CancelAsync();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await FluentActions.Awaiting(() => posting).Should().ThrowAsync<OperationCanceledException>();
        await Eventually(() => receiver.Logs.Logs.Any(log => log.EventId.Name == "RequestAborted"));
        receiver.Logs.Logs.Should().NotContain(log => log.Level >= LogLevel.Error, "a sender hanging up is no error");
    }

    [Fact]
    public async Task HandleAsync_InlineMode_WarnsAtStartThatFailuresLoseEvents()
    {
        await using var receiver = await Receiver.StartAsync();

        receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "InlineMode")
            .Which.Level.Should().Be(LogLevel.Warning);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should come true within 30 seconds");
            await Task.Delay(10);
        }
    }
}
