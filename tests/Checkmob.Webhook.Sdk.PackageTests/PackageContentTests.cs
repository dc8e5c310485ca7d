using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Checkmob.Webhook.Sdk.PackageTests;

/// <summary>What a user gets from nuget.org: every package is checked as the file it is, not as the project.</summary>
public class PackageContentTests
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> PackageIds
        => new("Checkmob.Webhook.Sdk", "Checkmob.Webhook.Sdk.Schemas", "Checkmob.Webhook.Sdk.AspNetCore");

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Nupkg_Manifest_HasIdVersionAndMitLicenceExpression(string id)
    {
        using var package = PackageFile.Open(id, "nupkg");

        package.Value("id").Should().Be(id);
        package.Value("version").Should().Be(Build.Version);
        var license = package.Metadata.Element(package.Metadata.Name.Namespace + "license");
        license.Should().NotBeNull();
        license!.Attribute("type")!.Value.Should().Be("expression");
        license.Value.Should().Be("MIT");
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Nupkg_Readme_IsTheRepositoryReadme(string id)
    {
        using var package = PackageFile.Open(id, "nupkg");

        package.Value("readme").Should().Be("README.md");
        package.ReadText("README.md").Should().Be(File.ReadAllText(Path.Combine(Build.RepositoryRoot, "README.md")));
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Nupkg_DescriptionAndTags_FindableByABrazilianDeveloper(string id)
    {
        using var package = PackageFile.Open(id, "nupkg");

        package.Value("description").Should().Contain("Checkmob").And.Contain("webhooks");
        package.Value("tags")!.Split(' ').Should().Contain(["checkmob", "webhook", "check-in", "field-service"]);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Nupkg_EveryTarget_HasTheAssemblyAndXmlDocsOfEveryPublicType(string id)
    {
        using var package = PackageFile.Open(id, "nupkg");

        foreach (var framework in PackageFile.TargetFrameworksOf(id))
        {
            var publicTypes = PublicTypeDocIds(package.Read($"lib/{framework}/{id}.dll"));
            var docs = XDocument.Parse(package.ReadText($"lib/{framework}/{id}.xml"));
            var documented = docs.Descendants("member").Select(member => member.Attribute("name")!.Value).ToHashSet();

            docs.Root!.Element("assembly")!.Element("name")!.Value.Should().Be(id);
            publicTypes.Should().NotBeEmpty();
            publicTypes.Should().BeSubsetOf(documented, $"every public type of lib/{framework} is documented");
        }
    }

    [Fact]
    public void Nupkg_Core_DependsOnlyOnSystemTextJsonTheExtensionsAbstractionsAndTheBcl()
    {
        using var package = PackageFile.Open("Checkmob.Webhook.Sdk", "nupkg");

        string[] extensions =
        [
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.Extensions.Options",
        ];
        DependencyIds(package, ".NETStandard2.0").Should()
            .BeEquivalentTo([.. extensions, "System.Text.Json", "Microsoft.Bcl.Memory"]);
        DependencyIds(package, "net10.0").Should().BeEquivalentTo(extensions);
    }

    [Fact]
    public void Nupkg_Schemas_DependsOnNJsonSchemaOnly()
    {
        using var package = PackageFile.Open("Checkmob.Webhook.Sdk.Schemas", "nupkg");

        DependencyIds(package, ".NETStandard2.0").Should().BeEquivalentTo(["NJsonSchema"]);
        DependencyIds(package, "net10.0").Should().BeEquivalentTo(["NJsonSchema"]);
    }

    [Fact]
    public void Nupkg_AspNetCore_DependsOnTheCoreAndInboxOfTheSameVersionAndReferencesAspNetCore()
    {
        using var package = PackageFile.Open("Checkmob.Webhook.Sdk.AspNetCore", "nupkg");

        var ns = package.Metadata.Name.Namespace;
        var group = package.Metadata.Element(ns + "dependencies")!.Elements(ns + "group")
            .Single(g => g.Attribute("targetFramework")!.Value == "net10.0");
        var dependencies = group.Elements(ns + "dependency")
            .ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
        var frameworks = package.Metadata.Element(ns + "frameworkReferences")!.Descendants(ns + "frameworkReference")
            .Select(reference => reference.Attribute("name")!.Value);

        dependencies.Keys.Should().BeEquivalentTo(["Checkmob.Webhook.Sdk", "Checkmob.Webhook.Sdk.Inbox"]);
        dependencies.Values.Should().AllSatisfy(version => version.Should().Be(Build.Version));
        frameworks.Should().Equal("Microsoft.AspNetCore.App");
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Nupkg_Repository_NamesTheCommitItWasBuiltFrom(string id)
    {
        using var package = PackageFile.Open(id, "nupkg");

        var repository = package.Metadata.Element(package.Metadata.Name.Namespace + "repository");
        repository.Should().NotBeNull("Source Link records the repository");
        repository!.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$");
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Snupkg_EveryTarget_HasAPortablePdbWithEverySourceEmbedded(string id)
    {
        using var symbols = PackageFile.Open(id, "snupkg");

        foreach (var framework in PackageFile.TargetFrameworksOf(id))
        {
            using var provider = MetadataReaderProvider.FromPortablePdbImage(
                [.. symbols.Read($"lib/{framework}/{id}.pdb")]);
            var pdb = provider.GetMetadataReader();
            var documents = pdb.Documents.Select(handle => pdb.GetString(pdb.GetDocument(handle).Name)).ToList();
            var embedded = pdb.CustomDebugInformation
                .Select(pdb.GetCustomDebugInformation)
                .Count(info => pdb.GetGuid(info.Kind) == EmbeddedSource);

            documents.Should().NotBeEmpty();
            embedded.Should().Be(documents.Count, $"every source of lib/{framework} is embedded in its PDB");
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                // A CI build (ContinuousIntegrationBuild) maps the checkout's path away, so the output is reproducible.
                documents.Should().OnlyContain(path => path.StartsWith("/_/", StringComparison.Ordinal));
            }
        }
    }

    private static List<string> DependencyIds(PackageFile package, string targetFramework)
    {
        var ns = package.Metadata.Name.Namespace;
        var group = package.Metadata.Element(ns + "dependencies")!.Elements(ns + "group")
            .SingleOrDefault(g => g.Attribute("targetFramework")!.Value == targetFramework);
        group.Should().NotBeNull($"the package declares the dependencies of {targetFramework}");
        return [.. group!.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value)];
    }

    /// <summary>The documentation ids (<c>T:Namespace.Type</c>) of the assembly's public types.</summary>
    private static List<string> PublicTypeDocIds(byte[] assembly)
    {
        using var pe = new PEReader([.. assembly]);
        var metadata = pe.GetMetadataReader();
        var ids = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            if (FullNameIfPublic(metadata, metadata.GetTypeDefinition(handle)) is { } name)
            {
                ids.Add("T:" + name);
            }
        }

        return ids;
    }

    private static string? FullNameIfPublic(MetadataReader metadata, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        var name = metadata.GetString(type.Name);
        if (visibility == TypeAttributes.Public)
        {
            var ns = metadata.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        if (visibility == TypeAttributes.NestedPublic
            && FullNameIfPublic(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())) is { } outer)
        {
            return outer + "." + name;
        }

        return null;
    }
}
