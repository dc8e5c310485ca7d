namespace Checkmob.Webhook.Sdk;

/// <summary>What <see cref="Cpf"/> and <see cref="Cnpj"/> share: reading past a mask, check digits, masking.</summary>
internal static class TaxIdText
{
    /// <summary>Copies the identifier's characters without its mask, letters upper-cased.</summary>
    /// <returns>False when a character is not allowed or the count differs from the destination's length.</returns>
    public static bool TryExtract(ReadOnlySpan<char> value, Span<char> destination, bool allowLetters)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (c is '.' or '-' or '/' || char.IsWhiteSpace(c))
            {
                continue;
            }

            var upper = c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;
            var allowed = char.IsAsciiDigit(upper) || (allowLetters && char.IsAsciiLetterUpper(upper));
            if (!allowed || count == destination.Length)
            {
                return false;
            }

            destination[count++] = upper;
        }

        return count == destination.Length;
    }

    /// <summary>
    /// The modulo-11 check digit of <paramref name="body"/>: each character is valued by its code minus 48
    /// (<c>'0'</c> is 0, <c>'A'</c> is 17) and weighted 2, 3, 4, ... from the right, restarting at 2 after
    /// <paramref name="maxWeight"/>. A remainder below 2 gives 0.
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> body, int maxWeight)
    {
        var sum = 0;
        var weight = 2;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            sum += (body[i] - '0') * weight;
            weight = weight == maxWeight ? 2 : weight + 1;
        }

        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    /// <summary>Whether every character is the same one (<c>11111111111</c>), which passes the check digits.</summary>
    public static bool IsOneRepeatedCharacter(ReadOnlySpan<char> value)
        => !value.IsEmpty && !value.ContainsAnyExcept(value[0]);

    /// <summary>Writes <paramref name="chars"/> into <paramref name="mask"/>'s <c>#</c> positions.</summary>
    public static void ApplyMask(ReadOnlySpan<char> chars, ReadOnlySpan<char> mask, Span<char> destination)
    {
        var next = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            destination[i] = mask[i] == '#' ? chars[next++] : mask[i];
        }
    }

    /// <summary>Which tax id a client carries: see <see cref="Cliente.TaxIdKind"/> for the rule.</summary>
    public static TaxIdKind Resolve(string? codigoFiscal, string? cnpj, string? cpf, out string? taxId)
    {
        if (Cnpj.TryParse(codigoFiscal, out taxId))
        {
            return TaxIdKind.Cnpj;
        }

        if (Cpf.TryParse(codigoFiscal, out taxId))
        {
            return TaxIdKind.Cpf;
        }

        if (Cnpj.TryParse(cnpj, out taxId))
        {
            return TaxIdKind.Cnpj;
        }

        if (Cpf.TryParse(cpf, out taxId))
        {
            return TaxIdKind.Cpf;
        }

        var any = !string.IsNullOrWhiteSpace(codigoFiscal)
            || !string.IsNullOrWhiteSpace(cnpj)
            || !string.IsNullOrWhiteSpace(cpf);
        return any ? TaxIdKind.Unrecognized : TaxIdKind.None;
    }
}
