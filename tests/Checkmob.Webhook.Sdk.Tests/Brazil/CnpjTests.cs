namespace Checkmob.Webhook.Sdk.Tests.Brazil;

public class CnpjTests
{
    [Theory]
    [InlineData("11.222.333/0001-81")]
    [InlineData("11222333000181")]
    [InlineData("00.000.000/0001-91")]
    [InlineData("12.ABC.345/01DE-35")] // alphanumeric, the Receita Federal's example shape
    [InlineData("12ABC34501DE35")]
    [InlineData("12.abc.345/01de-35")] // lower case is accepted
    [InlineData("A1.B2C.3D4/E5F6-68")]
    [InlineData("ABCDEFGHIJKL80")]
    [InlineData("ZZ.ZZZ.ZZZ/0001-91")]
    [InlineData(" 11 222 333 0001 81 ")]
    public void IsValid_ValidCnpj_ReturnsTrue(string value)
    {
        Cnpj.IsValid(value).Should().BeTrue();
    }

    [Theory]
    [InlineData("12.345.678/0001-90")] // the vendor's documented example
    [InlineData("12345678000190")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("11.111.111/1111-11")]
    [InlineData("11.222.333/0001-82")] // second check digit wrong
    [InlineData("11.222.333/0001-71")] // first check digit wrong
    [InlineData("12.ABC.345/01DE-36")]
    [InlineData("12.ABC.345/01DE-53")] // check digits swapped
    [InlineData("12.ABD.345/01DE-35")] // a letter changed
    [InlineData("12.ABC.345/01DE-3A")] // check digits are always numeric
    [InlineData("1122233300018")] // 13 characters
    [InlineData("112223330001811")] // 15 characters
    [InlineData("12.AB@.345/01DE-35")]
    [InlineData("12.\u00C1BC.345/01DE-35")] // an accented letter is not a CNPJ letter
    [InlineData("529.982.247-25")] // a valid CPF
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_InvalidCnpj_ReturnsFalse(string? value)
    {
        Cnpj.IsValid(value).Should().BeFalse();
    }

    [Theory]
    [InlineData("11.222.333/0001-81", "11222333000181")]
    [InlineData("12.ABC.345/01DE-35", "12ABC34501DE35")]
    [InlineData("12.abc.345/01de-35", "12ABC34501DE35")]
    public void TryParse_ValidCnpj_ReturnsBareUpperCase(string value, string expected)
    {
        Cnpj.TryParse(value, out var cnpj).Should().BeTrue();

        cnpj.Should().Be(expected);
    }

    [Theory]
    [InlineData("12.345.678/0001-90")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("12.ABC.345/01DE-3A")]
    [InlineData(null)]
    public void TryParse_InvalidCnpj_ReturnsFalseAndNull(string? value)
    {
        Cnpj.TryParse(value, out var cnpj).Should().BeFalse();

        cnpj.Should().BeNull();
    }

    [Theory]
    [InlineData("11.222.333/0001-81", "11222333000181")]
    [InlineData("12.abc.345/01de-35", "12ABC34501DE35")]
    [InlineData("12.345.678/0001-90", "12345678000190")] // shape only: wrong check digits are kept
    public void Normalize_CnpjShape_RemovesMaskAndUpperCases(string value, string expected)
    {
        Cnpj.Normalize(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("1122233300018")]
    [InlineData("12.ABC.345/01DE-3A")]
    [InlineData("")]
    public void Normalize_NotCnpjShape_ThrowsArgumentException(string value)
    {
        var act = () => Cnpj.Normalize(value);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData("11222333000181", "11.222.333/0001-81")]
    [InlineData("12abc34501de35", "12.ABC.345/01DE-35")]
    [InlineData("12.ABC.345/01DE-35", "12.ABC.345/01DE-35")]
    [InlineData("12345678000190", "12.345.678/0001-90")] // shape only: wrong check digits are kept
    public void Format_CnpjShape_AppliesMask(string value, string expected)
    {
        Cnpj.Format(value).Should().Be(expected);
    }

    [Fact]
    public void Format_NotCnpjShape_ThrowsWithoutTheValueInTheMessage()
    {
        var act = () => Cnpj.Format("112223330001811");

        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("112223330001811");
    }

    [Fact]
    public void TryFormat_LargeEnoughDestination_WritesMask()
    {
        Span<char> destination = stackalloc char[18];

        var formatted = Cnpj.TryFormat("12abc34501de35", destination, out var written);

        formatted.Should().BeTrue();
        destination[..written].ToString().Should().Be("12.ABC.345/01DE-35");
    }

    [Fact]
    public void TryFormat_ShortDestination_ReturnsFalse()
    {
        Span<char> destination = stackalloc char[17];

        Cnpj.TryFormat("11222333000181", destination, out var written).Should().BeFalse();
        written.Should().Be(0);
    }

    [Theory]
    [InlineData("1122233300018")]
    [InlineData("12.AB@.345/01DE-35")]
    [InlineData(null)]
    public void TryFormat_NotCnpjShape_ReturnsFalse(string? value)
    {
        Span<char> destination = stackalloc char[18];

        Cnpj.TryFormat(value, destination, out var written).Should().BeFalse();
        written.Should().Be(0);
    }

    // The string overloads are for .NET Framework projects (C# 7.3 makes no span of a string): the same answers.
    [Theory]
    [InlineData("11.222.333/0001-81")]
    [InlineData("11222333000181")]
    [InlineData("1122233300018")]
    [InlineData("")]
    public void StringOverloads_AnyText_AnswerAsTheSpanOnes(string value)
    {
        Cnpj.IsValid(value).Should().Be(Cnpj.IsValid(value.AsSpan()));
        Cnpj.TryParse(value, out var fromString).Should().Be(Cnpj.TryParse(value.AsSpan(), out var fromSpan));
        fromString.Should().Be(fromSpan);
        if (Cnpj.TryFormat(value.AsSpan(), stackalloc char[32], out _))
        {
            Cnpj.Normalize(value).Should().Be(Cnpj.Normalize(value.AsSpan()));
            Cnpj.Format(value).Should().Be(Cnpj.Format(value.AsSpan()));
        }
    }

    [Fact]
    public void NormalizeAndFormat_NullString_ThrowArgumentNullException()
    {
        var normalize = () => Cnpj.Normalize((string)null!);
        var format = () => Cnpj.Format((string)null!);

        normalize.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
        format.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }
}
