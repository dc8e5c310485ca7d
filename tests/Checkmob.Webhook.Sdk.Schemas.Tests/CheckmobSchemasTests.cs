using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Schemas.Tests;

public class CheckmobSchemasTests
{
    public static TheoryData<string> FileNames => new(CheckmobSchemas.FileNames);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void GetText_EveryFile_IsDraft07WithItsFileNameAsId(string fileName)
    {
        using var schema = JsonDocument.Parse(CheckmobSchemas.GetText(fileName));

        schema.RootElement.GetProperty("$schema").GetString().Should().Be("http://json-schema.org/draft-07/schema#");
        schema.RootElement.GetProperty("$id").GetString().Should().Be(fileName);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void GetText_EveryFile_EqualsTheCommittedFile(string fileName)
    {
        var committed = File.ReadAllText(RepositoryRoot.Combine("schemas", fileName)).ReplaceLineEndings("\n");

        CheckmobSchemas.GetText(fileName).Should().Be(committed);
    }

    [Fact]
    public void GetText_UnknownFileName_Throws()
    {
        var act = () => CheckmobSchemas.GetText("README.md");

        act.Should().Throw<ArgumentException>().WithParameterName("fileName");
    }

    [Theory]
    [InlineData(1, "checkmob-webhook-tipo1-cliente-criado.schema.json")]
    [InlineData(4, "checkmob-webhook-tipo4-checklist-respondido.schema.json")]
    [InlineData(0, null)]
    [InlineData(5, null)]
    public void GetEventFileName_Tipo_ReturnsItsFileOrNull(long tipo, string? expected)
    {
        CheckmobSchemas.GetEventFileName(tipo).Should().Be(expected);
    }

    [Fact]
    public void CorePackage_References_NeitherThisPackageNorNJsonSchema()
    {
        var references = typeof(WebhookParser).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        references.Should().NotContain(["Checkmob.Webhook.Sdk.Schemas", "NJsonSchema", "Newtonsoft.Json"]);
    }

    [Fact]
    public void FileNames_StartWithTheEnvelope()
    {
        CheckmobSchemas.FileNames[0].Should().Be(CheckmobSchemas.EnvelopeFileName);
    }
}
