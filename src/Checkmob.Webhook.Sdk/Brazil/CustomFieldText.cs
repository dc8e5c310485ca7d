using System.Globalization;

namespace Checkmob.Webhook.Sdk;

/// <summary>Reads values a person typed in Brazilian or invariant formats; nothing here throws.</summary>
internal static class CustomFieldText
{
    private const int MaxNumberLength = 64;

    private static readonly string[] DateTimeFormats =
    [
        "d/M/yyyy",
        "d/M/yyyy H:mm",
        "d/M/yyyy H:mm:ss",
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    /// <summary>Day-first Brazilian dates with an optional time, or ISO 8601 without an offset.</summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTime value)
        => DateTime.TryParseExact(
            text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>
    /// Brazilian (<c>1.234,56</c>, <c>1234,56</c>) or invariant (<c>1234.56</c>) decimals with an optional sign.
    /// A single dot followed by exactly three digits and no comma (<c>1.500</c>) is ambiguous and refused.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        text = text.Trim();
        if (text.Length > MaxNumberLength)
        {
            return false;
        }

        var sign = TakeSign(ref text);
        var separator = text.IndexOf(',');
        if (separator < 0 && text.Count('.') == 1)
        {
            // One dot and no comma: invariant, unless it reads as Brazilian thousands too ("1.500").
            if (IsThousandsGrouped(text))
            {
                return false;
            }

            separator = text.IndexOf('.');
        }

        if (separator < 0)
        {
            return TryBuild(sign, text, [], out value);
        }

        var fraction = text[(separator + 1)..];
        return !fraction.IsEmpty && TryBuild(sign, text[..separator], fraction, out value);
    }

    /// <summary>Integers with an optional sign, plain (<c>1234</c>) or with Brazilian thousands dots.</summary>
    public static bool TryParseInt64(ReadOnlySpan<char> text, out long value)
    {
        value = default;
        text = text.Trim();
        if (text.Length > MaxNumberLength)
        {
            return false;
        }

        var sign = TakeSign(ref text);
        Span<char> digits = stackalloc char[MaxNumberLength + 1];
        if (!TryCopyIntegerDigits(text, digits[1..], out var count))
        {
            return false;
        }

        digits[0] = sign;
        return long.TryParse(
            digits[..(count + 1)], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>Sim</c>/<c>Não</c>, <c>S</c>/<c>N</c>, <c>true</c>/<c>false</c>, in any case and accent.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        value = IsAny(text, "Sim", "S", "true");
        return value || IsAny(text, "Não", "N", "false");
    }

    private static bool IsAny(ReadOnlySpan<char> text, string first, string second, string third)
        => TextFolding.EqualsIgnoringCaseAndAccents(text, first)
            || TextFolding.EqualsIgnoringCaseAndAccents(text, second)
            || TextFolding.EqualsIgnoringCaseAndAccents(text, third);

    private static char TakeSign(ref ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty && text[0] is '-' or '+')
        {
            var sign = text[0];
            text = text[1..];
            return sign;
        }

        return '+';
    }

    private static bool TryBuild(char sign, ReadOnlySpan<char> integer, ReadOnlySpan<char> fraction, out decimal value)
    {
        value = default;
        Span<char> invariant = stackalloc char[MaxNumberLength + 2];
        invariant[0] = sign;
        if (!TryCopyIntegerDigits(integer, invariant[1..], out var count))
        {
            return false;
        }

        var length = count + 1;
        if (!fraction.IsEmpty)
        {
            if (fraction.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            invariant[length++] = '.';
            fraction.CopyTo(invariant[length..]);
            length += fraction.Length;
        }

        return decimal.TryParse(
            invariant[..length],
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
    }

    /// <summary>Copies the digits of <c>1234</c> or <c>1.234.567</c> (groups of three after the first).</summary>
    private static bool TryCopyIntegerDigits(ReadOnlySpan<char> integer, Span<char> destination, out int count)
    {
        count = 0;
        if (integer.IsEmpty || (integer.Contains('.') && !IsThousandsGrouped(integer)))
        {
            return false;
        }

        foreach (var c in integer)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            destination[count++] = c;
        }

        return true;
    }

    /// <summary>Whether the text is 1 to 3 digits (not starting with 0), then one or more <c>.ddd</c> groups.</summary>
    private static bool IsThousandsGrouped(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf('.');
        if (first is < 1 or > 3 || (text[0] == '0') || text[..first].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var rest = text[first..];
        if (rest.Length % 4 != 0)
        {
            return false;
        }

        for (var i = 0; i < rest.Length; i += 4)
        {
            if (rest[i] != '.' || rest.Slice(i + 1, 3).ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }

        return true;
    }
}
