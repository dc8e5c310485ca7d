namespace Checkmob.Webhook.Sdk.Tests;

/// <summary>The payload files copied next to the test assembly: samples/payloads and Fixtures.</summary>
internal static class Payloads
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "payloads");

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(Path.Combine(Directory, fileName));

    public static IEnumerable<string> All()
        => System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>().Order();
}
