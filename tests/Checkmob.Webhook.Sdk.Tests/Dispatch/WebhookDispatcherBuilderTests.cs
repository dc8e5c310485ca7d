using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Checkmob.Webhook.Sdk.Tests.Dispatch;

public class WebhookDispatcherBuilderTests
{
    [Fact]
    public async Task Build_WithInstancesAndDelegates_RoutesEachEventInRegistrationOrder()
    {
        var log = new CallLog();
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler(new ClienteCriadoHandler(log))
            .AddHandler<ClienteCriado>(criado => log.Add($"sync:{criado.Data.Count}"))
            .AddHandler<WebhookEvent>((evt, ct) =>
            {
                log.Add($"async:{(int)evt.Tipo}");
                return Task.CompletedTask;
            })
            .Build();

        await dispatcher.DispatchAsync(Events.ClienteCriado(8));
        await dispatcher.DispatchAsync(Events.RegistroRealizado());

        log.Calls.Should().Equal("ClienteCriadoHandler:8", "sync:1", "async:1", "async:3");
    }

    [Fact]
    public async Task Build_InstanceHandlingTwoTypes_ReceivesBoth()
    {
        var log = new CallLog();
        var dispatcher = new WebhookDispatcherBuilder().AddHandler(new ClienteCreatedOrEditedHandler(log)).Build();

        await dispatcher.DispatchAsync(Events.ClienteEditado());
        await dispatcher.DispatchAsync(Events.ClienteCriado());

        log.Calls.Should().Equal("ClienteCreatedOrEditedHandler:editado", "ClienteCreatedOrEditedHandler:criado");
    }

    [Fact]
    public async Task DispatchAsync_FailingDelegate_NamedInTheException()
    {
        var log = new CallLog();
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>(_ => throw new InvalidOperationException("boom"))
            .AddHandler(new ClienteCriadoHandler(log))
            .Build();

        var act = () => dispatcher.DispatchAsync(Events.ClienteCriado(3));

        var thrown = (await act.Should().ThrowAsync<WebhookDispatchException>()).Which;
        thrown.Failures.Should().ContainSingle().Which.HandlerName.Should().Be("ClienteCriado delegate #1");
        log.Calls.Should().Equal("ClienteCriadoHandler:3");
    }

    [Fact]
    public async Task DispatchAsync_NoHandlers_Completes()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(collector)));
        var dispatcher = new WebhookDispatcherBuilder().Build(loggerFactory);

        await dispatcher.DispatchAsync(Events.ChecklistRespondido());

        collector.GetSnapshot().Should().ContainSingle(r => r.Id.Name == "NoHandler")
            .Which.Category.Should().Be("Checkmob.Webhook.Sdk.WebhookDispatcher");
    }

    [Fact]
    public async Task Configure_StopOnFirstFailure_SkipsLaterHandlers()
    {
        var log = new CallLog();
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler(new FailingHandler(log))
            .AddHandler(new ClienteCriadoHandler(log))
            .Configure(o => o.StopOnFirstFailure = true)
            .Build();

        var act = () => dispatcher.DispatchAsync(Events.ClienteCriado());

        await act.Should().ThrowAsync<WebhookDispatchException>();
        log.Calls.Should().Equal("FailingHandler");
    }

    [Fact]
    public async Task Build_LaterBuilderChanges_DoNotAffectABuiltDispatcher()
    {
        var log = new CallLog();
        var builder = new WebhookDispatcherBuilder().AddHandler(new ClienteCriadoHandler(log));
        var dispatcher = builder.Build();
        builder.AddHandler(new CatchAllHandler(log));

        await dispatcher.DispatchAsync(Events.ClienteCriado(1));

        log.Calls.Should().Equal("ClienteCriadoHandler:1");
    }

    [Fact]
    public void AddHandler_ObjectWithoutHandlerInterface_Throws()
    {
        var act = () => new WebhookDispatcherBuilder().AddHandler(new NotAHandler());

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task DispatchAsync_NullEvent_ThrowsArgumentNull()
    {
        var dispatcher = new WebhookDispatcherBuilder().Build();

        var act = () => dispatcher.DispatchAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }
}
