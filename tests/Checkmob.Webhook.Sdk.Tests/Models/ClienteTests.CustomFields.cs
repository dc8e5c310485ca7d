namespace Checkmob.Webhook.Sdk.Tests.Models;

public partial class ClienteTests
{
    private static readonly Cliente WithCustomFields = new()
    {
        CampoPersonalizado =
        [
            new CampoPersonalizado { IdCampo = 1, Nome = "Observação", ValorCampo = "primeiro" },
            new CampoPersonalizado { IdCampo = 2, Nome = "Limite de Crédito", ValorCampo = "1.234,56" },
            new CampoPersonalizado { IdCampo = 3, Nome = "observacao", ValorCampo = "segundo" },
            new CampoPersonalizado { IdCampo = 4, Nome = null, ValorCampo = "sem nome" },
        ],
    };

    [Theory]
    [InlineData("Observação")]
    [InlineData("Observacao")]
    [InlineData("OBSERVAÇÃO")]
    [InlineData("  observacao ")]
    [InlineData("Observac\u0327a\u0303o")] // decomposed: c + cedilla, a + tilde
    public void TryGetCampoPersonalizado_NameInAnyCaseOrAccent_FindsFirstField(string name)
    {
        WithCustomFields.TryGetCampoPersonalizado(name, out var campo).Should().BeTrue();

        campo!.IdCampo.Should().Be(1);
    }

    [Theory]
    [InlineData("Observações")]
    [InlineData("Observ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetCampoPersonalizado_NoFieldWithThatName_ReturnsFalseAndNull(string? name)
    {
        WithCustomFields.TryGetCampoPersonalizado(name, out var campo).Should().BeFalse();

        campo.Should().BeNull();
    }

    [Fact]
    public void GetCampoPersonalizado_NameWithoutAccents_ReturnsField()
    {
        WithCustomFields.GetCampoPersonalizado("limite de credito")!.ValorCampo.Should().Be("1.234,56");
    }

    [Fact]
    public void GetCampoPersonalizado_NoFieldWithThatName_ReturnsNull()
    {
        new Cliente().GetCampoPersonalizado("Observação").Should().BeNull();
    }

    [Fact]
    public void GetCampoPersonalizado_NullName_ThrowsArgumentNullException()
    {
        var act = () => WithCustomFields.GetCampoPersonalizado(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void GetCampoPersonalizado_NewerPayload_ReadsTypedValues()
    {
        var cliente = SampleItems.Cliente("newer-tipo1-cliente-criado.json");

        var date = ReadDate(cliente.GetCampoPersonalizado("data da primeira compra")!);
        cliente.GetCampoPersonalizado("limite de credito")!.TryGetDecimal(out var limit).Should().BeTrue();
        cliente.GetCampoPersonalizado("observacao")!.ValorCampo.Should().Be("Cliente prefere boleto");
        date.Should().Be(new DateOnly(2025, 6, 10));
        limit.Should().Be(1234.56m);
    }

    [Fact]
    public void GetCampoPersonalizado_DocumentedPayload_ReadsOlderDate()
    {
        var cliente = SampleItems.Cliente("documented-tipo1-cliente-criado.json");

        var date = ReadDate(cliente.GetCampoPersonalizado("campo 2")!);

        date.Should().Be(new DateOnly(2025, 6, 10));
    }

    // The netstandard2.0 build has no TryGetDate(out DateOnly) (netstandard2.0 has no DateOnly): there, read the date
    // the way the README tells .NET Framework users to.
    private static DateOnly ReadDate(CampoPersonalizado campo)
    {
#if CORE_NETSTANDARD2_0
        campo.TryGetDateTime(out var value).Should().BeTrue();
        return DateOnly.FromDateTime(value);
#else
        campo.TryGetDate(out var value).Should().BeTrue();
        return value;
#endif
    }
}
