namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>A CEP sent as text must look like one: a mask or a number's digits, not any string with digits in it.</summary>
public class WebhookParserCepStrictnessTests
{
    [Theory]
    [InlineData("\"01310100\"", "01310100")]
    [InlineData("\"01310-100\"", "01310100")]
    [InlineData("\"01.310-100\"", "01310100")]
    [InlineData("\"1310100\"", "01310100")]
    [InlineData("\" 01310-100 \"", "01310100")]
    [InlineData("1310100", "01310100")]
    [InlineData("99999999", "99999999")]
    public void Parse_CepInAnAcceptedShape_ReadsItsEightDigits(string cep, string expected)
    {
        var evt = WebhookParser.Parse($$$"""{"Tipo":1,"Data":{"Cep":{{{cep}}}}}""");

        ((ClienteCriado)evt).Data[0].Cep.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"-1\"")]
    [InlineData("\"1-\"")]
    [InlineData("\"---1---\"")]
    [InlineData("\"1 2 3\"")]
    [InlineData("\"0131010\"")]
    [InlineData("\"013101000\"")]
    [InlineData("\"0131-0100\"")]
    [InlineData("\"01310_100\"")]
    [InlineData("-1")]
    [InlineData("100000000")]
    [InlineData("1310100.5")]
    public void Parse_CepInAnotherShape_RejectedWithItsPath(string cep)
    {
        var act = () => WebhookParser.Parse($$"""{"Tipo":1,"Data":[{"Cep":{{cep}}}]}""");

        var thrown = act.Should().Throw<WebhookParseException>().Which;
        thrown.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        thrown.Path.Should().Be("$.Data[0].Cep");
    }
}
