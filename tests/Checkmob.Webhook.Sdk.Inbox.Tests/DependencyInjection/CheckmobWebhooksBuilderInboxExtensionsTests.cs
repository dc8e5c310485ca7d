using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk.Inbox.Tests.DependencyInjection;

/// <summary>The inbox in a real host (HostApplicationBuilder) over a real SQLite file, on the real clock.</summary>
public sealed class CheckmobWebhooksBuilderInboxExtensionsTests : IDisposable
{
    private const StringComparison Ordinal = StringComparison.Ordinal;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly InboxFile _file = new();
    private readonly DeliveryRecorder _recorder = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task UseSqliteInbox_HostRestartedBetweenTheAnswerAndProcessing_HandlerRunsOnceInTheNextHost()
    {
        long id;
        using (var receiver = BuildHost(options => options.EnableProcessor = false))
        {
            await receiver.StartAsync();
            var accepted = await Writer(receiver).AcceptAsync(Bodies.Cliente(1));
            accepted.Status.Should().Be(WebhookInboxAcceptStatus.Stored); // the moment the receiver answers 200
            id = accepted.DeliveryId;
            await receiver.StopAsync();
        }

        _recorder.TotalRuns.Should().Be(0);

        using var restarted = BuildHost();
        await restarted.StartAsync();
        await _recorder.WaitForCompletedAsync(1, Bound);
        await WaitForStateAsync(restarted, id, WebhookDeliveryState.Done);
        await restarted.StopAsync();

        _recorder.RunsOf(1).Should().Be(1);
    }

    [Fact]
    public async Task UseSqliteInbox_HostStoppedWhileAHandlerRuns_DeliveryGivenBackAndDoneByTheNextHost()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _recorder.Behaviour = async (_, run, cancellationToken) =>
        {
            if (run == 1)
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        };
        long id;
        using (var first = BuildHost())
        {
            await first.StartAsync();
            id = (await Writer(first).AcceptAsync(Bodies.Cliente(1))).DeliveryId;
            await started.Task.WaitAsync(Bound);
            await first.StopAsync();
            var released = (await first.Services.GetRequiredService<IWebhookInbox>().GetAsync(id))!;
            released.State.Should().Be(WebhookDeliveryState.Pending);
            released.Attempts.Should().Be(0);
        }

        using var second = BuildHost();
        await second.StartAsync();
        await WaitForStateAsync(second, id, WebhookDeliveryState.Done);
        await second.StopAsync();

        _recorder.RunsOf(1).Should().Be(2);
        _recorder.Completed.Should().Be(1);
    }

    [Fact]
    public async Task AddInbox_DeliveryAccepted_ProcessedAtOnceWithoutWaitingForThePollInterval()
    {
        using var host = BuildHost(options => options.PollInterval = TimeSpan.FromHours(1));
        await host.StartAsync();
        await Task.Delay(100); // the processor is now waiting for its hour-long poll

        await Writer(host).AcceptAsync(Bodies.Cliente(1));

        await _recorder.WaitForCompletedAsync(1, Bound);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddInbox_ProcessorDisabled_DeliveriesStayPending()
    {
        using var host = BuildHost(options => options.EnableProcessor = false);
        await host.StartAsync();

        var id = (await Writer(host).AcceptAsync(Bodies.Cliente(1))).DeliveryId;
        await Task.Delay(200);

        var stored = await host.Services.GetRequiredService<IWebhookInbox>().GetAsync(id);
        stored!.State.Should().Be(WebhookDeliveryState.Pending);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddInbox_InvalidOptions_HostStartFailsNamingEveryProblem()
    {
        using var host = BuildHost(options =>
        {
            options.MaxAttempts = 0;
            options.LeaseDuration = TimeSpan.Zero;
        });

        var start = () => host.StartAsync();

        var failures = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures;
        failures.Should().HaveCount(2);
        failures.Should().Contain(failure => failure.StartsWith("WebhookInboxOptions.MaxAttempts ", Ordinal));
        failures.Should().Contain(failure => failure.StartsWith("WebhookInboxOptions.LeaseDuration ", Ordinal));
    }

    [Fact]
    public async Task AddInbox_NoStoreRegistered_HostStartFailsNamingIWebhookInbox()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCheckmobWebhooks().AddHandler<RecordingHandler>().AddInbox();
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().ContainSingle(failure => failure.Contains(nameof(IWebhookInbox), Ordinal));
    }

    [Fact]
    public async Task UseSqliteInbox_NoPath_HostStartFails()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCheckmobWebhooks().AddHandler<RecordingHandler>().UseSqliteInbox(_ => { });
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.OptionsType.Should().Be<SqliteWebhookInboxOptions>();
    }

    [Fact]
    public void UseSqliteInbox_CalledWithAddInboxTwice_RegistersOneStoreWriterProcessorAndHostedService()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCheckmobWebhooks()
            .AddInbox(options => options.MaxAttempts = 4)
            .AddInbox()
            .UseSqliteInbox(_file.Path);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IWebhookInbox>().Should().BeOfType<SqliteWebhookInbox>()
            .Which.Path.Should().Be(_file.Path);
        provider.GetServices<IHostedService>().Should().ContainSingle();
        provider.GetRequiredService<IWebhookInboxWriter>().Should().BeOfType<WebhookInboxWriter>();
        provider.GetRequiredService<WebhookInboxProcessor>()
            .Should().BeSameAs(provider.GetRequiredService<WebhookInboxProcessor>());
        provider.GetRequiredService<IOptions<WebhookInboxOptions>>().Value.MaxAttempts.Should().Be(4);
    }

    [Fact]
    public void UseSqliteInbox_BlankPath_ThrowsArgumentException()
    {
        var builder = new ServiceCollection().AddCheckmobWebhooks();

        var use = () => builder.UseSqliteInbox(" ");

        use.Should().Throw<ArgumentException>();
    }

    private IHost BuildHost(Action<WebhookInboxOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = Bound);
        builder.Services.AddSingleton(_recorder);
        builder.Services.AddCheckmobWebhooks()
            .AddHandler<RecordingHandler>()
            .AddInbox(options =>
            {
                options.PollInterval = TimeSpan.FromMilliseconds(20);
                configure?.Invoke(options);
            })
            .UseSqliteInbox(_file.Path);
        return builder.Build();
    }

    private static IWebhookInboxWriter Writer(IHost host) => host.Services.GetRequiredService<IWebhookInboxWriter>();

    private static Task WaitForStateAsync(IHost host, long id, WebhookDeliveryState state)
    {
        var inbox = host.Services.GetRequiredService<IWebhookInbox>();
        return Eventually.TrueAsync(
            async () => (await inbox.GetAsync(id))?.State == state, Bound, $"delivery {id} is {state}");
    }
}
