namespace Checkmob.Webhook.Sdk.Tests.Models;

public class ContatoTests
{
    [Fact]
    public void ToString_ParsedContact_ContainsNoEmailOrPhone()
    {
        var cliente = SampleItems.Cliente("newer-tipo1-cliente-criado.json");
        var contato = cliente.Contatos.Should().ContainSingle().Subject;

        var printed = contato.ToString();

        PersonalDataAssertions.ShouldContainNoDigitsOf(printed, [contato.Telefone, contato.Celular]);
        PersonalDataAssertions.ShouldContainNoneOf(printed, [contato.Email]);
        printed.Should().Contain("Email = ***").And.Contain($"Nome = {contato.Nome}");
        contato.Celular.Should().Be("(11) 91234-5678");
    }

    [Fact]
    public void ToString_EveryProperty_IsPrintedOrMasked()
    {
        PersonalDataAssertions.ShouldPrintEveryProperty(new Contato());
    }
}
