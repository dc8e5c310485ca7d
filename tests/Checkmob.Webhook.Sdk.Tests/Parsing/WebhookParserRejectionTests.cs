using System.Text.Json;
namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>Bad envelopes, each rejected with its <see cref="WebhookParseErrorKind"/> and path.</summary>
public class WebhookParserRejectionTests
{
    public static TheoryData<string> SamplePayloads => new(Payloads.All());

    public static TheoryData<string, WebhookParseErrorKind, string> BadEnvelopes => new()
    {
        { "not json", WebhookParseErrorKind.InvalidJson, "$" },
        { "{Tipo:1,Data:{}}", WebhookParseErrorKind.InvalidJson, "$" },
        { "{'Tipo':1,'Data':{}}", WebhookParseErrorKind.InvalidJson, "$" },
        { """{"Tipo":1,"Data":{}/* comment */}""", WebhookParseErrorKind.InvalidJson, "$" },
        { """{"Tipo":1,"Data":{},}""", WebhookParseErrorKind.InvalidJson, "$" },
        { "[]", WebhookParseErrorKind.RootNotObject, "$" },
        { """[{"Tipo":1,"Data":{}}]""", WebhookParseErrorKind.RootNotObject, "$" },
        { "\"Tipo\"", WebhookParseErrorKind.RootNotObject, "$" },
        { "42", WebhookParseErrorKind.RootNotObject, "$" },
        { "null", WebhookParseErrorKind.RootNotObject, "$" },
        { "true", WebhookParseErrorKind.RootNotObject, "$" },
        { """{"Tipo":1,"Data":{}} {}""", WebhookParseErrorKind.TrailingContent, "$" },
        { """{"Tipo":1,"Data":{}}}""", WebhookParseErrorKind.TrailingContent, "$" },
        { """{"Tipo":1,"Data":{}}x""", WebhookParseErrorKind.TrailingContent, "$" },
        { """{"Tipo":1,"Data":{}},""", WebhookParseErrorKind.TrailingContent, "$" },
        { "{}", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Data":{}}""", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Tipos":1,"Data":{}}""", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Tipo":null,"Data":{}}""", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Data":{},"Tipo":null}""", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Tipo":"","Data":{}}""", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Tipo":"  ","Data":{}}""", WebhookParseErrorKind.MissingTipo, "$.Tipo" },
        { """{"Tipo":1.5,"Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":"abc","Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":"1.5","Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":"1 2","Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":true,"Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":{},"Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":[1],"Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":2147483648,"Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":"99999999999999999999","Data":{}}""", WebhookParseErrorKind.InvalidTipo, "$.Tipo" },
        { """{"Tipo":1,"Tipo":1,"Data":{}}""", WebhookParseErrorKind.DuplicateTipo, "$.Tipo" },
        { """{"Tipo":1,"tipo":2,"Data":{}}""", WebhookParseErrorKind.DuplicateTipo, "$.Tipo" },
        { """{"Tipo":1,"Data":{},"TIPO":1}""", WebhookParseErrorKind.DuplicateTipo, "$.Tipo" },
        { """{"Data":{},"Tipo":3,"Tipo":3}""", WebhookParseErrorKind.DuplicateTipo, "$.Tipo" },
        { """{"Tipo":1}""", WebhookParseErrorKind.MissingData, "$.Data" },
        { """{"Tipo":1,"Dados":{}}""", WebhookParseErrorKind.MissingData, "$.Data" },
        { """{"Tipo":1,"Data":null}""", WebhookParseErrorKind.MissingData, "$.Data" },
        { """{"Data":null,"Tipo":1}""", WebhookParseErrorKind.MissingData, "$.Data" },
        { """{"Tipo":99,"Data":null}""", WebhookParseErrorKind.MissingData, "$.Data" },
        { """{"Tipo":1,"Data":{},"Data":{}}""", WebhookParseErrorKind.DuplicateData, "$.Data" },
        { """{"Data":[],"data":[],"Tipo":1}""", WebhookParseErrorKind.DuplicateData, "$.Data" },
        { """{"Tipo":1,"Data":"x"}""", WebhookParseErrorKind.InvalidData, "$.Data" },
        { """{"Tipo":1,"Data":""}""", WebhookParseErrorKind.InvalidData, "$.Data" },
        { """{"Tipo":2,"Data":5}""", WebhookParseErrorKind.InvalidData, "$.Data" },
        { """{"Tipo":3,"Data":true}""", WebhookParseErrorKind.InvalidData, "$.Data" },
        { """{"Data":"x","Tipo":4}""", WebhookParseErrorKind.InvalidData, "$.Data" },
        { """{"Tipo":99,"Data":"x"}""", WebhookParseErrorKind.InvalidData, "$.Data" },
        { """{"Tipo":1,"Data":[{},"x"]}""", WebhookParseErrorKind.InvalidData, "$.Data[1]" },
        { """{"Tipo":2,"Data":[{},5]}""", WebhookParseErrorKind.InvalidData, "$.Data[1]" },
        { """{"Tipo":3,"Data":[{},null]}""", WebhookParseErrorKind.InvalidData, "$.Data[1]" },
        { """{"Tipo":4,"Data":[{},[{}]]}""", WebhookParseErrorKind.InvalidData, "$.Data[1]" },
        { """{"Data":[1],"Tipo":1}""", WebhookParseErrorKind.InvalidData, "$.Data[0]" },
    };

    [Theory]
    [MemberData(nameof(BadEnvelopes))]
    public void Parse_BadEnvelope_IsRejectedWithItsKindPathAndPosition(
        string json, WebhookParseErrorKind kind, string path)
    {
        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(kind);
        ex.Path.Should().Be(path);
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().BeInRange(0, json.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n ")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF \n")]
    public void Parse_EmptyOrBlankBody_IsRejectedAsEmpty(string json)
    {
        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(WebhookParseErrorKind.EmptyBody);
        ex.Path.Should().Be("$");
    }

    [Fact]
    public void Parse_EmptyByteSpan_IsRejectedAsEmpty()
    {
        var ex = ParserHarness.Reject([]);

        ex.Kind.Should().Be(WebhookParseErrorKind.EmptyBody);
        ex.Path.Should().Be("$");
    }

    [Fact]
    public void Parse_EnvelopeErrorOnALaterLine_ReportsThatLineAndColumn()
    {
        const string Json = "{\n  \"Tipo\": 1,\n  \"Data\": {},\n  \"tipo\": 2\n}";

        var ex = ParserHarness.Reject(Json);

        ex.Kind.Should().Be(WebhookParseErrorKind.DuplicateTipo);
        ex.LineNumber.Should().Be(3);
        ex.BytePositionInLine.Should().Be(2);
    }

    [Fact]
    public void Parse_RootNotAnObjectAfterWhiteSpace_ReportsWhereTheRootStarts()
    {
        var ex = ParserHarness.Reject("\n\n   [1]");

        ex.Kind.Should().Be(WebhookParseErrorKind.RootNotObject);
        ex.LineNumber.Should().Be(2);
        ex.BytePositionInLine.Should().Be(3);
    }

    [Theory]
    [MemberData(nameof(SamplePayloads))]
    public void Parse_EveryTruncationOfAPayload_IsRejectedAsInvalidJson(string fileName)
    {
        var json = Payloads.Read(fileName);
        var unexpected = new List<string>();

        // Every cut before the closing brace; a loop of plain checks, as thousands of assertions would be slow.
        for (var length = 1; length <= json.LastIndexOf('}'); length++)
        {
            try
            {
                WebhookParser.Parse(json[..length]);
                unexpected.Add($"{length}: accepted");
            }
            catch (WebhookParseException ex)
                when (ex is { Kind: WebhookParseErrorKind.InvalidJson, LineNumber: not null })
            {
                // Rejected as expected.
            }
            catch (WebhookParseException ex)
            {
                unexpected.Add($"{length}: {ex.Kind} at line {ex.LineNumber}");
            }
        }

        unexpected.Should().BeEmpty("every truncation of {0} is malformed JSON", fileName);
    }

    [Theory]
    [InlineData("{\"Tipo\":\"\\uD800\",\"Data\":{}}")]
    [InlineData("{\"Tipo\":\"1\\uDC00\",\"Data\":{}}")]
    public void Parse_TipoWithALoneSurrogateEscape_IsRejectedAsInvalidTipo(string json)
    {
        // Regression: unescaping "\uD800" threw InvalidOperationException out of the parser.
        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidTipo);
        ex.Path.Should().Be("$.Tipo");
    }

    // A JsonElement keeps a lone surrogate escape and throws only when the application reads it; the parser rejects it
    // where it would keep one, as it does in a known text field.
    [Theory]
    [InlineData("""{"Tipo":1,"Data":{"IdCliente":2,"Novo":"\uD800"}}""", "$.Data")]
    [InlineData("""{"Tipo":1,"Data":[{"IdCliente":2},{"Novo":{"a":["ok","x\uDC00"]}}]}""", "$.Data[1]")]
    [InlineData("""{"Tipo":1,"Data":{"Novo":{"\uD800":1}}}""", "$.Data")]
    [InlineData("""{"Tipo":1,"Data":{"Segmentos":[{"Novo":"\uD800"}]}}""", "$.Data.Segmentos[0]")]
    [InlineData("""{"Tipo":99,"Data":{"a":"\uD800"}}""", "$.Data")]
    [InlineData("""{"Tipo":99,"Data":[{"a":1},{"b":["\uDFFF"]}]}""", "$.Data[1]")]
    public void Parse_LoneSurrogateEscapeWhereAJsonElementWouldKeepIt_IsRejectedAsInvalidValue(string json, string path)
    {
        var ex = ParserHarness.Reject(json);

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be(path);
        ex.Message.Should().NotContain("Novo");
    }

    [Theory]
    [InlineData("""{"Tipo":1,"Data":{"IdCliente":2,"Novo":{"S\u00e3o":["Jo\u00e3o","\uD83D\uDE00"]}}}""")]
    [InlineData("""{"Tipo":99,"Data":{"S\u00e3o":"\uD83D\uDE00"}}""")]
    public void Parse_EscapesThatDecodeWhereAJsonElementKeepsThem_AreKeptAndReadable(string json)
    {
        var evt = WebhookParser.Parse(json);

        // Every kept value can be written back, which decodes every string in it.
        var text = JsonSerializer.Serialize(evt, evt.GetType());
        text.Should().Contain("\\u00E3").And.Contain("\\uD83D\\uDE00");
    }

    [Fact]
    public async Task ParseAsync_LoneSurrogateEscapeInAnUnknownFieldOfABatch_IsRejectedLikeParse()
    {
        var json = """{"Tipo":1,"Data":[{"IdCliente":1},{"IdCliente":2,"Novo":["\uD800"]}]}""";

        var act = async () => await WebhookParser.ParseAsync(ParserHarness.Trickle(ParserHarness.Utf8(json), 5));

        var ex = (await act.Should().ThrowAsync<WebhookParseException>()).Which;
        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be("$.Data[1]");
    }

    [Fact]
    public void Parse_UnknownEnvelopeNameWithALoneSurrogateEscape_IsIgnoredLikeAnyUnknownField()
    {
        // Regression: unescaping "\uD800" threw InvalidOperationException out of the parser.
        var evt = WebhookParser.Parse("""{"T\uD800":1,"Tipo":1,"Data":{"IdCliente":2}}""");

        evt.Should().BeOfType<ClienteCriado>().Which.Data[0].IdCliente.Should().Be(2);
    }
}
