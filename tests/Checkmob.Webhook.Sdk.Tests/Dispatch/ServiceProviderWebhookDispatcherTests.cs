using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Checkmob.Webhook.Sdk.Tests.Dispatch;

public class ServiceProviderWebhookDispatcherTests
{
    [Fact]
    public async Task DispatchAsync_TypedHandler_ReceivesOnlyItsEventType()
    {
        using var provider = Build(builder => builder.AddHandler<ClienteCriadoHandler>().AddHandler<RegistroHandler>());
        var dispatcher = provider.GetRequiredService<IWebhookDispatcher>();

        await dispatcher.DispatchAsync(Events.ClienteCriado(idCliente: 42));

        provider.GetRequiredService<CallLog>().Calls.Should().Equal("ClienteCriadoHandler:42");
    }

    [Fact]
    public async Task DispatchAsync_ClassHandlingTwoTypes_ReceivesBoth()
    {
        using var provider = Build(builder => builder.AddHandler<ClienteCreatedOrEditedHandler>());
        var dispatcher = provider.GetRequiredService<IWebhookDispatcher>();

        await dispatcher.DispatchAsync(Events.ClienteCriado());
        await dispatcher.DispatchAsync(Events.ClienteEditado());
        await dispatcher.DispatchAsync(Events.RegistroRealizado());

        provider.GetRequiredService<CallLog>().Calls.Should().Equal(
            "ClienteCreatedOrEditedHandler:criado", "ClienteCreatedOrEditedHandler:editado");
    }

    [Fact]
    public async Task DispatchAsync_CatchAll_RunsForEveryEventIncludingUnknown()
    {
        using var provider = Build(builder => builder.AddHandler<CatchAllHandler>());
        var dispatcher = provider.GetRequiredService<IWebhookDispatcher>();

        await dispatcher.DispatchAsync(Events.ClienteCriado());
        await dispatcher.DispatchAsync(Events.ClienteEditado());
        await dispatcher.DispatchAsync(Events.RegistroRealizado());
        await dispatcher.DispatchAsync(Events.ChecklistRespondido());
        await dispatcher.DispatchAsync(Events.Unknown(99));

        provider.GetRequiredService<CallLog>().Calls.Should().Equal(
            "CatchAllHandler:1", "CatchAllHandler:2", "CatchAllHandler:3", "CatchAllHandler:4", "CatchAllHandler:99");
    }

    [Fact]
    public async Task DispatchAsync_UnknownEvent_ReachesItsTypedHandlerAndCatchAllInRegistrationOrder()
    {
        using var provider = Build(builder => builder.AddHandler<CatchAllHandler>().AddHandler<UnknownTipoHandler>());

        await provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.Unknown(7));

        provider.GetRequiredService<CallLog>().Calls.Should().Equal("CatchAllHandler:7", "UnknownTipoHandler:7:1");
    }

    [Fact]
    public async Task DispatchAsync_NoHandler_CompletesAndLogsAtDebug()
    {
        var collector = new FakeLogCollector();
        using var provider = Build(builder => builder.AddHandler<RegistroHandler>(), collector);

        await provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado());

        provider.GetRequiredService<CallLog>().Calls.Should().BeEmpty();
        var record = collector.GetSnapshot().Should().ContainSingle(r => r.Id.Name == "NoHandler").Subject;
        record.Level.Should().Be(LogLevel.Debug);
    }

    [Fact]
    public async Task DispatchAsync_OneOfThreeHandlersFails_OthersRunAndExceptionNamesTheFailure()
    {
        using var provider = Build(builder => builder
            .AddHandler<ClienteCriadoHandler>()
            .AddHandler<FailingHandler>()
            .AddHandler<CatchAllHandler>());

        var act = () => provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado(5));

        var thrown = (await act.Should().ThrowAsync<WebhookDispatchException>()).Which;
        provider.GetRequiredService<CallLog>().Calls.Should().Equal(
            "ClienteCriadoHandler:5", "FailingHandler", "CatchAllHandler:1");
        thrown.Failures.Should().ContainSingle();
        thrown.Failures[0].HandlerType.Should().Be<FailingHandler>();
        thrown.Failures[0].Exception.Should().BeOfType<InvalidOperationException>();
        thrown.HandlerCount.Should().Be(3);
        thrown.Tipo.Should().Be(TipoEvento.ClienteCriado);
        thrown.Message.Should().Contain(typeof(FailingHandler).FullName);
        thrown.InnerException.Should().BeSameAs(thrown.Failures[0].Exception);
    }

    [Fact]
    public async Task DispatchAsync_TwoHandlersFail_ExceptionCarriesBothInOrder()
    {
        using var provider = Build(builder => builder.AddHandler<FailingHandler>().AddHandler<SecondFailingHandler>());

        var act = () => provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado());

        var thrown = (await act.Should().ThrowAsync<WebhookDispatchException>()).Which;
        thrown.Failures.Select(f => f.HandlerType).Should().Equal(typeof(FailingHandler), typeof(SecondFailingHandler));
        thrown.Failures[1].Exception.Should().BeOfType<TimeoutException>();
    }

    [Fact]
    public async Task DispatchAsync_StopOnFirstFailure_SkipsLaterHandlers()
    {
        using var provider = Build(builder => builder
            .AddHandler<FailingHandler>()
            .AddHandler<ClienteCriadoHandler>()
            .ConfigureDispatch(options => options.StopOnFirstFailure = true));

        var act = () => provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado());

        (await act.Should().ThrowAsync<WebhookDispatchException>()).Which.Failures.Should().ContainSingle();
        provider.GetRequiredService<CallLog>().Calls.Should().Equal("FailingHandler");
    }

    [Fact]
    public async Task DispatchAsync_StopOnFirstFailureFromConfigureOfOptions_IsHonoured()
    {
        using var provider = Build(
            builder => builder.AddHandler<FailingHandler>().AddHandler<ClienteCriadoHandler>(),
            configureServices: services => services.Configure<WebhookDispatchOptions>(o => o.StopOnFirstFailure = true));

        var act = () => provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado());

        await act.Should().ThrowAsync<WebhookDispatchException>();
        provider.GetRequiredService<CallLog>().Calls.Should().Equal("FailingHandler");
    }

    [Fact]
    public async Task DispatchAsync_CancelledBeforeStart_ThrowsAndRunsNoHandler()
    {
        using var provider = Build(builder => builder.AddHandler<ClienteCriadoHandler>());
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => provider.GetRequiredService<IWebhookDispatcher>()
            .DispatchAsync(Events.ClienteCriado(), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        provider.GetRequiredService<CallLog>().Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task DispatchAsync_CancelledWhileAHandlerRuns_ThrowsAndSkipsTheRest()
    {
        using var provider = Build(builder => builder.AddHandler<BlockingHandler>().AddHandler<ClienteCriadoHandler>());
        using var cancellation = new CancellationTokenSource();

        var dispatch = provider.GetRequiredService<IWebhookDispatcher>()
            .DispatchAsync(Events.ClienteCriado(), cancellation.Token);
        await cancellation.CancelAsync();
        var act = () => dispatch;

        await act.Should().ThrowAsync<OperationCanceledException>();
        provider.GetRequiredService<CallLog>().Calls.Should().Equal("BlockingHandler");
    }

    [Fact]
    public async Task DispatchAsync_Token_FlowsToHandlers()
    {
        var handler = new TokenRecordingHandler();
        using var provider = Build(
            builder => builder.AddHandler<TokenRecordingHandler>(),
            configureServices: services => services.AddSingleton(handler));
        using var cancellation = new CancellationTokenSource();

        await provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado(), cancellation.Token);

        handler.Seen.Should().Be(cancellation.Token);
    }

    [Fact]
    public async Task DispatchAsync_FromRootProvider_RunsEachDispatchInAFreshScope()
    {
        using var provider = Build(
            builder => builder.AddHandler<ScopeRecordingHandler>(),
            configureServices: services => services.AddScoped<ScopedProbe>());
        var dispatcher = provider.GetRequiredService<IWebhookDispatcher>();

        await dispatcher.DispatchAsync(Events.ClienteCriado());
        await dispatcher.DispatchAsync(Events.ClienteCriado());

        var calls = provider.GetRequiredService<CallLog>().Calls;
        calls.Should().HaveCount(2);
        calls[0].Should().NotBe(calls[1]);
    }

    [Fact]
    public async Task DispatchAsync_FromAnExistingScope_UsesThatScope()
    {
        using var provider = Build(
            builder => builder.AddHandler<ScopeRecordingHandler>(),
            configureServices: services => services.AddScoped<ScopedProbe>());
        await using var scope = provider.CreateAsyncScope();
        var probe = scope.ServiceProvider.GetRequiredService<ScopedProbe>();
        var dispatcher = scope.ServiceProvider.GetRequiredService<IWebhookDispatcher>();

        await dispatcher.DispatchAsync(Events.ClienteCriado());
        await dispatcher.DispatchAsync(Events.RegistroRealizado());

        provider.GetRequiredService<CallLog>().Calls.Should().Equal(probe.Id.ToString(), probe.Id.ToString());
    }

    [Fact]
    public async Task AddHandler_SameClassTwice_RegistersItOnce()
    {
        using var provider = Build(builder => builder.AddHandler<ClienteCriadoHandler>().AddHandler<ClienteCriadoHandler>());

        await provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado(9));

        provider.GetRequiredService<CallLog>().Calls.Should().Equal("ClienteCriadoHandler:9");
    }

    [Fact]
    public async Task AddHandler_ClassTheAppRegisteredItself_StillDispatchedWithTheAppsRegistration()
    {
        var handler = new TokenRecordingHandler();
        using var provider = Build(
            builder => builder.AddHandler<TokenRecordingHandler>(),
            configureServices: services => services.AddSingleton(handler));
        using var cancellation = new CancellationTokenSource();

        await provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.Unknown(), cancellation.Token);

        handler.Seen.Should().Be(cancellation.Token);
    }

    [Fact]
    public void AddHandler_ClassWithoutHandlerInterface_Throws()
    {
        var services = new ServiceCollection();

        var act = () => services.AddCheckmobWebhooks().AddHandler<NotAHandler>();

        act.Should().Throw<ArgumentException>().WithMessage($"*{typeof(NotAHandler).FullName}*IWebhookHandler*");
    }

    [Fact]
    public void AddCheckmobWebhooks_ConfigureParser_ReachesTheRegisteredParser()
    {
        using var provider = Build(builder => builder.ConfigureParser(o => o.TimeZone = WebhookParserOptions.BrasiliaTimeZone));
        var parser = provider.GetRequiredService<IWebhookParser>();

        var evt = parser.Parse("""{"Tipo":3,"Data":{"DataCheckIn":"2025-06-04T09:00:00"}}""");

        ((RegistroRealizado)evt).Data[0].DataCheckIn!.Value.UtcDateTime.Should().Be(new DateTime(2025, 6, 4, 12, 0, 0));
    }

    [Fact]
    public async Task DispatchAsync_Logs_NeverCarryPayloadValues()
    {
        var collector = new FakeLogCollector();
        using var provider = Build(builder => builder.AddHandler<ClienteCriadoHandler>().AddHandler<FailingHandler>(), collector);

        var act = () => provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado(77));
        await act.Should().ThrowAsync<WebhookDispatchException>();

        var records = collector.GetSnapshot();
        records.Select(r => r.Id.Name).Should().Contain(["HandlerSucceeded", "HandlerFailed", "DispatchCompleted"]);
        records.Should().AllSatisfy(r =>
        {
            r.Message.Should().NotContain("529.982.247-25").And.NotContain("Cliente Exemplo");
        });
        records.Single(r => r.Id.Name == "HandlerFailed").Level.Should().Be(LogLevel.Error);
    }

    internal static ServiceProvider Build(
        Action<CheckmobWebhooksBuilder> configure,
        FakeLogCollector? collector = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<CallLog>();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (collector is not null)
            {
                logging.AddProvider(new FakeLoggerProvider(collector));
            }
        });
        configureServices?.Invoke(services);
        configure(services.AddCheckmobWebhooks());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
