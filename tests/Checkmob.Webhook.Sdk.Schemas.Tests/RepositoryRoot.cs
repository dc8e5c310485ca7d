namespace Checkmob.Webhook.Sdk.Schemas.Tests;

/// <summary>The checkout the tests were built from: the first folder above the test assembly with the .sln.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Checkmob.Webhook.Sdk.sln";

    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }
}
