namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>Creating a <see cref="WebhookParser"/> from <see cref="WebhookParserOptions"/>.</summary>
public class WebhookParserConstructorTests
{
    [Fact]
    public void Constructor_OptionsWithATimeZone_WorksThroughTheInterface()
    {
        IWebhookParser parser = new WebhookParser(
            new WebhookParserOptions { TimeZone = WebhookParserOptions.BrasiliaTimeZone });

        var evt = parser.Parse(Payloads.Read("documented-tipo1-cliente-criado.json"));

        evt.Should().BeOfType<ClienteCriado>().Which.Data[0].DataCadastro
            .Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.FromHours(-3)));
    }

    [Fact]
    public void Constructor_NullOptions_UsesTheDefaults()
    {
        IWebhookParser parser = new WebhookParser(null);

        var json = Payloads.Read("documented-tipo1-cliente-criado.json");

        var evt = parser.Parse(json);

        ParserHarness.Canonical(evt).Should().Be(ParserHarness.Canonical(WebhookParser.Parse(json)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Constructor_MaxDepthBelowOne_ThrowsArgumentOutOfRangeException(int maxDepth)
    {
        var act = () => new WebhookParser(new WebhookParserOptions { MaxDepth = maxDepth });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options");
    }

    [Fact]
    public void Constructor_MaxDepth_LimitsTheNestingAccepted()
    {
        // The documented client nests four levels: envelope, Data, CampoPersonalizado and its items.
        IWebhookParser four = new WebhookParser(new WebhookParserOptions { MaxDepth = 4 });
        IWebhookParser three = new WebhookParser(new WebhookParserOptions { MaxDepth = 3 });
        var json = Payloads.Read("documented-tipo1-cliente-criado.json");

        var act = () => three.Parse(json);

        four.Parse(json).Should().BeOfType<ClienteCriado>();
        var ex = act.Should().Throw<WebhookParseException>().Which;
        ex.Kind.Should().Be(WebhookParseErrorKind.DepthExceeded);
        ex.Path.Should().Be("$");
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_HaveNoEffect()
    {
        var options = new WebhookParserOptions();
        IWebhookParser parser = new WebhookParser(options);

        options.TimeZone = WebhookParserOptions.BrasiliaTimeZone;
        options.MaxDepth = 1;
        var cliente = ParserHarness.ParseCliente("""{"DataCadastro":"2025-06-04T16:00:00"}""", parser);

        cliente.DataCadastro.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.Zero));
    }
}
