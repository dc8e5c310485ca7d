namespace Checkmob.Webhook.Sdk.Tests.Parsing;

public class WebhookParserNullItemTests
{
    [Fact]
    public void Parse_NullItemsInNestedLists_AreSkipped()
    {
        var evt = WebhookParser.Parse("""
            {"Tipo":1,"Data":{"IdCliente":1,
              "Segmentos":[null,{"IdSegmento":31},null],
              "Contatos":[null],
              "CampoPersonalizado":[{"Nome":"A"},null]}}
            """);

        var cliente = evt.Should().BeOfType<ClienteCriado>().Which.Data.Should().ContainSingle().Subject;
        cliente.Segmentos.Should().ContainSingle().Which.IdSegmento.Should().Be(31);
        cliente.Contatos.Should().BeEmpty();
        cliente.CampoPersonalizado.Should().ContainSingle().Which.Nome.Should().Be("A");
    }

    [Fact]
    public void Parse_NullRowInRespostas_IsSkipped()
    {
        var evt = WebhookParser.Parse("""{"Tipo":4,"Data":[{"Id":9,"Respostas":[null,{"IdQuestao":801}]}]}""");

        var checklist = evt.Should().BeOfType<ChecklistRespondido>().Which.Data.Should().ContainSingle().Subject;
        checklist.Respostas.Should().ContainSingle().Which.IdQuestao.Should().Be(801);
    }

    [Fact]
    public void Init_ListWithoutNulls_IsKeptAsGiven()
    {
        IReadOnlyList<Segmento> segmentos = [new Segmento { IdSegmento = 1 }];

        var cliente = new Cliente { Segmentos = segmentos };

        cliente.Segmentos.Should().BeSameAs(segmentos);
    }
}
