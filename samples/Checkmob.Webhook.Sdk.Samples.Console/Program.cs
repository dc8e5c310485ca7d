// Parses Checkmob webhook payloads and dispatches them to two handlers.
// Usage: dotnet run --project samples/Checkmob.Webhook.Sdk.Samples.Console -- <folder | file.json | ->
using Checkmob.Webhook.Sdk;
using Checkmob.Webhook.Sdk.Samples.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: Checkmob.Webhook.Sdk.Samples.Console <folder | file.json | ->");
    Console.Error.WriteLine("  folder   parses every *.json file in it");
    Console.Error.WriteLine("  -        parses standard input");
    return 2;
}

var services = new ServiceCollection();
services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<VisitDurationTotals>();
services.AddCheckmobWebhooks()
    .AddHandler<NewClientPrinter>()
    .AddHandler<VisitDurationTotals>();
await using var provider = services.BuildServiceProvider();

var parser = provider.GetRequiredService<IWebhookParser>();
var dispatcher = provider.GetRequiredService<IWebhookDispatcher>();
var failures = 0;
var inputs = Inputs.From(args[0]).ToArray();
if (inputs.Length == 0)
{
    Console.Error.WriteLine($"No *.json payload found in {args[0]}.");
    return 1;
}

foreach (var (name, open) in inputs)
{
    try
    {
        await using var body = open();
        var webhookEvent = await parser.ParseAsync(body);
        Console.WriteLine($"{name}: {EventSummary.Describe(webhookEvent)}");
        await dispatcher.DispatchAsync(webhookEvent);
    }
    catch (WebhookParseException ex)
    {
        failures++;
        // LineNumber and BytePositionInLine are zero-based, as System.Text.Json reports them.
        Console.WriteLine($"{name}: REJECTED {ex.Kind} at {ex.Path} "
            + $"(line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}");
    }
    catch (Exception ex) when (ex is WebhookDispatchException or IOException or UnauthorizedAccessException)
    {
        failures++;
        Console.WriteLine($"{name}: FAILED {ex.Message}");
    }
}

Console.WriteLine(provider.GetRequiredService<VisitDurationTotals>().Summary());
return failures == 0 ? 0 : 1;
