namespace Checkmob.Webhook.Sdk.Tests.Models;

public partial class ClienteTests
{
    [Fact]
    public void TaxIdKind_ValidCnpjOnly_IsCnpjWithBareValue()
    {
        var cliente = new Cliente { Cnpj = "11.222.333/0001-81" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cnpj);
        cliente.TaxId.Should().Be("11222333000181");
    }

    [Fact]
    public void TaxIdKind_ValidCpfOnly_IsCpfWithBareValue()
    {
        var cliente = new Cliente { Cpf = "529.982.247-25" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cpf);
        cliente.TaxId.Should().Be("52998224725");
    }

    [Fact]
    public void TaxIdKind_LowerCaseAlphanumericCnpj_IsCnpjUpperCased()
    {
        var cliente = new Cliente { Cnpj = "12.abc.345/01de-35" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cnpj);
        cliente.TaxId.Should().Be("12ABC34501DE35");
    }

    [Fact]
    public void TaxIdKind_CodigoFiscalOnly_IsReadFromIt()
    {
        var cliente = new Cliente { CodigoFiscal = "52998224725" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cpf);
        cliente.TaxId.Should().Be("52998224725");
    }

    [Fact]
    public void TaxIdKind_BothValidWithoutCodigoFiscal_PrefersCnpj()
    {
        var cliente = new Cliente { Cnpj = "11.222.333/0001-81", Cpf = "529.982.247-25" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cnpj);
        cliente.TaxId.Should().Be("11222333000181");
    }

    [Fact]
    public void TaxIdKind_BothValidAndCodigoFiscalHoldsCpf_FollowsCodigoFiscal()
    {
        var cliente = new Cliente { CodigoFiscal = "52998224725", Cnpj = "11.222.333/0001-81", Cpf = "529.982.247-25" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cpf);
        cliente.TaxId.Should().Be("52998224725");
    }

    [Fact]
    public void TaxIdKind_ForeignCodigoFiscalAndValidCpf_IsCpf()
    {
        var cliente = new Cliente { CodigoFiscal = "30-71234567-9", Cpf = "529.982.247-25" };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cpf);
    }

    [Theory]
    [InlineData(null, "12.345.678/0001-90", "123.456.789-00")] // the vendor's documented examples
    [InlineData("30-71234567-9", null, null)] // a foreign tax id
    [InlineData(null, null, "111.111.111-11")]
    public void TaxIdKind_ValuesPresentButNoneValid_IsUnrecognizedWithoutValue(
        string? codigoFiscal, string? cnpj, string? cpf)
    {
        var cliente = new Cliente { CodigoFiscal = codigoFiscal, Cnpj = cnpj, Cpf = cpf };

        cliente.TaxIdKind.Should().Be(TaxIdKind.Unrecognized);
        cliente.TaxId.Should().BeNull();
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", " ", "")]
    public void TaxIdKind_NothingPresent_IsNone(string? codigoFiscal, string? cnpj, string? cpf)
    {
        var cliente = new Cliente { CodigoFiscal = codigoFiscal, Cnpj = cnpj, Cpf = cpf };

        cliente.TaxIdKind.Should().Be(TaxIdKind.None);
        cliente.TaxId.Should().BeNull();
    }

    [Fact]
    public void TaxIdKind_NewerPayload_IsItsCnpj()
    {
        var cliente = SampleItems.Cliente("newer-tipo1-cliente-criado.json");

        cliente.TaxIdKind.Should().Be(TaxIdKind.Cnpj);
        cliente.TaxId.Should().Be("11222333000181");
    }

    [Fact]
    public void TaxIdKind_DocumentedPayload_IsUnrecognized()
    {
        var cliente = SampleItems.Cliente("documented-tipo1-cliente-criado.json");

        cliente.TaxIdKind.Should().Be(TaxIdKind.Unrecognized);
    }
}
