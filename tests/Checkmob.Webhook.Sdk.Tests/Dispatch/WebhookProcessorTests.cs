using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk.Tests.Dispatch;

public class WebhookProcessorTests
{
    private const string ValidBody = """{"Tipo":1,"Data":{"IdCliente":12,"Cpf":"529.982.247-25"}}""";
    private const string WrongTypeBody = """{"Tipo":1,"Data":[{"IdCliente":"abc"}]}""";

    public static TheoryData<string> Overloads => ["string", "bytes", "stream"];

    [Theory]
    [MemberData(nameof(Overloads))]
    public async Task ProcessAsync_ValidBody_ProcessedAndHandlerRan(string overload)
    {
        using var provider = ServiceProviderWebhookDispatcherTests.Build(b => b.AddHandler<ClienteCriadoHandler>());
        var processor = provider.GetRequiredService<IWebhookProcessor>();

        var result = await Process(processor, ValidBody, overload);

        result.Status.Should().Be(WebhookProcessingStatus.Processed);
        result.Succeeded.Should().BeTrue();
        result.Event.Should().BeOfType<ClienteCriado>();
        result.ParseError.Should().BeNull();
        result.DispatchError.Should().BeNull();
        provider.GetRequiredService<CallLog>().Calls.Should().Equal("ClienteCriadoHandler:12");
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public async Task ProcessAsync_InvalidBody_RejectedWithPathAndNoHandlerRan(string overload)
    {
        using var provider = ServiceProviderWebhookDispatcherTests.Build(b => b.AddHandler<CatchAllHandler>());
        var processor = provider.GetRequiredService<IWebhookProcessor>();

        var result = await Process(processor, WrongTypeBody, overload);

        result.Status.Should().Be(WebhookProcessingStatus.Rejected);
        result.Succeeded.Should().BeFalse();
        result.Event.Should().BeNull();
        result.ParseError!.Path.Should().Be("$.Data[0].IdCliente");
        result.ParseError.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        provider.GetRequiredService<CallLog>().Calls.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public async Task ProcessAsync_NotJson_Rejected(string overload)
    {
        using var provider = ServiceProviderWebhookDispatcherTests.Build(b => b.AddHandler<CatchAllHandler>());

        var result = await Process(provider.GetRequiredService<IWebhookProcessor>(), "<xml/>", overload);

        result.Status.Should().Be(WebhookProcessingStatus.Rejected);
        result.ParseError!.Kind.Should().Be(WebhookParseErrorKind.InvalidJson);
    }

    [Fact]
    public async Task ProcessAsync_FailingHandler_FailedWithTheEventAndTheFailures()
    {
        using var provider = ServiceProviderWebhookDispatcherTests.Build(
            b => b.AddHandler<FailingHandler>().AddHandler<ClienteCriadoHandler>());

        var result = await provider.GetRequiredService<IWebhookProcessor>().ProcessAsync(ValidBody);

        result.Status.Should().Be(WebhookProcessingStatus.Failed);
        result.Event.Should().BeOfType<ClienteCriado>();
        result.DispatchError!.Failures.Should().ContainSingle().Which.HandlerType.Should().Be<FailingHandler>();
        provider.GetRequiredService<CallLog>().Calls.Should().Equal("FailingHandler", "ClienteCriadoHandler:12");
    }

    [Fact]
    public async Task ProcessAsync_Cancelled_Throws()
    {
        using var provider = ServiceProviderWebhookDispatcherTests.Build(b => b.AddHandler<BlockingHandler>());
        using var cancellation = new CancellationTokenSource();

        var processing = provider.GetRequiredService<IWebhookProcessor>().ProcessAsync(ValidBody, cancellation.Token);
        await cancellation.CancelAsync();
        var act = () => processing;

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ProcessAsync_WithoutContainer_WorksFromInstances()
    {
        var log = new CallLog();
        var processor = new WebhookProcessor(
            new WebhookParser(null), new WebhookDispatcherBuilder().AddHandler(new ClienteCriadoHandler(log)).Build());

        var result = await processor.ProcessAsync(Encoding.UTF8.GetBytes(ValidBody));

        result.Succeeded.Should().BeTrue();
        log.Calls.Should().Equal("ClienteCriadoHandler:12");
    }

    private static Task<WebhookProcessingResult> Process(IWebhookProcessor processor, string body, string overload)
        => overload switch
        {
            "string" => processor.ProcessAsync(body),
            "bytes" => processor.ProcessAsync(Encoding.UTF8.GetBytes(body)),
            _ => processor.ProcessAsync(new MemoryStream(Encoding.UTF8.GetBytes(body))),
        };
}
