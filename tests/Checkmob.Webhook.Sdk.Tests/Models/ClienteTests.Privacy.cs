namespace Checkmob.Webhook.Sdk.Tests.Models;

public partial class ClienteTests
{
    [Theory]
    [InlineData("documented-tipo1-cliente-criado.json")]
    [InlineData("documented-tipo2-cliente-editado.json")]
    [InlineData("newer-tipo1-cliente-criado.json")]
    [InlineData("newer-tipo2-cliente-editado.json")]
    public void ToString_ParsedPayload_ContainsNoTaxIdPhoneAddressOrCoordinates(string fileName)
    {
        var evt = WebhookParser.Parse(Payloads.Read(fileName));
        var cliente = SampleItems.Cliente(fileName);

        var printed = cliente.ToString();

        PersonalDataAssertions.ShouldContainNoDigitsOf(printed, SensitiveNumbers(cliente));
        PersonalDataAssertions.ShouldContainNoneOf(printed, SensitiveText(cliente));
        PersonalDataAssertions.ShouldContainNoDigitsOf(evt.ToString(), SensitiveNumbers(cliente));
        printed.Should().Contain($"IdCliente = {cliente.IdCliente}").And.Contain($"Nome = {cliente.Nome}");
    }

    [Fact]
    public void ToString_DocumentedPayload_PropertiesStillReturnRealValues()
    {
        var cliente = SampleItems.Cliente("documented-tipo1-cliente-criado.json");

        _ = cliente.ToString();

        cliente.Cnpj.Should().Be("12.345.678/0001-90");
        cliente.Cpf.Should().Be("123.456.789-00");
        cliente.Telefone.Should().Be("(11) 99999-9999");
        cliente.Latitude.Should().Be(-23.55052);
    }

    [Fact]
    public void ToString_MaskedFields_PrintStarsWhenPresentAndNothingWhenNull()
    {
        var cliente = new Cliente { Cpf = "529.982.247-25", Cnpj = null, Latitude = -23.5 };

        var printed = cliente.ToString();

        printed.Should().Contain("Cpf = ***,").And.Contain("Cnpj = ,").And.Contain("Latitude = ***,");
        printed.Should().Contain("TaxIdKind = Cpf,").And.Contain("TaxId = ***,");
    }

    [Fact]
    public void ToString_Lists_PrintCountsNotItems()
    {
        var cliente = new Cliente
        {
            Contatos = [new Contato { Nome = "João", Celular = "(11) 91234-5678" }],
            CampoPersonalizado = [new CampoPersonalizado { Nome = "CPF do sócio", ValorCampo = "529.982.247-25" }],
            Segmentos = [],
        };

        var printed = cliente.ToString();

        printed.Should().Contain("Contatos = [1 item]").And.Contain("CampoPersonalizado = [1 item]");
        printed.Should().Contain("Segmentos = []").And.NotContain("João").And.NotContain("CPF do sócio");
        PersonalDataAssertions.ShouldContainNoDigitsOf(printed, ["(11) 91234-5678", "529.982.247-25"]);
    }

    [Fact]
    public void ToString_UnknownFields_PrintCountNotNamesOrValues()
    {
        var json = """
            { "Tipo": 1, "Data": { "IdCliente": 1, "CpfConjuge": "529.982.247-25", "Rg": "12.345.678-9" } }
            """;
        var cliente = ((ClienteCriado)WebhookParser.Parse(json)).Data[0];

        var printed = cliente.ToString();

        printed.Should().Contain("ExtensionData = [2 fields]").And.NotContain("CpfConjuge");
        PersonalDataAssertions.ShouldContainNoDigitsOf(printed, ["529.982.247-25", "12.345.678-9"]);
    }

    [Fact]
    public void ToString_EveryProperty_IsPrintedOrMasked()
    {
        PersonalDataAssertions.ShouldPrintEveryProperty(new Cliente());
    }

    private static IEnumerable<string?> SensitiveNumbers(Cliente cliente)
    {
        string?[] own =
        [
            cliente.Cnpj, cliente.Cpf, cliente.CodigoFiscal, cliente.TaxId,
            cliente.Telefone, cliente.TelefoneSecundario, cliente.TelefoneResponsavel, cliente.CelularResponsavel,
            cliente.Numero,
            PersonalDataAssertions.Text(cliente.Latitude), PersonalDataAssertions.Text(cliente.Longitude),
        ];
        return own.Concat(cliente.Contatos.SelectMany(c => new[] { c.Telefone, c.Celular }));
    }

    private static IEnumerable<string?> SensitiveText(Cliente cliente)
    {
        string?[] own = [cliente.EmailResponsavel, cliente.Rua, cliente.Complemento, cliente.Site, cliente.Linkedin];
        return own.Concat(cliente.Contatos.Select(c => c.Email));
    }
}
