namespace Checkmob.Webhook.Sdk.Tests.Brazil;

public class CpfTests
{
    [Theory]
    [InlineData("529.982.247-25")]
    [InlineData("52998224725")]
    [InlineData("012.345.678-90")]
    [InlineData("01234567890")]
    [InlineData("000.000.001-91")]
    [InlineData("987.654.321-00")]
    [InlineData("529982247-25")]
    [InlineData(" 529 982 247 25 ")]
    public void IsValid_ValidCpf_ReturnsTrue(string value)
    {
        Cpf.IsValid(value).Should().BeTrue();
    }

    [Theory]
    [InlineData("123.456.789-00")] // the vendor's documented example
    [InlineData("12345678900")]
    [InlineData("111.111.111-11")]
    [InlineData("11111111111")]
    [InlineData("000.000.000-00")]
    [InlineData("999.999.999-99")]
    [InlineData("529.982.247-26")] // second check digit wrong
    [InlineData("529.982.247-35")] // first check digit wrong
    [InlineData("529.982.247-52")] // check digits swapped
    [InlineData("5299822472")] // 10 digits
    [InlineData("529982247250")] // 12 digits
    [InlineData("529.982.247-2X")]
    [InlineData("529,982,247-25")] // a comma is not part of the mask
    [InlineData("\u0665\u0662\u0669\u0669\u0668\u0662\u0662\u0664\u0667\u0662\u0665")] // Arabic-Indic digits
    [InlineData("11.222.333/0001-81")] // a valid CNPJ
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void IsValid_InvalidCpf_ReturnsFalse(string? value)
    {
        Cpf.IsValid(value).Should().BeFalse();
    }

    [Theory]
    [InlineData("529.982.247-25", "52998224725")]
    [InlineData("52998224725", "52998224725")]
    [InlineData("012.345.678-90", "01234567890")]
    public void TryParse_ValidCpf_ReturnsBareDigits(string value, string expected)
    {
        Cpf.TryParse(value, out var cpf).Should().BeTrue();

        cpf.Should().Be(expected);
    }

    [Theory]
    [InlineData("123.456.789-00")]
    [InlineData("111.111.111-11")]
    [InlineData("5299822472")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidCpf_ReturnsFalseAndNull(string? value)
    {
        Cpf.TryParse(value, out var cpf).Should().BeFalse();

        cpf.Should().BeNull();
    }

    [Theory]
    [InlineData("529.982.247-25", "52998224725")]
    [InlineData("52998224725", "52998224725")]
    [InlineData("123.456.789-00", "12345678900")] // shape only: wrong check digits are kept
    public void Normalize_ElevenDigits_RemovesMask(string value, string expected)
    {
        Cpf.Normalize(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("5299822472")]
    [InlineData("529.982.247-2X")]
    [InlineData("")]
    public void Normalize_NotElevenDigits_ThrowsArgumentException(string value)
    {
        var act = () => Cpf.Normalize(value);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData("52998224725", "529.982.247-25")]
    [InlineData("529.982.247-25", "529.982.247-25")]
    [InlineData("12345678900", "123.456.789-00")] // shape only: wrong check digits are kept
    public void Format_ElevenDigits_AppliesMask(string value, string expected)
    {
        Cpf.Format(value).Should().Be(expected);
    }

    [Fact]
    public void Format_NotElevenDigits_ThrowsWithoutTheValueInTheMessage()
    {
        var act = () => Cpf.Format("529982247250");

        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("529982247250");
    }

    [Fact]
    public void TryFormat_LargeEnoughDestination_WritesMask()
    {
        Span<char> destination = stackalloc char[20];

        var formatted = Cpf.TryFormat("52998224725", destination, out var written);

        formatted.Should().BeTrue();
        destination[..written].ToString().Should().Be("529.982.247-25");
    }

    [Fact]
    public void TryFormat_ShortDestination_ReturnsFalse()
    {
        Span<char> destination = stackalloc char[13];

        var formatted = Cpf.TryFormat("52998224725", destination, out var written);

        formatted.Should().BeFalse();
        written.Should().Be(0);
    }

    [Theory]
    [InlineData("5299822472")]
    [InlineData("abc")]
    [InlineData(null)]
    public void TryFormat_NotElevenDigits_ReturnsFalse(string? value)
    {
        Span<char> destination = stackalloc char[14];

        Cpf.TryFormat(value, destination, out var written).Should().BeFalse();
        written.Should().Be(0);
    }

    // The string overloads are for .NET Framework projects (C# 7.3 makes no span of a string): the same answers.
    [Theory]
    [InlineData("529.982.247-25")]
    [InlineData("52998224725")]
    [InlineData("5299822472")]
    [InlineData("")]
    public void StringOverloads_AnyText_AnswerAsTheSpanOnes(string value)
    {
        Cpf.IsValid(value).Should().Be(Cpf.IsValid(value.AsSpan()));
        Cpf.TryParse(value, out var fromString).Should().Be(Cpf.TryParse(value.AsSpan(), out var fromSpan));
        fromString.Should().Be(fromSpan);
        if (Cpf.TryFormat(value.AsSpan(), stackalloc char[32], out _))
        {
            Cpf.Normalize(value).Should().Be(Cpf.Normalize(value.AsSpan()));
            Cpf.Format(value).Should().Be(Cpf.Format(value.AsSpan()));
        }
    }

    [Fact]
    public void NormalizeAndFormat_NullString_ThrowArgumentNullException()
    {
        var normalize = () => Cpf.Normalize((string)null!);
        var format = () => Cpf.Format((string)null!);

        normalize.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
        format.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }
}
