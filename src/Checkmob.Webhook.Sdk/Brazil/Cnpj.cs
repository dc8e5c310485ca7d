using System.Diagnostics.CodeAnalysis;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Validates, normalises and formats a CNPJ (Cadastro Nacional da Pessoa Jurídica), the tax id of a company,
/// in its numeric form and in the alphanumeric form the Receita Federal issues since July 2026.
/// </summary>
/// <remarks>
/// A CNPJ is 12 characters, each a digit or an upper-case letter, then 2 numeric check digits. Each character is
/// valued by its code minus 48 (<c>'0'</c> is 0, <c>'A'</c> is 17) and weighted as for the numeric CNPJ, so every
/// numeric CNPJ keeps its check digits. Every member takes the CNPJ bare (<c>11222333000181</c>) or masked
/// (<c>11.222.333/0001-81</c>), letters in either case: the mask's characters (<c>.</c>, <c>-</c>, <c>/</c>) and white
/// space are ignored wherever they stand, and letters come out upper-case. <c>IsValid</c> and <c>TryParse</c> check
/// the check digits and reject one digit repeated; <c>Normalize</c> and <c>Format</c> only change the shape. No
/// member allocates except for the string it returns. Each takes a span, and all but <see cref="TryFormat"/> a string
/// too, for .NET Framework projects, whose default C# (7.3) makes no span of a string.
/// </remarks>
public static class Cnpj
{
    private const int Length = 14;
    private const int FormattedLength = 18;
    private const int MaxWeight = 9;
    private const string Mask = "##.###.###/####-##";

    /// <summary>Whether the value is a valid CNPJ, numeric or alphanumeric, bare or masked.</summary>
    /// <param name="value">The CNPJ, bare or masked, letters in either case; null or empty is not valid.</param>
    /// <returns>True for a valid CNPJ; never throws.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> cnpj = stackalloc char[Length];
        return TryExtract(value, cnpj) && HasValidCheckDigits(cnpj);
    }

    /// <summary>Whether the text is a valid CNPJ; as <see cref="IsValid(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The CNPJ, bare or masked; null or empty is not valid.</param>
    /// <returns>True for a valid CNPJ; never throws.</returns>
    public static bool IsValid(string? value) => IsValid(value.AsSpan());

    /// <summary>Reads a valid CNPJ, bare or masked, into its 14 bare characters, letters upper-case.</summary>
    /// <param name="value">The CNPJ, bare or masked, letters in either case.</param>
    /// <param name="cnpj">
    /// The 14 characters without mask, such as <c>11222333000181</c> or <c>12ABC34501DE35</c>; null when the value is
    /// not valid.
    /// </param>
    /// <returns>True when <paramref name="value"/> is a valid CNPJ; never throws.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, [NotNullWhen(true)] out string? cnpj)
    {
        Span<char> chars = stackalloc char[Length];
        if (TryExtract(value, chars) && HasValidCheckDigits(chars))
        {
            cnpj = chars.ToString();
            return true;
        }

        cnpj = null;
        return false;
    }

    /// <summary>Reads a valid CNPJ from text; as <see cref="TryParse(ReadOnlySpan{char}, out string)"/>.</summary>
    /// <param name="value">The CNPJ, bare or masked; null is not valid.</param>
    /// <param name="cnpj">The CNPJ without mask; null when not valid.</param>
    /// <returns>True when <paramref name="value"/> is a valid CNPJ; never throws.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out string? cnpj)
        => TryParse(value.AsSpan(), out cnpj);

    /// <summary>
    /// Removes the mask and upper-cases letters: <c>12.abc.345/01de-35</c> becomes <c>12ABC34501DE35</c>.
    /// The check digits are not checked.
    /// </summary>
    /// <param name="value">12 digits or letters and 2 digits, bare or masked.</param>
    /// <returns>The 14 characters.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of a CNPJ.</exception>
    public static string Normalize(ReadOnlySpan<char> value)
    {
        Span<char> chars = stackalloc char[Length];
        if (!TryExtract(value, chars))
        {
            throw TaxIdErrors.NotACnpj(nameof(value));
        }

        return chars.ToString();
    }

    /// <summary>Removes the mask from text; as <see cref="Normalize(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The CNPJ, bare or masked.</param>
    /// <returns>The CNPJ without mask.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of a CNPJ.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return Normalize(value.AsSpan());
    }

    /// <summary>
    /// Applies the mask: <c>11222333000181</c> becomes <c>11.222.333/0001-81</c>, letters upper-case.
    /// The check digits are not checked.
    /// </summary>
    /// <param name="value">12 digits or letters and 2 digits, bare or masked.</param>
    /// <returns>The CNPJ masked as <c>00.000.000/0000-00</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of a CNPJ.</exception>
    public static string Format(ReadOnlySpan<char> value)
    {
        Span<char> formatted = stackalloc char[FormattedLength];
        if (!TryFormat(value, formatted, out _))
        {
            throw TaxIdErrors.NotACnpj(nameof(value));
        }

        return formatted.ToString();
    }

    /// <summary>Applies the mask to text; as <see cref="Format(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The CNPJ, bare or masked.</param>
    /// <returns>The masked CNPJ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of a CNPJ.</exception>
    public static string Format(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return Format(value.AsSpan());
    }

    /// <summary>Writes the masked form (<c>00.000.000/0000-00</c>, 18 characters) without allocating.</summary>
    /// <param name="value">12 digits or letters and 2 digits, bare or masked. The check digits are not checked.</param>
    /// <param name="destination">Where to write; at least 18 characters.</param>
    /// <param name="charsWritten">18 on success, otherwise 0.</param>
    /// <returns>
    /// False when the value does not have the shape of a CNPJ or the destination is too short; never throws.
    /// </returns>
    public static bool TryFormat(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        Span<char> chars = stackalloc char[Length];
        if (destination.Length < FormattedLength || !TryExtract(value, chars))
        {
            return false;
        }

        TaxIdText.ApplyMask(chars, Mask, destination);
        charsWritten = FormattedLength;
        return true;
    }

    private static bool TryExtract(ReadOnlySpan<char> value, Span<char> destination)
        => TaxIdText.TryExtract(value, destination, allowLetters: true)
            && char.IsAsciiDigit(destination[12])
            && char.IsAsciiDigit(destination[13]);

    private static bool HasValidCheckDigits(ReadOnlySpan<char> cnpj)
    {
        // Weights 2..9 from the right, restarting at 2: 5,4,3,2,9,8,7,6,5,4,3,2 then 6,5,4,3,2,9,8,7,6,5,4,3,2.
        return !TaxIdText.IsOneRepeatedCharacter(cnpj)
            && TaxIdText.CheckDigit(cnpj[..12], MaxWeight) == cnpj[12] - '0'
            && TaxIdText.CheckDigit(cnpj[..13], MaxWeight) == cnpj[13] - '0';
    }
}
