using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Checkmob.Webhook.Sdk.Inbox.Tests;

/// <summary>
/// A real SQLite inbox in a temporary file on a fake clock, with a writer, a processor whose only handler is a
/// <see cref="RecordingHandler"/>, fake logs and a meter factory of its own.
/// </summary>
internal sealed class InboxContext : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _meters;
    private readonly LoggerFactory _loggerFactory;
    private WebhookInboxProcessor? _processor;
    private WebhookInboxWriter? _writer;

    /// <summary>Creates the context.</summary>
    /// <param name="configure">Changes the test defaults of the options.</param>
    /// <param name="clock">The clock; null for a <see cref="FakeTimeProvider"/> at <see cref="Start"/>.</param>
    public InboxContext(Action<WebhookInboxOptions>? configure = null, TimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(Start);
        Options = new WebhookInboxOptions
        {
            MaxAttempts = 3,
            BaseDelay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(4),
            LeaseDuration = TimeSpan.FromSeconds(30),
            PollInterval = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(Options);
        Inbox = File.Open(Clock);
        _loggerFactory = new LoggerFactory([Logs]);
        _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    }

    public InboxFile File { get; } = new();

    public TimeProvider Clock { get; }

    /// <summary>The fake clock; only for a context created without a clock of its own.</summary>
    public FakeTimeProvider Time => (FakeTimeProvider)Clock;

    public WebhookInboxOptions Options { get; }

    public SqliteWebhookInbox Inbox { get; }

    public DeliveryRecorder Recorder { get; } = new();

    public FakeLoggerProvider Logs { get; } = new();

    public IMeterFactory MeterFactory => _meters.GetRequiredService<IMeterFactory>();

    public WebhookInboxWriter Writer
        => _writer ??= new WebhookInboxWriter(Inbox, new WebhookParser(), Options, Clock, _loggerFactory, MeterFactory);

    public WebhookInboxProcessor Processor => _processor ??= CreateProcessor();

    /// <summary>Another processor on the same inbox and clock (another instance, as far as claims go).</summary>
    public WebhookInboxProcessor CreateProcessor(IWebhookInbox? inbox = null, string? instanceName = null)
    {
        var dispatcher = new WebhookDispatcherBuilder()
            .AddHandler(new RecordingHandler(Recorder))
            .Build(_loggerFactory);
        var options = Options.Clone();
        options.InstanceName = instanceName;
        return new WebhookInboxProcessor(
            inbox ?? Inbox,
            new WebhookProcessor(new WebhookParser(), dispatcher, _loggerFactory.CreateLogger("processor")),
            options,
            Clock,
            _loggerFactory,
            MeterFactory);
    }

    public async Task<long> AcceptAsync(long idCliente)
    {
        var result = await Writer.AcceptAsync(Bodies.Cliente(idCliente));
        result.Status.Should().Be(WebhookInboxAcceptStatus.Stored);
        return result.DeliveryId;
    }

    public async Task<WebhookDelivery> GetAsync(long id) => (await Inbox.GetAsync(id))!;

    public void Dispose()
    {
        _loggerFactory.Dispose();
        Logs.Dispose();
        _meters.Dispose();
        File.Dispose();
    }
}
