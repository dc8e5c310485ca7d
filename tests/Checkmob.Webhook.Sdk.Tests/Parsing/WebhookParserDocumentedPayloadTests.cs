namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>The three examples of the older vendor page (samples/payloads/documented-*.json), every field.</summary>
public class WebhookParserDocumentedPayloadTests
{
    private static readonly Cliente DocumentedCliente = new()
    {
        IdCliente = 12345678,
        Codigo = null,
        Nome = "Cliente Exemplo",
        RazaoSocial = null,
        NomeFantasia = null,
        CodigoFiscal = null,
        Cnpj = "12.345.678/0001-90",
        Cpf = "123.456.789-00",
        TipoCliente = null,
        Telefone = "(11) 99999-9999",
        TelefoneSecundario = "(11) 98888-8888",
        Site = null,
        Linkedin = null,
        QrCode = null,
        InformacoesAdicionais = null,
        Responsavel = "Responsável Exemplo",
        EmailResponsavel = null,
        TelefoneResponsavel = null,
        CelularResponsavel = null,
        CargoResponsavel = null,
        IdUltimoServico = 987654,
        DataProximoAcompanhamento = Utc(2025, 6, 10, 0, 0, 0),
        CicloVisita = null,
        AvaliacaoIA = "Aguardando",
        RangeCheckin = null,
        IdEtapa = null,
        Etapa = null,
        IdSetorMercado = null,
        SetorMercado = null,
        IdTemperatura = null,
        Temperatura = null,
        IdCategoria = null,
        Categoria = null,
        ValorNegocio = null,
        DataEsperadaFechamento = null,
        Ativo = true,
        CriadoMobile = null,
        DataCadastro = Utc(2025, 6, 4, 16, 0, 0),
        DataAtualizacao = Utc(2025, 6, 4, 17, 0, 0),
        IdEndereco = 11223344,
        Rua = "Rua Exemplo",
        Numero = "100",
        Complemento = "Sala 10",
        Bairro = "Centro",
        Cep = "12345678",
        Cidade = "Cidade Exemplo",
        Estado = "Estado Exemplo",
        Pais = "Brasil",
        Latitude = -23.55052,
        Longitude = -46.633308,
        Segmentos = [],
        Contatos = [],
        CampoPersonalizado =
        [
            new CampoPersonalizado { IdCampo = null, Nome = "Campo 1", ValorCampo = "Valor Exemplo" },
            new CampoPersonalizado { IdCampo = null, Nome = "Campo 2", ValorCampo = "10/06/2025" },
            new CampoPersonalizado { IdCampo = null, Nome = "Campo 3", ValorCampo = "Texto Exemplo" },
        ],
        ExtensionData = null,
    };

    private static readonly Registro DocumentedRegistro = new()
    {
        Id = null,
        Codigo = "12345678",
        IdCliente = 87654321,
        NomeCliente = "Cliente Exemplo",
        CodigoCliente = null,
        IdPessoa = null,
        NomePessoa = null,
        IdGrupo = 111222,
        NomeGrupo = "Grupo Exemplo",
        IdSegmento = 333444,
        NomeSegmento = "Segmento Exemplo",
        IdOrdemServico = 555666,
        IdObjetivo = 777888,
        NomeObjetivo = "Objetivo Exemplo",
        Observacao = "Observação de exemplo",
        Instrucoes = null,
        EnderecoAproximado = "Rua Exemplo 100, Bairro Centro, Cidade Exemplo, Estado, 12345-678, Brasil",
        IdUsuario = 999000,
        NomeUsuario = "Usuário Exemplo",
        Latitude = -23.55052,
        Longitude = -46.633308,
        DataCheckIn = Utc(2025, 6, 4, 9, 0, 0),
        DataCheckOut = Utc(2025, 6, 4, 9, 30, 0),
        IdStatus = 1234,
        NomeStatus = "Status Exemplo",
        DataAlteracaoStatus = Utc(2025, 6, 4, 9, 15, 0),
        MotivoReprovacao = null,
        Incompleto = null,
        CheckoutForcado = null,
        DataEnvio = Utc(2025, 6, 4, 9, 15, 0),
        IdUsuarioCriador = 999000,
        Agendado = false,
        DataInicioEsperada = null,
        DataConclusaoEsperada = null,
        Ativo = null,
        Excluido = null,
        DataAtualizacao = null,
        ExtensionData = null,
    };

    [Fact]
    public void Parse_DocumentedTipo1_ReadsEveryFieldOfTheCliente()
    {
        var evt = WebhookParser.Parse(Payloads.Read("documented-tipo1-cliente-criado.json"));

        var criado = evt.Should().BeOfType<ClienteCriado>().Subject;
        criado.Tipo.Should().Be(TipoEvento.ClienteCriado);
        criado.ItemCount.Should().Be(1);
        criado.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(DocumentedCliente, Equivalence.Exactly);
    }

    [Fact]
    public void Parse_DocumentedTipo2_ReadsEveryFieldOfTheCliente()
    {
        var evt = WebhookParser.Parse(Payloads.Read("documented-tipo2-cliente-editado.json"));

        var editado = evt.Should().BeOfType<ClienteEditado>().Subject;
        editado.Tipo.Should().Be(TipoEvento.ClienteEditado);
        editado.ItemCount.Should().Be(1);
        editado.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(DocumentedCliente, Equivalence.Exactly);
    }

    [Fact]
    public void Parse_DocumentedTipo3_ReadsEveryFieldOfTheRegistro()
    {
        var evt = WebhookParser.Parse(Payloads.Read("documented-tipo3-registro-realizado.json"));

        var realizado = evt.Should().BeOfType<RegistroRealizado>().Subject;
        realizado.Tipo.Should().Be(TipoEvento.RegistroRealizado);
        realizado.ItemCount.Should().Be(1);
        realizado.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(DocumentedRegistro, Equivalence.Exactly);
    }

    [Fact]
    public void Parse_DocumentedTipo1_KeepsTheMaskedTaxIdsAndTheTextRating()
    {
        var json = Payloads.Read("documented-tipo1-cliente-criado.json");

        var cliente = ParserHarness.Single<ClienteCriado>(json).Data[0];

        // Spelled out as well as in the expectation above: these are the values users look for first.
        cliente.Cnpj.Should().Be("12.345.678/0001-90");
        cliente.Cpf.Should().Be("123.456.789-00");
        cliente.Cep.Should().Be("12345678");
        cliente.AvaliacaoIA.Should().Be("Aguardando");
        cliente.DataCadastro.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_DocumentedTipo3_ReadsTheNullScheduleAsNull()
    {
        var json = Payloads.Read("documented-tipo3-registro-realizado.json");

        var registro = ParserHarness.Single<RegistroRealizado>(json).Data[0];

        registro.DataInicioEsperada.Should().BeNull();
        registro.DataConclusaoEsperada.Should().BeNull();
        registro.Codigo.Should().Be("12345678");
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second)
        => new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
