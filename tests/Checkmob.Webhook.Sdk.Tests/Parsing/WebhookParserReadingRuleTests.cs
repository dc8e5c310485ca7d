using System.Text.Json;
using System.Text.Json.Nodes;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>How the fields of the Data items are read: names in any case, values in the types senders use.</summary>
public class WebhookParserReadingRuleTests
{
    public static TheoryData<string, string> PayloadsInEveryCasing
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var fileName in Payloads.All())
            {
                foreach (var casing in (string[])["camelCase", "lowercase", "UPPERCASE"])
                {
                    data.Add(fileName, casing);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> SamplePayloads => new(Payloads.All());

    [Theory]
    [MemberData(nameof(PayloadsInEveryCasing))]
    public void Parse_PropertyNamesInAnotherCase_ReadEveryField(string fileName, string casing)
    {
        var json = Payloads.Read(fileName);
        Func<string, string> rename = casing switch
        {
            "camelCase" => name => char.ToLowerInvariant(name[0]) + name[1..],
            "lowercase" => name => name.ToLowerInvariant(),
            _ => name => name.ToUpperInvariant(),
        };

        var renamed = WebhookParser.Parse(ParserHarness.WithNames(json, rename));

        ParserHarness.Canonical(renamed).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(json)));
    }

    [Theory]
    [MemberData(nameof(SamplePayloads))]
    public void Parse_EveryNumberAndBooleanSentAsAString_ReadsTheSameValues(string fileName)
    {
        var json = Payloads.Read(fileName);
        var quoted = QuoteScalarsInData(JsonNode.Parse(json)!.AsObject());

        var evt = WebhookParser.Parse(quoted);

        quoted.Should().NotBe(json);
        ParserHarness.Canonical(evt).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(json)));
    }

    [Fact]
    public void Parse_NumericStrings_ReadIdsCoordinatesAndMoney()
    {
        var cliente = ParserHarness.ParseCliente("""
            {"IdCliente":"4021337","IdUltimoServico":" 88123 ","Latitude":"-23.561414","Longitude":"-4.6655881E1",
             "ValorNegocio":"15750.90","CicloVisita":"30","Segmentos":[{"IdSegmento":"31"}]}
            """);

        cliente.IdCliente.Should().Be(4021337);
        cliente.IdUltimoServico.Should().Be(88123);
        cliente.Latitude.Should().Be(-23.561414);
        cliente.Longitude.Should().Be(-46.655881);
        cliente.ValorNegocio.Should().Be(15750.90m);
        cliente.CicloVisita.Should().Be(30);
        cliente.Segmentos.Should().ContainSingle().Which.IdSegmento.Should().Be(31);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\" \\t\\r\\n \"")]
    [InlineData("null")]
    public void Parse_BlankOrNullScalar_ReadsAsNull(string blank)
    {
        var cliente = ParserHarness.ParseCliente(
            "{\"IdCliente\":" + blank + ",\"Latitude\":" + blank + ",\"ValorNegocio\":" + blank + ",\"Ativo\":"
            + blank + ",\"DataCadastro\":" + blank + ",\"Cep\":" + blank + "}");
        var checklist = ParserHarness.ParseChecklist("{\"Situacao\":" + blank + ",\"DataAtualizacao\":" + blank + "}");

        cliente.IdCliente.Should().BeNull();
        cliente.Latitude.Should().BeNull();
        cliente.ValorNegocio.Should().BeNull();
        cliente.Ativo.Should().BeNull();
        cliente.DataCadastro.Should().BeNull();
        cliente.Cep.Should().BeNull();
        checklist.Situacao.Should().BeNull();
        checklist.DataAtualizacao.Should().BeNull();
    }

    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"True\"", true)]
    [InlineData("\" FALSE \"", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Parse_BooleanAsJsonOrString_ReadsTheFlag(string value, bool expected)
    {
        var registro = ParserHarness.ParseRegistro(
            "{\"Agendado\":" + value + ",\"Incompleto\":" + value + ",\"Excluido\":" + value + "}");

        registro.Agendado.Should().Be(expected);
        registro.Incompleto.Should().Be(expected);
        registro.Excluido.Should().Be(expected);
    }

    [Fact]
    public void Parse_NumberWhereACodeIsExpected_KeepsItsDigitsAsText()
    {
        var cliente = ParserHarness.ParseCliente("""{"Codigo":1050}""");
        var registro = ParserHarness.ParseRegistro("""{"Codigo":20451,"CodigoCliente":7}""");
        var checklist = ParserHarness.ParseChecklist("""{"CodigoCliente":1050,"CodigoServico":20451}""");

        cliente.Codigo.Should().Be("1050");
        registro.Codigo.Should().Be("20451");
        registro.CodigoCliente.Should().Be("7");
        checklist.CodigoCliente.Should().Be("1050");
        checklist.CodigoServico.Should().Be("20451");
    }

    [Fact]
    public void Parse_TextCode_IsKeptAsSent()
    {
        var cliente = ParserHarness.ParseCliente("""{"Codigo":"ERP-001/A"}""");
        var checklist = ParserHarness.ParseChecklist("""{"CodigoCliente":" 0042 ","CodigoServico":""}""");

        cliente.Codigo.Should().Be("ERP-001/A");
        checklist.CodigoCliente.Should().Be(" 0042 ");
        checklist.CodigoServico.Should().BeEmpty();
    }

    [Fact]
    public void Parse_BooleanOrNumberWhereTextIsExpected_BecomesItsText()
    {
        var cliente = ParserHarness.ParseCliente(
            """{"Nome":true,"Numero":100,"AvaliacaoIA":-4.50,"Complemento":false,"Responsavel":1E3}""");
        var checklist = ParserHarness.ParseChecklist("""{"Respostas":[{"Resposta":false,"NumeroQuestao":1.1}]}""");

        cliente.Nome.Should().Be("true");
        cliente.Numero.Should().Be("100");
        cliente.AvaliacaoIA.Should().Be("-4.50");
        cliente.Complemento.Should().Be("false");
        cliente.Responsavel.Should().Be("1E3");
        checklist.Respostas.Should().ContainSingle().Which.Resposta.Should().Be("false");
        checklist.Respostas[0].NumeroQuestao.Should().Be("1.1");
    }

    [Theory]
    [InlineData("0", SituacaoChecklist.Parcial)]
    [InlineData("1", SituacaoChecklist.Completo)]
    [InlineData("2", SituacaoChecklist.AFazer)]
    [InlineData("7", (SituacaoChecklist)7)]
    [InlineData("-1", (SituacaoChecklist)(-1))]
    [InlineData("\"2\"", SituacaoChecklist.AFazer)]
    [InlineData("\" 7 \"", (SituacaoChecklist)7)]
    public void Parse_Situacao_KeepsTheNumberEvenOutsideTheEnum(string value, SituacaoChecklist expected)
    {
        var checklist = ParserHarness.ParseChecklist("{\"Situacao\":" + value + "}");

        checklist.Situacao.Should().Be(expected);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("absent")]
    public void Parse_ListFieldNullOrAbsent_GivesAnEmptyList(string value)
    {
        string Field(string name) => value == "absent" ? "" : "\"" + name + "\":" + value + ",";

        var cliente = ParserHarness.ParseCliente(
            "{" + Field("Segmentos") + Field("Contatos") + Field("CampoPersonalizado") + "\"IdCliente\":1}");
        var checklist = ParserHarness.ParseChecklist("{" + Field("Respostas") + "\"Id\":1}");

        cliente.Segmentos.Should().NotBeNull().And.BeEmpty();
        cliente.Contatos.Should().NotBeNull().And.BeEmpty();
        cliente.CampoPersonalizado.Should().NotBeNull().And.BeEmpty();
        checklist.Respostas.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public void Parse_UnknownClienteFieldsAtEveryLevel_AreKeptAsSent()
    {
        var criado = ParserHarness.Single<ClienteCriado>(Fixtures.Read("tipo1-unknown-fields.json"));

        var cliente = criado.Data.Should().ContainSingle().Subject;
        cliente.IdCliente.Should().Be(4021337);
        cliente.Nome.Should().Be("Padaria São João");
        ShouldHold(cliente.ExtensionData, """{"ClassificacaoNova":"A","Pontuacao":98.5,"Tags":["vip","sul"]}""");
        cliente.Segmentos.Should().ContainSingle().Which.Nome.Should().Be("Padarias");
        ShouldHold(cliente.Segmentos[0].ExtensionData, """{"Cor":"#ffcc00"}""");
        cliente.Contatos.Should().ContainSingle().Which.Nome.Should().Be("João Batista");
        ShouldHold(cliente.Contatos[0].ExtensionData, """{"Cargo":"Gerente","Principal":true}""");
        cliente.CampoPersonalizado.Should().ContainSingle().Which.ValorCampo.Should().Be("Cliente prefere boleto");
        ShouldHold(
            cliente.CampoPersonalizado[0].ExtensionData, """{"Obrigatorio":false,"Opcoes":{"a":1,"b":[null]}}""");
    }

    [Fact]
    public void Parse_UnknownRegistroFields_AreKeptAsSent()
    {
        var registro = ParserHarness.Single<RegistroRealizado>(Fixtures.Read("tipo3-unknown-fields.json")).Data[0];

        registro.Id.Should().Be(7730001);
        registro.Codigo.Should().Be("20451");
        ShouldHold(
            registro.ExtensionData,
            """{"DistanciaCheckIn":12.5,"Fotos":[{"Url":"https://example.com/1.jpg"}],"Etiqueta":null}""");
    }

    [Fact]
    public void Parse_UnknownChecklistAndRespostaFields_AreKeptAsSent()
    {
        var checklist = ParserHarness.Single<ChecklistRespondido>(Fixtures.Read("tipo4-unknown-fields.json")).Data[0];

        checklist.Situacao.Should().Be(SituacaoChecklist.Completo);
        ShouldHold(checklist.ExtensionData, """{"PercentualConcluido":100}""");
        checklist.Respostas.Should().ContainSingle().Which.Resposta.Should().Be("true");
        ShouldHold(checklist.Respostas[0].ExtensionData, """{"Peso":2,"Anexos":[]}""");
    }

    [Fact]
    public void Parse_AccentedTextRawAndEscaped_RoundTripsExactly()
    {
        var cliente = ParserHarness.Single<ClienteCriado>(Fixtures.Read("tipo1-accented-text.json")).Data[0];

        cliente.Nome.Should().Be("Padaria S\u00e3o Jo\u00e3o");
        cliente.RazaoSocial.Should().Be("Panificadora São João Ltda.");
        cliente.Responsavel.Should().Be("Maria Conceição");
        cliente.CargoResponsavel.Should().Be("Gerência de Compras");
        cliente.Bairro.Should().Be("Lapa \u2014 Zona Oeste");
        cliente.Complemento.Should().Be("Café \U0001F600");
        cliente.Cidade.Should().Be("São Paulo");
        cliente.CampoPersonalizado.Should().ContainSingle().Which.Nome.Should().Be("Observação");
        cliente.CampoPersonalizado[0].ValorCampo.Should().Be("Observação: açúcar, pão, maçã");
    }

    private static void ShouldHold(IDictionary<string, JsonElement>? extensionData, string expectedJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        extensionData.Should().NotBeNull();
        extensionData!.Keys.Should().BeEquivalentTo(expected.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (var property in expected.RootElement.EnumerateObject())
        {
            JsonElement.DeepEquals(extensionData[property.Name], property.Value)
                .Should().BeTrue("field {0} should be kept as sent", property.Name);
        }
    }

    private static string QuoteScalarsInData(JsonObject root)
    {
        static JsonNode? Quote(JsonNode? node) => node switch
        {
            JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Quote(p.Value?.DeepClone())))),
            JsonArray array => new JsonArray(array.Select(item => Quote(item?.DeepClone())).ToArray()),
            JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True
                or JsonValueKind.False => JsonValue.Create(value.ToJsonString()),
            _ => node?.DeepClone(),
        };

        root["Data"] = Quote(root["Data"]);
        return root.ToJsonString();
    }
}
