namespace Checkmob.Webhook.Sdk.Tests.Models;

public class CampoPersonalizadoTests
{
    [Theory]
    [InlineData("10/06/2025", 2025, 6, 10, 0, 0, 0)] // older revision
    [InlineData("10/06/2025 00:00:00", 2025, 6, 10, 0, 0, 0)] // newer revision
    [InlineData("10/06/2025 14:30:15", 2025, 6, 10, 14, 30, 15)]
    [InlineData("10/06/2025 14:30", 2025, 6, 10, 14, 30, 0)]
    [InlineData("1/6/2025", 2025, 6, 1, 0, 0, 0)]
    [InlineData(" 29/02/2024 ", 2024, 2, 29, 0, 0, 0)]
    [InlineData("2025-06-10", 2025, 6, 10, 0, 0, 0)]
    [InlineData("2025-06-10T14:30", 2025, 6, 10, 14, 30, 0)]
    [InlineData("2025-06-10T14:30:15", 2025, 6, 10, 14, 30, 15)]
    [InlineData("2025-06-10T14:30:15.5", 2025, 6, 10, 14, 30, 15)]
    public void TryGetDateTime_SupportedFormat_ReturnsUnspecifiedLocalValue(
        string text, int year, int month, int day, int hour, int minute, int second)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetDateTime(out var value).Should().BeTrue();

        new DateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second)
            .Should().Be(new DateTime(year, month, day, hour, minute, second));
        value.Kind.Should().Be(DateTimeKind.Unspecified);
    }

#if !CORE_NETSTANDARD2_0
    // TryGetDate(out DateOnly) is in the net10.0 build only: netstandard2.0 has no DateOnly. The next test is what the
    // README tells .NET Framework users to do instead, and runs on both builds.
    [Theory]
    [InlineData("10/06/2025", 2025, 6, 10)]
    [InlineData("10/06/2025 00:00:00", 2025, 6, 10)]
    [InlineData("10/06/2025 23:59:59", 2025, 6, 10)]
    [InlineData("2025-06-10", 2025, 6, 10)]
    public void TryGetDate_SupportedFormat_ReturnsCalendarDate(string text, int year, int month, int day)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetDate(out var value).Should().BeTrue();

        value.Should().Be(new DateOnly(year, month, day));
    }
#endif

    [Theory]
    [InlineData("10/06/2025", 2025, 6, 10)]
    [InlineData("10/06/2025 00:00:00", 2025, 6, 10)]
    [InlineData("10/06/2025 23:59:59", 2025, 6, 10)]
    [InlineData("2025-06-10", 2025, 6, 10)]
    public void TryGetDateTime_SupportedFormat_DateIsCalendarDate(string text, int year, int month, int day)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetDateTime(out var value).Should().BeTrue();

        value.Date.Should().Be(new DateTime(year, month, day));
    }

    [Theory]
    [InlineData("31/02/2025")] // no such day
    [InlineData("06/31/2025")] // month first
    [InlineData("10/06/25")] // two-digit year
    [InlineData("10-06-2025")]
    [InlineData("2025-06-10T14:30:00Z")] // an offset: not a date typed by a person
    [InlineData("2025-06-10T14:30:00-03:00")]
    [InlineData("10 de junho de 2025")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetDate_UnsupportedOrInvalid_ReturnsFalse(string? text)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

#if !CORE_NETSTANDARD2_0
        campo.TryGetDate(out _).Should().BeFalse(); // net10.0 only, as above
#endif
        campo.TryGetDateTime(out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("1.234.567,8", "1234567.8")]
    [InlineData("0,5", "0.5")]
    [InlineData("-1.234,56", "-1234.56")]
    [InlineData("1234.56", "1234.56")]
    [InlineData("0.125", "0.125")]
    [InlineData("1234.567", "1234.567")]
    [InlineData("-1234.56", "-1234.56")]
    [InlineData("1.234.567", "1234567")] // several dots can only be Brazilian thousands
    [InlineData("1234", "1234")]
    [InlineData(" 42 ", "42")]
    public void TryGetDecimal_BrazilianOrInvariant_ReturnsNumber(string text, string expected)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetDecimal(out var value).Should().BeTrue();

        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1.500")] // 1500 to a Brazilian, 1.5 to a machine: refused, not guessed
    [InlineData("12.345")]
    [InlineData("1,234.56")] // US grouping
    [InlineData("12.34,5")] // broken thousands
    [InlineData("1.2345,6")]
    [InlineData("1,2,3")]
    [InlineData("12,")]
    [InlineData(",5")]
    [InlineData("1.")]
    [InlineData("R$ 10,00")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetDecimal_AmbiguousOrInvalid_ReturnsFalse(string? text)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetDecimal(out var value).Should().BeFalse();

        value.Should().Be(0m);
    }

    [Theory]
    [InlineData("1234", 1234L)]
    [InlineData("1.234", 1234L)]
    [InlineData("1.500", 1500L)]
    [InlineData("1.234.567", 1234567L)]
    [InlineData("-42", -42L)]
    [InlineData("+42", 42L)]
    [InlineData(" 007 ", 7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void TryGetInt64_PlainOrBrazilianThousands_ReturnsNumber(string text, long expected)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetInt64(out var value).Should().BeTrue();

        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.5")]
    [InlineData("12.34")]
    [InlineData("9223372036854775808")] // out of range
    [InlineData("dez")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetInt64_FractionOrInvalid_ReturnsFalse(string? text)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetInt64(out var value).Should().BeFalse();

        value.Should().Be(0L);
    }

    [Theory]
    [InlineData("Sim", true)]
    [InlineData("sim", true)]
    [InlineData("SIM", true)]
    [InlineData("S", true)]
    [InlineData("s", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("Não", false)]
    [InlineData("NÃO", false)]
    [InlineData("Nao", false)]
    [InlineData("N", false)]
    [InlineData("n", false)]
    [InlineData("false", false)]
    [InlineData(" FALSE ", false)]
    public void TryGetBoolean_SupportedWord_ReturnsAnswer(string text, bool expected)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetBoolean(out var value).Should().BeTrue();

        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("Talvez")]
    [InlineData("Simm")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetBoolean_OtherText_ReturnsFalse(string? text)
    {
        var campo = new CampoPersonalizado { ValorCampo = text };

        campo.TryGetBoolean(out var value).Should().BeFalse();

        value.Should().BeFalse();
    }

    [Fact]
    public void ToString_Value_IsMaskedAndNameKept()
    {
        var campo = new CampoPersonalizado { IdCampo = 9, Nome = "CPF do sócio", ValorCampo = "529.982.247-25" };

        var printed = campo.ToString();

        printed.Should().Be(
            "CampoPersonalizado { IdCampo = 9, Nome = CPF do sócio, ValorCampo = ***, ExtensionData =  }");
    }

    [Fact]
    public void ToString_EveryProperty_IsPrintedOrMasked()
    {
        PersonalDataAssertions.ShouldPrintEveryProperty(new CampoPersonalizado());
    }
}
