namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Turns a CEP sent as text into its 8 digits: "01310100", the masks "01310-100" and "01.310-100", or the digits of a
/// number that lost its leading zero ("1310100", as a sender that turned the documented number into text writes it).
/// </summary>
internal static class CepText
{
    public const int Digits = 8;

    public static bool TryNormalize(ReadOnlySpan<byte> text, out string? cep)
    {
        cep = null;
        Span<char> digits = stackalloc char[Digits];
        int count;
        if (IsDigits(text))
        {
            // Fewer than 8 digits is a number's text, which never starts with a zero it would have dropped.
            if (text.Length > Digits || (text.Length < Digits && text[0] == '0'))
            {
                return false;
            }

            count = Copy(text, digits, 0);
        }
        else if (text.Length == 9 && text[5] == '-' && IsDigits(text[..5]) && IsDigits(text[6..]))
        {
            count = Copy(text[6..], digits, Copy(text[..5], digits, 0));
        }
        else if (text.Length == 10 && text[2] == '.' && text[6] == '-'
            && IsDigits(text[..2]) && IsDigits(text[3..6]) && IsDigits(text[7..]))
        {
            count = Copy(text[7..], digits, Copy(text[3..6], digits, Copy(text[..2], digits, 0)));
        }
        else
        {
            return false;
        }

        Span<char> padded = stackalloc char[Digits];
        var padding = Digits - count;
        padded[..padding].Fill('0');
        digits[..count].CopyTo(padded[padding..]);
        cep = padded.ToString();
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static int Copy(ReadOnlySpan<byte> from, Span<char> to, int at)
    {
        foreach (var b in from)
        {
            to[at++] = (char)b;
        }

        return at;
    }
}
