namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// How <see cref="Cliente.Cep"/> is read: Checkmob sends a JSON number, which drops the leading zero of São Paulo's
/// CEPs, so every form becomes 8 digits without mask.
/// </summary>
public class WebhookParserCepTests
{
    [Theory]
    [InlineData("1310100", "01310100")]
    [InlineData("12345678", "12345678")]
    [InlineData("0", "00000000")]
    [InlineData("\"01310-100\"", "01310100")]
    [InlineData("\"01310100\"", "01310100")]
    [InlineData("\"1310100\"", "01310100")]
    [InlineData("\"01.310-100\"", "01310100")]
    [InlineData("\" 01310-100 \"", "01310100")]
    [InlineData("\"0131\\u0030-100\"", "01310100")]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    [InlineData("\"   \"", null)]
    public void Parse_Cep_ReadsEightDigitsWithoutMask(string value, string? expected)
    {
        var criado = ParserHarness.Single<ClienteCriado>(ParserHarness.Envelope(1, "[{\"Cep\":" + value + "}]"));

        criado.Data.Should().ContainSingle().Which.Cep.Should().Be(expected);
    }

    [Fact]
    public void Parse_CepAbsent_IsNull()
    {
        var cliente = ParserHarness.ParseCliente("""{"IdCliente":1}""");

        cliente.Cep.Should().BeNull();
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"0131O100\"")]
    [InlineData("123456789")]
    [InlineData("\"123456789\"")]
    [InlineData("-1310100")]
    [InlineData("1310100.5")]
    [InlineData("1.3101E6")]
    [InlineData("\"-\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1310100]")]
    public void Parse_InvalidCep_IsRejectedAtItsPath(string value)
    {
        var ex = ParserHarness.Reject(ParserHarness.Envelope(1, "[{\"IdCliente\":1,\"Cep\":" + value + "}]"));

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be("$.Data[0].Cep");
        ex.LineNumber.Should().NotBeNull();
        ex.BytePositionInLine.Should().NotBeNull();
    }
}
