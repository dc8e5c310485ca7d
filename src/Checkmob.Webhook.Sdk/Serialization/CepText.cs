namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Turns a CEP typed as text ("01310-100", "01.310-100", "1310100") into its 8 digits, zero-padded.</summary>
internal static class CepText
{
    public const int Digits = 8;

    public static bool TryNormalize(ReadOnlySpan<byte> text, out string? cep)
    {
        cep = null;
        Span<char> digits = stackalloc char[Digits];
        var count = 0;
        foreach (var b in text)
        {
            if (b is (byte)'-' or (byte)'.' or (byte)' ')
            {
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9' || count == Digits)
            {
                return false;
            }

            digits[count++] = (char)b;
        }

        if (count == 0)
        {
            return false;
        }

        Span<char> padded = stackalloc char[Digits];
        var padding = Digits - count;
        padded[..padding].Fill('0');
        digits[..count].CopyTo(padded[padding..]);
        cep = new string(padded);
        return true;
    }
}
