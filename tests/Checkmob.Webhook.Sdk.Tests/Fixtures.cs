namespace Checkmob.Webhook.Sdk.Tests;

/// <summary>The test-only payload files in Fixtures/, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(Path.Combine(Directory, fileName));

    public static IEnumerable<string> All()
        => System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>().Order();
}
