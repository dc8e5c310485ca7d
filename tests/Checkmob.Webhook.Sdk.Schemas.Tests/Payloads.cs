namespace Checkmob.Webhook.Sdk.Schemas.Tests;

/// <summary>The vendor's documented payloads (samples/payloads), copied next to the test assembly.</summary>
internal static class Payloads
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "payloads");

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public static TheoryData<string> All() => new(
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>().Order());
}
