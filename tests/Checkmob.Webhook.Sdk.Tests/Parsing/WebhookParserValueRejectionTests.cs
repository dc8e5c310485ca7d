using System.Text;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// Bodies whose envelope is right but whose content is not: a field of the wrong type, absurd nesting, bytes that
/// are not UTF-8. Each is rejected with its kind, its path and its position, and no message repeats a value.
/// </summary>
public class WebhookParserValueRejectionTests
{
    public static TheoryData<int, string, string> WrongTypedFields => new()
    {
        { 1, """[{"IdCliente":"abc"}]""", "$.Data[0].IdCliente" },
        { 1, """{"IdCliente":"abc"}""", "$.Data.IdCliente" },
        { 1, """[{"IdCliente":1},{"IdCliente":"abc"}]""", "$.Data[1].IdCliente" },
        { 1, """[{"IdCliente":1.5}]""", "$.Data[0].IdCliente" },
        { 1, """[{"IdCliente":"1.5"}]""", "$.Data[0].IdCliente" },
        { 1, """[{"IdCliente":99999999999999999999}]""", "$.Data[0].IdCliente" },
        { 1, """[{"IdCliente":true}]""", "$.Data[0].IdCliente" },
        { 1, """[{"IdCliente":[]}]""", "$.Data[0].IdCliente" },
        { 1, """[{"Segmentos":[{"IdSegmento":"x"}]}]""", "$.Data[0].Segmentos[0].IdSegmento" },
        { 1, """[{"Segmentos":"Padarias"}]""", "$.Data[0].Segmentos" },
        { 1, """[{"Segmentos":{"IdSegmento":1}}]""", "$.Data[0].Segmentos" },
        { 1, """[{"Segmentos":["Padarias"]}]""", "$.Data[0].Segmentos[0]" },
        { 1, """[{"Nome":{"Primeiro":"Maria"}}]""", "$.Data[0].Nome" },
        { 1, """[{"Nome":["Maria"]}]""", "$.Data[0].Nome" },
        { 1, """[{"CampoPersonalizado":[{"ValorCampo":{}}]}]""", "$.Data[0].CampoPersonalizado[0].ValorCampo" },
        { 2, """[{"Contatos":[{"IdPessoa":true}]}]""", "$.Data[0].Contatos[0].IdPessoa" },
        { 2, """[{"Latitude":"norte"}]""", "$.Data[0].Latitude" },
        { 2, """[{"Latitude":"-23,56"}]""", "$.Data[0].Latitude" },
        { 2, """[{"Latitude":1e400}]""", "$.Data[0].Latitude" },
        { 2, """[{"Longitude":-1e400}]""", "$.Data[0].Longitude" },
        { 2, """[{"Latitude":"1e400"}]""", "$.Data[0].Latitude" },
        { 2, """[{"Latitude":"NaN"}]""", "$.Data[0].Latitude" },
        { 2, """[{"Latitude":"Infinity"}]""", "$.Data[0].Latitude" },
        { 2, """[{"ValorNegocio":"15.750,90"}]""", "$.Data[0].ValorNegocio" },
        { 2, """[{"ValorNegocio":1e400}]""", "$.Data[0].ValorNegocio" },
        { 2, """[{"Ativo":"sim"}]""", "$.Data[0].Ativo" },
        { 2, """[{"Ativo":1}]""", "$.Data[0].Ativo" },
        { 2, """[{"Ativo":"1"}]""", "$.Data[0].Ativo" },
        { 3, """{"Latitude":{}}""", "$.Data.Latitude" },
        { 3, """[{"Codigo":{"Numero":1}}]""", "$.Data[0].Codigo" },
        { 3, """[{"Incompleto":"talvez"}]""", "$.Data[0].Incompleto" },
        { 4, """[{"Situacao":"completo"}]""", "$.Data[0].Situacao" },
        { 4, """[{"Situacao":1.5}]""", "$.Data[0].Situacao" },
        { 4, """[{"Situacao":true}]""", "$.Data[0].Situacao" },
        { 4, """[{"Respostas":[{"IdQuestao":1},{"IdQuestao":"x"}]}]""", "$.Data[0].Respostas[1].IdQuestao" },
        { 4, """[{"Respostas":{"IdQuestao":1}}]""", "$.Data[0].Respostas" },
        { 4, """[{"Respostas":[{"Resposta":["Sim"]}]}]""", "$.Data[0].Respostas[0].Resposta" },
    };

    [Theory]
    [MemberData(nameof(WrongTypedFields))]
    public void Parse_FieldOfTheWrongType_IsRejectedAtItsPath(int tipo, string data, string path)
    {
        var ex = ParserHarness.Reject(ParserHarness.Envelope(tipo, data));

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be(path);
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(WrongTypedFields))]
    public void Parse_FieldOfTheWrongTypeInDataSentBeforeTipo_IsRejectedAtTheSamePath(
        int tipo, string data, string path)
    {
        var ex = ParserHarness.Reject(ParserHarness.WithTipoLast(ParserHarness.Envelope(tipo, data)));

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("\"IdCliente\": 4021337", "\"IdCliente\": \"abc\"", "$.Data[0].IdCliente")]
    [InlineData("\"IdSegmento\": 32", "\"IdSegmento\": \"abc\"", "$.Data[0].Segmentos[1].IdSegmento")]
    [InlineData("\"Cep\": 1310100", "\"Cep\": \"abc\"", "$.Data[0].Cep")]
    [InlineData("\"Ativo\": true", "\"Ativo\": \"abc\"", "$.Data[0].Ativo")]
    public void Parse_WrongTypedFieldOnALaterLine_ReportsTheLineAndColumnInTheBody(
        string original, string replacement, string path)
    {
        // Regression: positions were counted from the start of the Data item instead of the start of the body.
        var json = Payloads.Read("newer-tipo1-cliente-criado.json")
            .Replace(original, replacement, StringComparison.Ordinal);
        var valueStart = json.IndexOf(replacement, StringComparison.Ordinal)
            + replacement.IndexOf("\"abc\"", StringComparison.Ordinal);
        var line = json[..valueStart].Count(c => c == '\n');
        var column = Encoding.UTF8.GetByteCount(json[(json.LastIndexOf('\n', valueStart) + 1)..valueStart]);

        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be(path);
        ex.LineNumber.Should().Be(line);
        ex.BytePositionInLine.Should().BeInRange(column, column + "\"abc\"".Length);
    }

    [Fact]
    public void Parse_WrongTypedFieldOnTheFirstLine_ReportsTheColumnInTheBody()
    {
        const string Json = """{"Tipo":1,"Data":[{"Nome":"x"},{"Nome":"y","IdCliente":"abc"}]}""";
        var valueStart = Json.IndexOf("\"abc\"", StringComparison.Ordinal);

        var ex = ParserHarness.Reject(Json);

        ex.Path.Should().Be("$.Data[1].IdCliente");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().BeInRange(valueStart, valueStart + "\"abc\"".Length);
    }

    [Theory]
    [InlineData("{\"Tipo\":1,\"X\":", "}")]
    [InlineData("{\"Tipo\":1,\"Data\":{\"X\":", "}}")]
    [InlineData("{\"Tipo\":2,\"Data\":[{\"IdCliente\":1,\"X\":", "}]}")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"Segmentos\":[{\"X\":", "}]}]}")]
    [InlineData("{\"Data\":{\"X\":", "},\"Tipo\":3}")]
    [InlineData("{\"Tipo\":99,\"Data\":[{\"X\":", "}]}")]
    [InlineData("{\"Tipo\":99,\"Data\":", "}")]
    public void Parse_AbsurdNesting_IsRejectedAsDepthExceeded(string before, string after)
    {
        var json = before + new string('[', 10_000) + new string(']', 10_000) + after;

        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(WebhookParseErrorKind.DepthExceeded);
        ex.Path.Should().Be("$");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().BeInRange(before.Length, before.Length + WebhookParserOptions.DefaultMaxDepth);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    public void Parse_NestingOfExactlyMaxDepthLevels_IsAcceptedAndOneMoreIsNot(int tipo)
    {
        // Root object, Data object and 62 arrays make 64 levels, the default maximum.
        const int Arrays = 62;
        var json = ParserHarness.Envelope(tipo, "{\"X\":" + new string('[', Arrays) + new string(']', Arrays) + "}");
        var act = () => WebhookParser.Parse(json.Replace("[]", "[[]]", StringComparison.Ordinal));

        WebhookParser.Parse(json).ItemCount.Should().Be(1);
        act.Should().Throw<WebhookParseException>().Which.Kind.Should().Be(WebhookParseErrorKind.DepthExceeded);
    }

    public static TheoryData<byte[]> InvalidUtf8Sequences => new()
    {
        new byte[] { 0xC3, 0x28 },
        new byte[] { 0xFF },
        new byte[] { 0x80 },
        new byte[] { 0xC0, 0xAF },
        new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xE2, 0x82 },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8Sequences))]
    public void ParseBytes_InvalidUtf8InAValue_IsRejectedAsInvalidUtf8AtItsPosition(byte[] invalid)
    {
        var (body, offset) = WithInvalidUtf8(invalid);

        var ex = ParserHarness.Reject(body);

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
        ex.Path.Should().Be("$");
        ex.LineNumber.Should().Be(1);
        ex.BytePositionInLine.Should().Be(offset);
    }

    [Theory]
    [MemberData(nameof(InvalidUtf8Sequences))]
    public async Task ParseAsync_InvalidUtf8InAValue_IsRejectedAsInvalidUtf8AtItsPosition(byte[] invalid)
    {
        var (body, offset) = WithInvalidUtf8(invalid);
        using var stream = ParserHarness.Trickle(body);

        var act = async () => await WebhookParser.ParseAsync(stream);

        var ex = (await act.Should().ThrowAsync<WebhookParseException>()).Which;
        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
        ex.Path.Should().Be("$");
        ex.LineNumber.Should().Be(1);
        ex.BytePositionInLine.Should().Be(offset);
    }

    [Theory]
    [InlineData("{\"Tipo\":99,\"Data\":{\"X\":\"", "\"}}")]
    [InlineData("{\"Tipo\":1,\"", "\":1,\"Data\":{}}")]
    [InlineData("", "{\"Tipo\":1,\"Data\":{}}")]
    [InlineData("{\"Tipo\":1,\"Data\":{}}", "")]
    public void ParseBytes_InvalidUtf8AnywhereInTheBody_IsRejectedAsInvalidUtf8(string before, string after)
    {
        byte[] body = [.. ParserHarness.Utf8(before), 0xFE, .. ParserHarness.Utf8(after)];

        var ex = ParserHarness.Reject(body);

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidUtf8);
        ex.BytePositionInLine.Should().Be(before.Length);
    }

    [Theory]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"IdCliente\":\"123.456.789-00\"}]}", "123.456.789-00")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"IdCliente\":\"Maria Conceição\"}]}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"Latitude\":\"Maria Conceição\"}]}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"Ativo\":\"123.456.789-00\"}]}", "123.456.789-00")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"Cep\":\"Maria Conceição\"}]}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"DataCadastro\":\"Maria Conceição\"}]}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"Nome\":{\"Cpf\":\"123.456.789-00\"}}]}", "123.456.789-00")]
    [InlineData("{\"Tipo\":1,\"Data\":[{\"Segmentos\":\"Maria Conceição\"}]}", "Maria")]
    [InlineData("{\"Tipo\":4,\"Data\":[{\"Situacao\":\"Maria Conceição\"}]}", "Maria")]
    [InlineData("{\"Tipo\":\"Maria Conceição\",\"Data\":{}}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":{\"Cpf\":123.456.789-00}}", "456")]
    [InlineData("{\"Tipo\":1,\"Data\":{\"Nome\":\"Maria\" \"Cpf\":\"1\"}}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":{\"Nome\":Maria}}", "Maria")]
    [InlineData("{\"Tipo\":1,\"Data\":{}} Maria Conceição", "Maria")]
    [InlineData("Maria Conceição", "Maria")]
    [InlineData("\"Maria Conceição\"", "Maria")]
    public void Parse_RejectedBody_NeverRepeatsTheOffendingValue(string json, string value)
    {
        var ex = ParserHarness.Reject(json);

        ex.Message.Should().NotContain(value);
        ex.ToString().Should().NotContain(value);
        ex.InnerException.Should().BeNull("an inner reader exception would quote the body");
    }

    private static (byte[] Body, int Offset) WithInvalidUtf8(byte[] invalid)
    {
        var before = ParserHarness.Utf8("{\"Tipo\":1,\n\"Data\":{\"Nome\":\"Padaria São ");
        var after = ParserHarness.Utf8("\"}}");
        var offset = before.Length - (Array.LastIndexOf(before, (byte)'\n') + 1);
        return ([.. before, .. invalid, .. after], offset);
    }
}
