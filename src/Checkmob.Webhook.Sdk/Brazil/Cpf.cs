using System.Diagnostics.CodeAnalysis;

namespace Checkmob.Webhook.Sdk;

/// <summary>Validates, normalises and formats a CPF (Cadastro de Pessoas Físicas), the tax id of a person.</summary>
/// <remarks>
/// Every member takes the CPF bare (<c>52998224725</c>) or masked (<c>529.982.247-25</c>): the mask's characters
/// (<c>.</c>, <c>-</c>, <c>/</c>) and white space are ignored wherever they stand; anything else but the 11 digits
/// makes the input invalid. <c>IsValid</c> and <c>TryParse</c> check the check digits and reject one digit repeated
/// (<c>111.111.111-11</c>); <c>Normalize</c> and <c>Format</c> only change the shape, so they also take a CPF whose
/// check digits are wrong. No member allocates except for the string it returns. Each takes a span, and all but
/// <see cref="TryFormat"/> a string too, for .NET Framework projects, whose default C# (7.3) makes no span of a string.
/// </remarks>
public static class Cpf
{
    private const int Length = 11;
    private const int FormattedLength = 14;
    private const string Mask = "###.###.###-##";

    /// <summary>Whether the value is a valid CPF: 11 digits, bare or masked, with correct check digits.</summary>
    /// <param name="value">The CPF, bare or masked; null or empty is not valid.</param>
    /// <returns>True for a valid CPF; never throws.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> cpf = stackalloc char[Length];
        return TaxIdText.TryExtract(value, cpf, allowLetters: false) && HasValidCheckDigits(cpf);
    }

    /// <summary>Whether the text is a valid CPF; as <see cref="IsValid(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The CPF, bare or masked; null or empty is not valid.</param>
    /// <returns>True for a valid CPF; never throws.</returns>
    public static bool IsValid(string? value) => IsValid(value.AsSpan());

    /// <summary>Reads a valid CPF, bare or masked, into its 11 bare digits.</summary>
    /// <param name="value">The CPF, bare or masked.</param>
    /// <param name="cpf">The 11 digits without mask, such as <c>52998224725</c>; null when not valid.</param>
    /// <returns>True when <paramref name="value"/> is a valid CPF; never throws.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, [NotNullWhen(true)] out string? cpf)
    {
        Span<char> digits = stackalloc char[Length];
        if (TaxIdText.TryExtract(value, digits, allowLetters: false) && HasValidCheckDigits(digits))
        {
            cpf = digits.ToString();
            return true;
        }

        cpf = null;
        return false;
    }

    /// <summary>Reads a valid CPF from text; as <see cref="TryParse(ReadOnlySpan{char}, out string)"/>.</summary>
    /// <param name="value">The CPF, bare or masked; null is not valid.</param>
    /// <param name="cpf">The CPF without mask; null when not valid.</param>
    /// <returns>True when <paramref name="value"/> is a valid CPF; never throws.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out string? cpf)
        => TryParse(value.AsSpan(), out cpf);

    /// <summary>
    /// Removes the mask: <c>529.982.247-25</c> becomes <c>52998224725</c>. The check digits are not checked.
    /// </summary>
    /// <param name="value">11 digits, bare or masked.</param>
    /// <returns>The 11 digits.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not 11 digits, bare or masked.</exception>
    public static string Normalize(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[Length];
        if (!TaxIdText.TryExtract(value, digits, allowLetters: false))
        {
            throw TaxIdErrors.NotACpf(nameof(value));
        }

        return digits.ToString();
    }

    /// <summary>Removes the mask from text; as <see cref="Normalize(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The CPF, bare or masked.</param>
    /// <returns>The CPF without mask.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of a CPF.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return Normalize(value.AsSpan());
    }

    /// <summary>
    /// Applies the mask: <c>52998224725</c> becomes <c>529.982.247-25</c>. The check digits are not checked.
    /// </summary>
    /// <param name="value">11 digits, bare or masked.</param>
    /// <returns>The CPF masked as <c>000.000.000-00</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not 11 digits, bare or masked.</exception>
    public static string Format(ReadOnlySpan<char> value)
    {
        Span<char> formatted = stackalloc char[FormattedLength];
        if (!TryFormat(value, formatted, out _))
        {
            throw TaxIdErrors.NotACpf(nameof(value));
        }

        return formatted.ToString();
    }

    /// <summary>Applies the mask to text; as <see cref="Format(ReadOnlySpan{char})"/>.</summary>
    /// <param name="value">The CPF, bare or masked.</param>
    /// <returns>The masked CPF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of a CPF.</exception>
    public static string Format(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        return Format(value.AsSpan());
    }

    /// <summary>Writes the masked form (<c>000.000.000-00</c>, 14 characters) without allocating.</summary>
    /// <param name="value">11 digits, bare or masked. The check digits are not checked.</param>
    /// <param name="destination">Where to write; at least 14 characters.</param>
    /// <param name="charsWritten">14 on success, otherwise 0.</param>
    /// <returns>False when the value is not 11 digits or the destination is too short; never throws.</returns>
    public static bool TryFormat(ReadOnlySpan<char> value, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        Span<char> digits = stackalloc char[Length];
        if (destination.Length < FormattedLength || !TaxIdText.TryExtract(value, digits, allowLetters: false))
        {
            return false;
        }

        TaxIdText.ApplyMask(digits, Mask, destination);
        charsWritten = FormattedLength;
        return true;
    }

    private static bool HasValidCheckDigits(ReadOnlySpan<char> cpf)
    {
        // Weights 10..2 for the first check digit and 11..2 for the second: they never restart.
        return !TaxIdText.IsOneRepeatedCharacter(cpf)
            && TaxIdText.CheckDigit(cpf[..9], int.MaxValue) == cpf[9] - '0'
            && TaxIdText.CheckDigit(cpf[..10], int.MaxValue) == cpf[10] - '0';
    }
}
