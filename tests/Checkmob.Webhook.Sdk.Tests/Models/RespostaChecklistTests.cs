namespace Checkmob.Webhook.Sdk.Tests.Models;

public class RespostaChecklistTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void ToString_SelectableAnswer_IsPrinted(string answer)
    {
        var resposta = new RespostaChecklist { Resposta = answer };

        resposta.ToString().Should().Contain($"Resposta = {answer},");
    }

    [Fact]
    public void ToString_TypedAnswerAndNote_AreMasked()
    {
        var resposta = new RespostaChecklist
        {
            Resposta = "Recebido por CPF 529.982.247-25",
            Observacao = "Ligar antes: (11) 91234-5678",
        };

        var printed = resposta.ToString();

        printed.Should().Contain("Resposta = ***,").And.Contain("Observacao = ***,");
        PersonalDataAssertions.ShouldContainNoDigitsOf(printed, [resposta.Resposta, resposta.Observacao]);
    }

    [Fact]
    public void ToString_EveryProperty_IsPrintedOrMasked()
    {
        PersonalDataAssertions.ShouldPrintEveryProperty(new RespostaChecklist());
    }
}
