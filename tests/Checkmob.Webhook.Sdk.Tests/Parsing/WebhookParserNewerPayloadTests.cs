namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// One payload per type carrying every field of the newer vendor revision (samples/payloads/newer-*.json), every
/// value checked, including the conversions: CEP 1310100 to "01310100", numeric codes and rating to text.
/// </summary>
public class WebhookParserNewerPayloadTests
{
    [Fact]
    public void Parse_NewerTipo1_ReadsEveryFieldOfTheCliente()
    {
        var evt = WebhookParser.Parse(Payloads.Read("newer-tipo1-cliente-criado.json"));

        var criado = evt.Should().BeOfType<ClienteCriado>().Subject;
        criado.Tipo.Should().Be(TipoEvento.ClienteCriado);
        criado.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(NewerCliente(), Equivalence.Exactly);
    }

    [Fact]
    public void Parse_NewerTipo2_ReadsEveryFieldOfTheEditedCliente()
    {
        var evt = WebhookParser.Parse(Payloads.Read("newer-tipo2-cliente-editado.json"));

        var editado = evt.Should().BeOfType<ClienteEditado>().Subject;
        editado.Tipo.Should().Be(TipoEvento.ClienteEditado);
        var expected = NewerCliente() with
        {
            IdEtapa = 4,
            Etapa = "Fechamento",
            DataAtualizacao = Utc(2025, 6, 5, 9, 12, 45),
        };
        editado.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(expected, Equivalence.Exactly);
    }

    [Fact]
    public void Parse_NewerTipo1_ConvertsTheValuesTheVendorSendsInAnotherType()
    {
        var cliente = ((ClienteCriado)WebhookParser.Parse(Payloads.Read("newer-tipo1-cliente-criado.json"))).Data[0];

        cliente.Cep.Should().Be("01310100");
        cliente.Codigo.Should().Be("1050");
        cliente.AvaliacaoIA.Should().Be("4.5");
        cliente.ValorNegocio.Should().Be(15750.90m);
        cliente.Cpf.Should().BeNull();
    }

    [Fact]
    public void Parse_NewerTipo3_ReadsEveryFieldOfTheRegistro()
    {
        var evt = WebhookParser.Parse(Payloads.Read("newer-tipo3-registro-realizado.json"));

        var realizado = evt.Should().BeOfType<RegistroRealizado>().Subject;
        realizado.Tipo.Should().Be(TipoEvento.RegistroRealizado);
        var expected = new Registro
        {
            Id = 7730001,
            Codigo = "20451",
            IdCliente = 4021337,
            NomeCliente = "Padaria São João",
            CodigoCliente = "1050",
            IdPessoa = 9001,
            NomePessoa = "João Batista",
            IdGrupo = 210,
            NomeGrupo = "Equipe Centro",
            IdSegmento = 31,
            NomeSegmento = "Padarias",
            IdOrdemServico = 66012,
            IdObjetivo = 14,
            NomeObjetivo = "Visita técnica",
            Observacao = "Forno com defeito no termostato.",
            Instrucoes = "Levar peça de reposição.",
            EnderecoAproximado = "Avenida Paulista 1578, Bela Vista, São Paulo, SP, 01310-100, Brasil",
            IdUsuario = 3302,
            NomeUsuario = "Carlos Técnico",
            Latitude = -23.561402,
            Longitude = -46.655874,
            DataCheckIn = Utc(2025, 6, 4, 12, 0, 0),
            DataCheckOut = Utc(2025, 6, 4, 13, 45, 30),
            IdStatus = 5,
            NomeStatus = "Concluído",
            DataAlteracaoStatus = Utc(2025, 6, 4, 13, 46, 0),
            MotivoReprovacao = null,
            Incompleto = false,
            CheckoutForcado = false,
            DataEnvio = Utc(2025, 6, 4, 13, 46, 5),
            IdUsuarioCriador = 3001,
            Agendado = true,
            DataInicioEsperada = Utc(2025, 6, 4, 12, 0, 0),
            DataConclusaoEsperada = Utc(2025, 6, 4, 14, 0, 0),
            Ativo = true,
            Excluido = false,
            DataAtualizacao = Utc(2025, 6, 4, 13, 46, 5),
            ExtensionData = null,
        };
        realizado.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(expected, Equivalence.Exactly);
    }

    [Fact]
    public void Parse_NewerTipo4_ReadsEveryFieldOfTheChecklistAndItsRespostas()
    {
        var evt = WebhookParser.Parse(Payloads.Read("newer-tipo4-checklist-respondido.json"));

        var respondido = evt.Should().BeOfType<ChecklistRespondido>().Subject;
        respondido.Tipo.Should().Be(TipoEvento.ChecklistRespondido);
        respondido.ItemCount.Should().Be(1);
        var expected = new Checklist
        {
            Id = 990011,
            Numero = 1207,
            IdQuestionario = 45,
            NomeQuestionario = "Inspeção de equipamentos",
            Situacao = SituacaoChecklist.Completo,
            DataCadastro = Utc(2025, 6, 4, 12, 5, 0),
            DataAtualizacao = Utc(2025, 6, 4, 13, 40, 0),
            IdUsuario = 3302,
            NomeUsuario = "Carlos Técnico",
            IdCliente = 4021337,
            CodigoCliente = "1050",
            NomeCliente = "Padaria São João",
            IdServico = 7730001,
            CodigoServico = "20451",
            Respostas =
            [
                new RespostaChecklist
                {
                    NumeroSecao = 1,
                    IdQuestao = 801,
                    NumeroQuestao = "1.1",
                    NomeQuestao = "O equipamento está ligado?",
                    IdItemQuestao = 8011,
                    NumeroItemQuestao = "1.1.1",
                    NomeItemQuestao = "Sim",
                    Resposta = "true",
                    Observacao = null,
                },
                new RespostaChecklist
                {
                    NumeroSecao = 1,
                    IdQuestao = 802,
                    NumeroQuestao = "1.2",
                    NomeQuestao = "Temperatura medida (°C)",
                    IdItemQuestao = 8021,
                    NumeroItemQuestao = "1.2.1",
                    NomeItemQuestao = "Valor",
                    Resposta = "182,5",
                    Observacao = "Abaixo do esperado",
                },
            ],
            ExtensionData = null,
        };
        respondido.Data.Should().ContainSingle().Which.Should().BeEquivalentTo(expected, Equivalence.Exactly);
    }

    private static Cliente NewerCliente() => new()
    {
        IdCliente = 4021337,
        Codigo = "1050",
        Nome = "Padaria São João",
        RazaoSocial = "Panificadora São João Ltda.",
        NomeFantasia = "Padaria São João",
        CodigoFiscal = "11222333000181",
        Cnpj = "11.222.333/0001-81",
        Cpf = null,
        TipoCliente = "Pessoa Jurídica",
        Telefone = "(11) 3456-7890",
        TelefoneSecundario = "(11) 97654-3210",
        Site = "https://padariasaojoao.com.br",
        Linkedin = "https://www.linkedin.com/company/padaria-sao-joao",
        QrCode = "CLI-4021337",
        InformacoesAdicionais = "Entrega somente pela manhã.",
        Responsavel = "Maria Conceição",
        EmailResponsavel = "maria@padariasaojoao.com.br",
        TelefoneResponsavel = "(11) 3456-7891",
        CelularResponsavel = "(11) 99876-5432",
        CargoResponsavel = "Gerente de Compras",
        IdUltimoServico = 88123,
        DataProximoAcompanhamento = Utc(2025, 7, 1, 13, 0, 0),
        CicloVisita = 30,
        AvaliacaoIA = "4.5",
        RangeCheckin = 150,
        IdEtapa = 3,
        Etapa = "Negociação",
        IdSetorMercado = 12,
        SetorMercado = "Alimentação",
        IdTemperatura = 2,
        Temperatura = "Morno",
        IdCategoria = 7,
        Categoria = "Varejo",
        ValorNegocio = 15750.90m,
        DataEsperadaFechamento = Utc(2025, 8, 15, 0, 0, 0),
        Ativo = true,
        CriadoMobile = false,
        DataCadastro = Utc(2025, 6, 4, 16, 0, 0),
        DataAtualizacao = Utc(2025, 6, 4, 17, 30, 15),
        IdEndereco = 556677,
        Rua = "Avenida Paulista",
        Numero = "1578",
        Complemento = "Loja 2",
        Bairro = "Bela Vista",
        Cep = "01310100",
        Cidade = "São Paulo",
        Estado = "SP",
        Pais = "Brasil",
        Latitude = -23.561414,
        Longitude = -46.655881,
        Segmentos =
        [
            new Segmento { IdSegmento = 31, Nome = "Padarias" },
            new Segmento { IdSegmento = 32, Nome = "Zona Sul" },
        ],
        Contatos =
        [
            new Contato
            {
                IdPessoa = 9001,
                Nome = "João Batista",
                Email = "joao@padariasaojoao.com.br",
                Telefone = "(11) 3456-7892",
                Celular = "(11) 91234-5678",
            },
        ],
        CampoPersonalizado =
        [
            new CampoPersonalizado { IdCampo = 501, Nome = "Observação", ValorCampo = "Cliente prefere boleto" },
            new CampoPersonalizado
            {
                IdCampo = 502, Nome = "Data da primeira compra", ValorCampo = "10/06/2025 00:00:00",
            },
            new CampoPersonalizado { IdCampo = 503, Nome = "Limite de crédito", ValorCampo = "1.234,56" },
        ],
        ExtensionData = null,
    };

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second)
        => new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
