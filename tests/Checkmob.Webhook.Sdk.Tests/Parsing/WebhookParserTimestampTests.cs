using System.Globalization;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>
/// How timestamps are read: UTC when sent without an offset (or in <see cref="WebhookParserOptions.TimeZone"/>),
/// an explicit offset kept, and the "no date" extremes never failing.
/// </summary>
public class WebhookParserTimestampTests
{
    private static readonly IWebhookParser Brasilia =
        new WebhookParser(new WebhookParserOptions { TimeZone = WebhookParserOptions.BrasiliaTimeZone });

    [Theory]
    [InlineData("2025-06-04T16:00:00", "2025-06-04T16:00:00.0000000+00:00")]
    [InlineData("2025-06-04T16:00:00Z", "2025-06-04T16:00:00.0000000+00:00")]
    [InlineData("2025-06-04t16:00:00z", "2025-06-04T16:00:00.0000000+00:00")]
    [InlineData("2025-06-04T16:00:00-03:00", "2025-06-04T16:00:00.0000000-03:00")]
    [InlineData("2025-06-04T16:00:00+05:30", "2025-06-04T16:00:00.0000000+05:30")]
    [InlineData("2025-06-04T16:00:00-0300", "2025-06-04T16:00:00.0000000-03:00")]
    [InlineData("2025-06-04T16:00:00+01", "2025-06-04T16:00:00.0000000+01:00")]
    [InlineData("2025-06-04T16:00:00.5", "2025-06-04T16:00:00.5000000+00:00")]
    [InlineData("2025-06-04T16:00:00.1234567", "2025-06-04T16:00:00.1234567+00:00")]
    [InlineData("2025-06-04T16:00:00.123456789Z", "2025-06-04T16:00:00.1234567+00:00")]
    [InlineData("2025-06-04T16:00:00.250-03:00", "2025-06-04T16:00:00.2500000-03:00")]
    [InlineData("2025-06-04T16:00", "2025-06-04T16:00:00.0000000+00:00")]
    [InlineData("2025-06-04 16:00:00", "2025-06-04T16:00:00.0000000+00:00")]
    [InlineData("2025-06-04", "2025-06-04T00:00:00.0000000+00:00")]
    [InlineData(" 2025-06-04T16:00:00 ", "2025-06-04T16:00:00.0000000+00:00")]
    [InlineData("2024-02-29T23:59:59", "2024-02-29T23:59:59.0000000+00:00")]
    public void Parse_Timestamp_ReadsTheInstantAndKeepsAnExplicitOffset(string value, string expected)
    {
        var cliente = ParserHarness.ParseCliente("{\"DataCadastro\":\"" + value + "\"}");

        cliente.DataCadastro.Should().BeExactly(Expected(expected));
    }

    [Fact]
    public void Parse_BrasiliaTimeZoneInDaylightSavingTime_ReadsUtcMinusTwo()
    {
        // Brasília kept daylight saving time until 2019; on 10 January 2015 it was UTC-02:00.
        var cliente = ParserHarness.ParseCliente("""{"DataCadastro":"2015-01-10T10:00:00"}""", Brasilia);

        cliente.DataCadastro.Should().BeExactly(new DateTimeOffset(2015, 1, 10, 10, 0, 0, TimeSpan.FromHours(-2)));
        cliente.DataCadastro!.Value.UtcDateTime.Should().Be(new DateTime(2015, 1, 10, 12, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Parse_BrasiliaTimeZoneOutsideDaylightSavingTime_ReadsUtcMinusThree()
    {
        var registro = ParserHarness.ParseRegistro("""{"DataCheckIn":"2025-06-04T16:00:00"}""", Brasilia);

        registro.DataCheckIn.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.FromHours(-3)));
        registro.DataCheckIn!.Value.UtcDateTime.Should().Be(new DateTime(2025, 6, 4, 19, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("2018-11-04T00:30:00")]
    [InlineData("2019-02-16T23:30:00")]
    public void Parse_BrasiliaClockTimeSkippedOrRepeatedByDaylightSavingTime_ReadsAtOneOfTheZoneOffsets(string value)
    {
        // 2018-11-04 00:30 never happened (clocks jumped to 01:00); 2019-02-16 23:30 happened twice.
        var cliente = ParserHarness.ParseCliente("{\"DataCadastro\":\"" + value + "\"}", Brasilia);

        cliente.DataCadastro!.Value.DateTime.Should().Be(DateTime.Parse(value, CultureInfo.InvariantCulture));
        cliente.DataCadastro.Value.Offset.TotalHours.Should().BeOneOf(-2, -3);
    }

    [Fact]
    public void Parse_BrasiliaTimeZoneAndAnExplicitOffset_KeepsTheOffset()
    {
        var checklist = ParserHarness.ParseChecklist(
            """{"DataCadastro":"2025-06-04T16:00:00Z","DataAtualizacao":"2025-06-04T16:00:00+01:00"}""", Brasilia);

        checklist.DataCadastro.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.Zero));
        checklist.DataAtualizacao.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Parse_CustomTimeZone_ReadsTimestampsWithoutOffsetInThatZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Plus0530", new TimeSpan(5, 30, 0), "Test +05:30", "Test");
        var parser = new WebhookParser(new WebhookParserOptions { TimeZone = zone });

        var cliente = ParserHarness.ParseCliente("""{"DataCadastro":"2025-06-04T16:00:00"}""", parser);

        cliente.DataCadastro.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, new TimeSpan(5, 30, 0)));
        cliente.DataCadastro!.Value.UtcDateTime.Should().Be(new DateTime(2025, 6, 4, 10, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Parse_UtcTimeZone_ReadsLikeTheDefault()
    {
        var parser = new WebhookParser(new WebhookParserOptions { TimeZone = TimeZoneInfo.Utc });

        var cliente = ParserHarness.ParseCliente("""{"DataCadastro":"2025-06-04T16:00:00"}""", parser);

        cliente.DataCadastro.Should().BeExactly(new DateTimeOffset(2025, 6, 4, 16, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00", "min")]
    [InlineData("0001-01-01T00:00:00Z", "min")]
    [InlineData("0001-01-01T00:00:00+03:00", "min")]
    [InlineData("0001-01-01T00:00:00.0000001+00:01", "min")]
    [InlineData("0001-01-01T00:00:00-03:00", "0001-01-01T00:00:00-03:00")]
    [InlineData("9999-12-31T23:59:59", "9999-12-31T23:59:59+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999", "max")]
    [InlineData("9999-12-31T23:59:59-03:00", "max")]
    [InlineData("9999-12-31T23:59:59.9999999-00:01", "max")]
    [InlineData("9999-12-31T23:59:59+14:00", "9999-12-31T23:59:59+14:00")]
    [InlineData("9999-12-31", "9999-12-31T00:00:00+00:00")]
    public void Parse_NoDateExtremes_NeverFailAndClampOutOfRangeInstants(string value, string expected)
    {
        var cliente = ParserHarness.ParseCliente("{\"DataProximoAcompanhamento\":\"" + value + "\"}");

        cliente.DataProximoAcompanhamento.Should().BeExactly(Expected(expected));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+03:00", "min")]
    [InlineData("0001-01-01T00:00:00Z", "min")]
    [InlineData("9999-12-31T23:59:59", "max")]
    [InlineData("9999-12-31T23:59:59-03:00", "max")]
    [InlineData("9999-12-31T23:59:59+14:00", "9999-12-31T23:59:59+14:00")]
    public void Parse_NoDateExtremesInTheBrasiliaTimeZone_NeverFailAndClampOutOfRangeInstants(
        string value, string expected)
    {
        var cliente = ParserHarness.ParseCliente("{\"DataProximoAcompanhamento\":\"" + value + "\"}", Brasilia);

        cliente.DataProximoAcompanhamento.Should().BeExactly(Expected(expected));
    }

    [Fact]
    public void Parse_FirstDayOfYearOneInTheBrasiliaTimeZone_KeepsTheClockTimeAtTheZoneOffset()
    {
        var cliente = ParserHarness.ParseCliente("""{"DataCadastro":"0001-01-01T00:00:00"}""", Brasilia);

        // West of UTC, the first instant of year one is still in range: the clock time is kept at the zone's offset.
        cliente.DataCadastro!.Value.DateTime.Should().Be(DateTime.MinValue);
        cliente.DataCadastro.Value.Offset
            .Should().Be(WebhookParserOptions.BrasiliaTimeZone.GetUtcOffset(DateTime.MinValue));
    }

    [Theory]
    [InlineData(14, "0001-01-01T00:00:00", "min")]
    [InlineData(-12, "9999-12-31T23:59:59", "max")]
    [InlineData(-12, "0001-01-01T00:00:00", "0001-01-01T00:00:00-12:00")]
    public void Parse_NoDateExtremesInACustomTimeZone_NeverFailAndClampOutOfRangeInstants(
        int hours, string value, string expected)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Fixed", TimeSpan.FromHours(hours), "Test", "Test");
        var parser = new WebhookParser(new WebhookParserOptions { TimeZone = zone });

        var cliente = ParserHarness.ParseCliente("{\"DataCadastro\":\"" + value + "\"}", parser);

        cliente.DataCadastro.Should().BeExactly(Expected(expected));
    }

    [Theory]
    [InlineData("\"2025-13-01T00:00:00\"")]
    [InlineData("\"2025-02-29T00:00:00\"")]
    [InlineData("\"0000-01-01T00:00:00\"")]
    [InlineData("\"2025-06-04T24:00:00\"")]
    [InlineData("\"2025-06-04T16:60:00\"")]
    [InlineData("\"2025-06-04T16:00:60\"")]
    [InlineData("\"2025-06-04T16:00:00+15:00\"")]
    [InlineData("\"2025-06-04T16:00:00+14:30\"")]
    [InlineData("\"2025-06-04T16:00:00.\"")]
    [InlineData("\"2025-06-04T16\"")]
    [InlineData("\"2025-06-04T16:00:00 UTC\"")]
    [InlineData("\"04/06/2025\"")]
    [InlineData("\"04/06/2025 16:00:00\"")]
    [InlineData("\"ontem\"")]
    [InlineData("20250604")]
    [InlineData("true")]
    [InlineData("{}")]
    public void Parse_InvalidTimestamp_IsRejectedAtItsPath(string value)
    {
        var ex = ParserHarness.Reject(ParserHarness.Envelope(3, "[{\"Id\":1},{\"DataEnvio\":" + value + "}]"));

        ex.Kind.Should().Be(WebhookParseErrorKind.InvalidValue);
        ex.Path.Should().Be("$.Data[1].DataEnvio");
    }

    private static DateTimeOffset Expected(string expected) => expected switch
    {
        "min" => DateTimeOffset.MinValue,
        "max" => DateTimeOffset.MaxValue,
        _ => DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture),
    };
}
