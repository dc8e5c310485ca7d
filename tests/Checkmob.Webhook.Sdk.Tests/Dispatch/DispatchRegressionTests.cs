using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk.Tests.Dispatch;

/// <summary>Regressions from the hostile review of dispatch.</summary>
public class DispatchRegressionTests
{
    [Fact]
    public async Task AddHandler_AsyncLambdaWithoutToken_IsAwaitedNotFiredAndForgotten()
    {
        var done = false;
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>(async criado =>
            {
                await Task.Delay(50);
                done = true;
            })
            .Build();

        await dispatcher.DispatchAsync(Events.ClienteCriado());

        done.Should().BeTrue();
    }

    [Fact]
    public async Task AddHandler_AsyncLambdaThatThrowsAfterAwait_IsReportedAsAFailure()
    {
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>(async criado =>
            {
                await Task.Yield();
                throw new InvalidOperationException("db down");
            })
            .Build();

        var act = () => dispatcher.DispatchAsync(Events.ClienteCriado());

        (await act.Should().ThrowAsync<WebhookDispatchException>()).Which.Failures.Should().ContainSingle();
    }

    // Dispatch runs a handler that completes synchronously without awaiting it; these pin the other outcomes.
    [Fact]
    public async Task DispatchAsync_HandlerReturningNullInsteadOfATask_ReportedAsAFailureAndTheNextStillRuns()
    {
        var ran = false;
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>((_, _) => null!)
            .AddHandler<ClienteCriado>(_ =>
            {
                ran = true;
                return Task.CompletedTask;
            })
            .Build();

        var act = () => dispatcher.DispatchAsync(Events.ClienteCriado());

        var failure = (await act.Should().ThrowAsync<WebhookDispatchException>()).Which.Failures.Should()
            .ContainSingle().Which;
        failure.HandlerName.Should().Be("ClienteCriado delegate #1");
        ran.Should().BeTrue();
    }

    [Fact]
    public async Task DispatchAsync_HandlerReturningAnAlreadyFaultedTask_ReportedWithItsException()
    {
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>(_ => Task.FromException(new TimeoutException()))
            .Build();

        var act = () => dispatcher.DispatchAsync(Events.ClienteCriado());

        (await act.Should().ThrowAsync<WebhookDispatchException>()).Which.Failures.Should().ContainSingle()
            .Which.Exception.Should().BeOfType<TimeoutException>();
    }

    [Fact]
    public async Task DispatchAsync_HandlerThrowingCancellationSynchronouslyForTheDispatchToken_Propagates()
    {
        using var cancellation = new CancellationTokenSource();
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>((_, token) =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                return Task.CompletedTask;
            })
            .Build();

        var act = () => dispatcher.DispatchAsync(Events.ClienteCriado(), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task DispatchAsync_FilterEnablingDebugButNotError_LogsRealElapsedTimes()
    {
        // Regression: the clock was read only when Error was enabled, so a filter that enables Debug alone logged the
        // time since the machine started as a handler's elapsed time.
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter((_, level) => level == LogLevel.Debug)
            .AddProvider(new FakeLoggerProvider(collector)));
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler<ClienteCriado>(_ => Task.CompletedTask)
            .Build(loggerFactory);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await dispatcher.DispatchAsync(Events.ClienteCriado());
        var wholeDispatch = watch.Elapsed.TotalMilliseconds;

        var records = collector.GetSnapshot();
        records.Should().Contain(record => record.Id.Name == "HandlerSucceeded")
            .And.Contain(record => record.Id.Name == "DispatchCompleted");
        foreach (var record in records.Where(record => record.Id.Name is "HandlerSucceeded" or "DispatchCompleted"))
        {
            var elapsed = double.Parse(
                record.GetStructuredStateValue("ElapsedMilliseconds")!, System.Globalization.CultureInfo.InvariantCulture);
            elapsed.Should().BeInRange(0, wholeDispatch + 1, "no part of the dispatch lasts longer than all of it");
        }
    }

    [Fact]
    public void AddHandler_DelegatePassedAsAnObject_ThrowsAndPointsToTheTypedOverload()
    {
        Func<ClienteCriado, CancellationToken, Task> handler = (_, _) => Task.CompletedTask;

        var act = () => new WebhookDispatcherBuilder().AddHandler((object)handler);

        act.Should().Throw<ArgumentException>().WithMessage("*AddHandler<TEvent>*");
    }

    [Fact]
    public async Task DispatchAsync_ClassWithTypedAndCatchAllInterfaces_ReceivesEachEventOnce()
    {
        var log = new CallLog();
        var dispatcher = new WebhookDispatcherBuilder().AddHandler(new TypedAndCatchAllHandler(log)).Build();

        await dispatcher.DispatchAsync(Events.ClienteCriado());
        await dispatcher.DispatchAsync(Events.RegistroRealizado());

        log.Calls.Should().Equal("typed:1", "catch-all:3");
    }

    [Fact]
    public async Task DispatchAsync_ContainerClassWithTypedAndCatchAllInterfaces_ReceivesEachEventOnce()
    {
        using var provider = ServiceProviderWebhookDispatcherTests.Build(b => b.AddHandler<TypedAndCatchAllHandler>());
        var dispatcher = provider.GetRequiredService<IWebhookDispatcher>();

        await dispatcher.DispatchAsync(Events.ClienteCriado());
        await dispatcher.DispatchAsync(Events.Unknown(42));

        provider.GetRequiredService<CallLog>().Calls.Should().Equal("typed:1", "catch-all:42");
    }

    [Fact]
    public async Task DispatchAsync_HandlerExceptionQuotingACpf_LogsItsTypeButNotItsMessage()
    {
        var collector = new FakeLogCollector();
        using var provider = ServiceProviderWebhookDispatcherTests.Build(b => b.AddHandler<LeakyFailingHandler>(), collector);

        var act = () => provider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(Events.ClienteCriado());
        await act.Should().ThrowAsync<WebhookDispatchException>();

        var failed = collector.GetSnapshot().Single(r => r.Id.Name == "HandlerFailed");
        failed.Message.Should().Contain(nameof(FormatException));
        failed.Exception.Should().BeNull();
        collector.GetSnapshot().Should().AllSatisfy(r => r.Message.Should().NotContain("529.982.247-25"));
    }

    [Fact]
    public void AddCheckmobWebhooks_NoHandlerRegistered_WarnsOnceWhenTheDispatcherIsBuilt()
    {
        var collector = new FakeLogCollector();
        using var provider = ServiceProviderWebhookDispatcherTests.Build(_ => { }, collector);

        _ = provider.GetRequiredService<IWebhookDispatcher>();
        _ = provider.GetRequiredService<IWebhookDispatcher>();

        collector.GetSnapshot().Where(r => r.Id.Name == "NoHandlersRegistered").Should().ContainSingle()
            .Which.Level.Should().Be(LogLevel.Warning);
    }

    [Fact]
    public void AddCheckmobWebhooks_InvalidParserOptions_FailResolutionNamingEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddCheckmobWebhooks().ConfigureParser(o =>
        {
            o.MaxDepth = 0;
            o.MaxBodyLength = -1;
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IWebhookParser>();

        var thrown = act.Should().Throw<OptionsValidationException>().Which;
        thrown.Failures.Should().HaveCount(2);
        thrown.Message.Should().Contain("MaxDepth").And.Contain("MaxBodyLength");
    }
}
