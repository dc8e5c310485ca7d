using BenchmarkDotNet.Running;
using Checkmob.Webhook.Sdk.Benchmarks;

// Run all: dotnet run -c Release --project tests/Checkmob.Webhook.Sdk.Benchmarks -- --filter '*'
// The memory bound of ParseAsync on a 10 MB stream: dotnet run -c Release --project ... -- peak-memory
// What Parse(string) and ParseAsync add to Parse(span), timed interleaved: ... -- entry-point-overhead
if (args is ["peak-memory"])
{
    await PeakMemory.RunAsync();
    return;
}

if (args is ["entry-point-overhead"])
{
    await EntryPointOverhead.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
