using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk.Benchmarks;

/// <summary>Parse plus dispatch to three handlers, against parse alone, on the documented Tipo 1 payload.</summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    private byte[] _utf8 = [];
    private ServiceProvider? _provider;
    private IWebhookDispatcher? _containerDispatcher;
    private IWebhookDispatcher? _instanceDispatcher;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = BenchmarkPayloads.Load(BenchmarkPayloads.Tipo1);

        var services = new ServiceCollection();
        services.AddCheckmobWebhooks()
            .AddHandler<CountingHandlerA>(ServiceLifetime.Singleton)
            .AddHandler<CountingHandlerB>(ServiceLifetime.Singleton)
            .AddHandler<CountingCatchAll>(ServiceLifetime.Singleton);
        _provider = services.BuildServiceProvider();
        _containerDispatcher = _provider.GetRequiredService<IWebhookDispatcher>();
        _instanceDispatcher = new WebhookDispatcherBuilder()
            .AddHandler(new CountingHandlerA())
            .AddHandler(new CountingHandlerB())
            .AddHandler(new CountingCatchAll())
            .Build();
    }

    [GlobalCleanup]
    public void Cleanup() => _provider?.Dispose();

    [Benchmark(Baseline = true, Description = "Parse alone")]
    public WebhookEvent ParseAlone() => WebhookParser.Parse(_utf8);

    [Benchmark(Description = "Parse + dispatch to 3 handlers (no container)")]
    public Task ParseAndDispatchInstances() => _instanceDispatcher!.DispatchAsync(WebhookParser.Parse(_utf8));

    [Benchmark(Description = "Parse + dispatch to 3 handlers (container, scope per dispatch)")]
    public Task ParseAndDispatchContainer() => _containerDispatcher!.DispatchAsync(WebhookParser.Parse(_utf8));

    public sealed class CountingHandlerA : IWebhookHandler<ClienteCriado>
    {
        public int Count { get; private set; }

        public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
        {
            Count += webhookEvent.Data.Count;
            return Task.CompletedTask;
        }
    }

    public sealed class CountingHandlerB : IWebhookHandler<ClienteCriado>
    {
        public long Sum { get; private set; }

        public Task HandleAsync(ClienteCriado webhookEvent, CancellationToken cancellationToken)
        {
            Sum += webhookEvent.Data[0].IdCliente ?? 0;
            return Task.CompletedTask;
        }
    }

    public sealed class CountingCatchAll : IWebhookHandler<WebhookEvent>
    {
        public int Count { get; private set; }

        public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            Count++;
            return Task.CompletedTask;
        }
    }
}
