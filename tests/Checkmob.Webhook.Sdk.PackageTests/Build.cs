using System.Reflection;

namespace Checkmob.Webhook.Sdk.PackageTests;

/// <summary>What the build told the tests (see the project file): where the packages are and their version.</summary>
internal static class Build
{
    public static string PackagesDirectory => Metadata("PackagesDirectory");

    public static string Version => Metadata("PackageVersion");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    private static string Metadata(string key)
        => typeof(Build).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
