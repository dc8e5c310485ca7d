using System.Text.Json;
using Checkmob.Webhook.Sdk.SchemaGenerator;
using Generator = Checkmob.Webhook.Sdk.SchemaGenerator.SchemaGenerator;

namespace Checkmob.Webhook.Sdk.Schemas.Tests.SchemaGenerator;

public class SchemaGeneratorTests
{
    private const string Regenerate = "dotnet run --project tools/Checkmob.Webhook.Sdk.SchemaGenerator -- schemas";

    [Fact]
    public void Generate_FromTheModels_EqualsTheCommittedSchemas()
    {
        var generated = Generator.Generate();

        foreach (var file in generated)
        {
            var path = RepositoryRoot.Combine("schemas", file.FileName);
            File.Exists(path).Should().BeTrue("schemas/{0} is generated; run `{1}`", file.FileName, Regenerate);
            File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
                file.Text,
                "schemas/{0} must be what the models and WireTable generate; run `{1}` and review the diff",
                file.FileName,
                Regenerate);
        }

        Directory.EnumerateFiles(RepositoryRoot.Combine("schemas"), "*.schema.json")
            .Select(Path.GetFileName)
            .Should().BeEquivalentTo(generated.Select(f => f.FileName), "no stale schema may stay in schemas/");
    }

    [Fact]
    public void Generate_FileNames_AreThoseTheSchemasPackageEmbeds()
    {
        Generator.Generate().Select(f => f.FileName).Should().Equal(CheckmobSchemas.FileNames);
    }

    [Fact]
    public void Generate_Twice_WritesTheSameLfText()
    {
        var first = Generator.Generate();
        var second = Generator.Generate();

        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        first.Should().AllSatisfy(f =>
        {
            f.Text.Should().NotContain("\r").And.EndWith("}\n");
        });
    }

    [Fact]
    public void Generate_PropertyWithoutRow_ThrowsNamingIt()
    {
        var fields = WireTable.Fields.Where(f => !(f.Model == typeof(Cliente) && f.Property == nameof(Cliente.Nome)));

        var act = () => Generator.Generate(WireTable.Events, WireTable.Objects, fields.ToList());

        act.Should().Throw<InvalidOperationException>().WithMessage("*Cliente.Nome has no row*");
    }

    [Fact]
    public void Generate_RowNamingNoProperty_ThrowsNamingIt()
    {
        var extra = new WireField(typeof(Registro), "DataFinalizacao", WireType.Timestamp, true, Revisions.Newer, null);

        var act = () => Generator.Generate(WireTable.Events, WireTable.Objects, [.. WireTable.Fields, extra]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*Registro.DataFinalizacao names no property*");
    }

    [Fact]
    public void Generate_RowTheModelCannotHold_ThrowsNamingIt()
    {
        var fields = WireTable.Fields
            .Select(f => f.Model == typeof(Cliente) && f.Property == nameof(Cliente.IdCliente)
                ? f with { Type = WireType.Timestamp }
                : f)
            .ToList();

        var act = () => Generator.Generate(WireTable.Events, WireTable.Objects, fields);

        act.Should().Throw<InvalidOperationException>().WithMessage("*Cliente.IdCliente*cannot hold*");
    }

    [Fact]
    public void Generate_EveryField_HasATypeAndSaysWhichRevisionDocumentsIt()
    {
        foreach (var file in Generator.Generate().Skip(1))
        {
            using var schema = JsonDocument.Parse(file.Text);
            foreach (var definition in schema.RootElement.GetProperty("definitions").EnumerateObject())
            {
                foreach (var property in definition.Value.GetProperty("properties").EnumerateObject())
                {
                    var because = $"{file.FileName}: {definition.Name}.{property.Name}";
                    property.Value.GetProperty("description").GetString().Should().MatchRegex(
                        "Documented in (both revisions|the newer revision only)", because);
                    (property.Value.TryGetProperty("type", out _) || property.Value.TryGetProperty("anyOf", out _))
                        .Should().BeTrue(because);
                }
            }
        }
    }
}
