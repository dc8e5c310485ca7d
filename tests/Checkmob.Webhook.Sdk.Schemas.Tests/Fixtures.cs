namespace Checkmob.Webhook.Sdk.Schemas.Tests;

/// <summary>The test-only payloads in Fixtures/ (Invalid, Valid, Variations), copied next to the assembly.</summary>
internal static class Fixtures
{
    public static string Read(string relativePath)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    public static TheoryData<string> All(string folder) => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order());
}
