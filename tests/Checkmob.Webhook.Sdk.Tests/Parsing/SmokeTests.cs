namespace Checkmob.Webhook.Sdk.Tests.Parsing;

public class SmokeTests
{
    [Fact]
    public void Parse_DocumentedTipo1_ReturnsClienteCriado()
    {
        var evt = WebhookParser.Parse(Payloads.Read("documented-tipo1-cliente-criado.json"));

        var criado = evt.Should().BeOfType<ClienteCriado>().Subject;
        criado.Data.Should().ContainSingle().Which.Cep.Should().Be("12345678");
        criado.Data[0].DataCadastro.Should().Be(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.Zero));
    }
}
