namespace Checkmob.Webhook.Sdk.Tests.Models;

public class RegistroTests
{
    private static readonly DateTimeOffset Earlier = new(2025, 6, 4, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2025, 6, 4, 13, 46, 5, TimeSpan.Zero);

    [Theory]
    [InlineData("documented-tipo3-registro-realizado.json")]
    [InlineData("newer-tipo3-registro-realizado.json")]
    public void ToString_ParsedPayload_ContainsNoCoordinatesAddressOrNote(string fileName)
    {
        var evt = (RegistroRealizado)WebhookParser.Parse(Payloads.Read(fileName));
        var registro = evt.Data.Should().ContainSingle().Subject;
        string?[] coordinates =
            [PersonalDataAssertions.Text(registro.Latitude), PersonalDataAssertions.Text(registro.Longitude)];
        string?[] text = [registro.EnderecoAproximado, registro.Observacao, registro.Instrucoes];

        var printed = registro.ToString();

        PersonalDataAssertions.ShouldContainNoDigitsOf(printed, coordinates);
        PersonalDataAssertions.ShouldContainNoneOf(printed, text);
        PersonalDataAssertions.ShouldContainNoDigitsOf(evt.ToString(), coordinates);
        printed.Should().Contain("EnderecoAproximado = ***").And.Contain($"NomeCliente = {registro.NomeCliente}");
        registro.EnderecoAproximado.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void ToString_EveryProperty_IsPrintedOrMasked()
    {
        PersonalDataAssertions.ShouldPrintEveryProperty(new Registro());
    }

    [Theory]
    [InlineData(60, VersionComparison.Newer)]
    [InlineData(-60, VersionComparison.Older)]
    [InlineData(0, VersionComparison.Same)]
    public void CompareVersion_SameRecord_TellsOrderByDataAtualizacao(int seconds, VersionComparison expected)
    {
        var stored = new Registro { Id = 7730001, DataAtualizacao = Earlier };
        var received = stored with { DataAtualizacao = Earlier.AddSeconds(seconds) };

        received.CompareVersion(stored).Should().Be(expected);
    }

    [Fact]
    public void CompareVersion_OlderRevisionWithoutIdOrTimestamp_IsUnknown()
    {
        var documented = SampleItems.Registro("documented-tipo3-registro-realizado.json");

        documented.CompareVersion(documented with { Codigo = "1" }).Should().Be(VersionComparison.Unknown);
    }

    [Fact]
    public void CompareVersion_MissingTimestamp_IsUnknown()
    {
        var stored = new Registro { Id = 1, DataAtualizacao = Later };

        (stored with { DataAtualizacao = null }).CompareVersion(stored).Should().Be(VersionComparison.Unknown);
    }

    [Fact]
    public void CompareVersion_DifferentIds_IsDifferentEntity()
    {
        var stored = new Registro { Id = 1, DataAtualizacao = Earlier };

        (stored with { Id = 2, DataAtualizacao = Later }).CompareVersion(stored)
            .Should().Be(VersionComparison.DifferentEntity);
    }

    [Fact]
    public void CompareVersion_NullOther_ThrowsArgumentNullException()
    {
        var act = () => new Registro().CompareVersion(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
    }
}
