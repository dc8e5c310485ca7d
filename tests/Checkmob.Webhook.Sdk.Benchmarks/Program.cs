using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/Checkmob.Webhook.Sdk.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
