using System.IO.Compression;
using System.Xml.Linq;

namespace Checkmob.Webhook.Sdk.PackageTests;

/// <summary>One package file that <c>dotnet pack</c> wrote, opened as the zip archive it is.</summary>
internal sealed class PackageFile : IDisposable
{
    private readonly ZipArchive _archive;

    private PackageFile(string path)
    {
        _archive = ZipFile.OpenRead(path);
    }

    /// <summary>The targets the core and Schemas packages ship, as their lib/ folders are named.</summary>
    public static IReadOnlyList<string> TargetFrameworks { get; } = ["netstandard2.0", "net10.0"];

    /// <summary>The targets package <paramref name="id"/> ships: ASP.NET Core exists on .NET only.</summary>
    public static IReadOnlyList<string> TargetFrameworksOf(string id)
        => id == "Checkmob.Webhook.Sdk.AspNetCore" ? ["net10.0"] : TargetFrameworks;

    /// <summary>The package's manifest (.nuspec).</summary>
    public XElement Metadata
    {
        get
        {
            var nuspec = _archive.Entries.Single(
                entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = nuspec.Open();
            var root = XDocument.Load(stream).Root!;
            return root.Element(root.Name.Namespace + "metadata")!;
        }
    }

    /// <summary>Opens <c>{id}.{version}.{extension}</c> from the packages folder; fails the test if missing.</summary>
    public static PackageFile Open(string id, string extension)
    {
        var path = Path.Combine(Build.PackagesDirectory, $"{id}.{Build.Version}.{extension}");
        File.Exists(path).Should().BeTrue($"dotnet pack writes {Path.GetFileName(path)} to {Build.PackagesDirectory}");
        return new PackageFile(path);
    }

    public byte[] Read(string entryName)
    {
        var entry = _archive.GetEntry(entryName);
        entry.Should().NotBeNull($"the package holds {entryName}");
        using var stream = entry!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string ReadText(string entryName)
    {
        using var reader = new StreamReader(new MemoryStream(Read(entryName)));
        return reader.ReadToEnd();
    }

    /// <summary>The manifest element <paramref name="name"/>'s text; null when absent.</summary>
    public string? Value(string name) => Metadata.Element(Metadata.Name.Namespace + name)?.Value;

    public void Dispose() => _archive.Dispose();
}
