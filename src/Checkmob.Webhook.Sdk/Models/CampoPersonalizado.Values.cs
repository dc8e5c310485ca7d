namespace Checkmob.Webhook.Sdk;

public sealed partial record CampoPersonalizado
{
#if NET
    /// <summary>Reads <see cref="ValorCampo"/> as a date; never throws.</summary>
    /// <param name="value">The calendar date typed; a time, when present, is dropped.</param>
    /// <returns>True when the value is a date in one of the formats <see cref="TryGetDateTime"/> reads.</returns>
    /// <remarks>
    /// Only in the .NET build: <see cref="DateOnly"/> does not exist in .NET Standard 2.0 (.NET Framework). There, use
    /// <see cref="TryGetDateTime"/> and its value's <see cref="DateTime.Date"/>, which reads the same text.
    /// </remarks>
    public bool TryGetDate(out DateOnly value)
    {
        var parsed = TryGetDateTime(out var dateTime);
        value = DateOnly.FromDateTime(dateTime);
        return parsed;
    }
#endif

    /// <summary>Reads <see cref="ValorCampo"/> as a date with an optional time; never throws.</summary>
    /// <param name="value">
    /// The date and time as typed, <see cref="DateTimeKind.Unspecified"/>: a person's local calendar date, which has
    /// no time zone (unlike Checkmob's UTC timestamps), so do not convert it. Midnight when no time was typed.
    /// </param>
    /// <returns>
    /// True for day-first Brazilian dates (<c>10/06/2025</c>, as the older revision sends;
    /// <c>10/06/2025 00:00:00</c>, as the newer one does; also <c>1/6/2025</c> and <c>10/06/2025 14:30</c>) and for
    /// ISO 8601 without an offset (<c>2025-06-10</c>, <c>2025-06-10T14:30:00</c>). A two-digit year, a month-first
    /// date or an offset is refused.
    /// </returns>
    public bool TryGetDateTime(out DateTime value)
    {
        value = default;
        return ValorCampo is not null && CustomFieldText.TryParseDateTime(ValorCampo, out value);
    }

    /// <summary>Reads <see cref="ValorCampo"/> as a decimal number; never throws.</summary>
    /// <param name="value">The number; 0 when it cannot be read.</param>
    /// <returns>
    /// True for Brazilian numbers (<c>1.234,56</c>, <c>1234,56</c>, <c>1.234.567</c>) and invariant ones
    /// (<c>1234.56</c>), with an optional sign. A single dot followed by exactly three digits and no comma
    /// (<c>1.500</c>: 1500 to a Brazilian, 1.5 to a machine) is ambiguous and refused rather than guessed;
    /// <see cref="TryGetInt64"/> reads it as the integer 1500.
    /// </returns>
    public bool TryGetDecimal(out decimal value)
    {
        value = default;
        return ValorCampo is not null && CustomFieldText.TryParseDecimal(ValorCampo, out value);
    }

    /// <summary>Reads <see cref="ValorCampo"/> as an integer; never throws.</summary>
    /// <param name="value">The number; 0 when it cannot be read.</param>
    /// <returns>
    /// True for an integer with an optional sign, plain (<c>1234</c>) or with Brazilian thousands dots
    /// (<c>1.234</c>); false for a fraction or a value out of range.
    /// </returns>
    public bool TryGetInt64(out long value)
    {
        value = default;
        return ValorCampo is not null && CustomFieldText.TryParseInt64(ValorCampo, out value);
    }

    /// <summary>Reads <see cref="ValorCampo"/> as a yes or no; never throws.</summary>
    /// <param name="value">The answer; false when it cannot be read.</param>
    /// <returns>
    /// True for <c>Sim</c>/<c>Não</c> (also <c>Nao</c>), <c>S</c>/<c>N</c> and <c>true</c>/<c>false</c>, in any case.
    /// </returns>
    public bool TryGetBoolean(out bool value)
    {
        value = default;
        return ValorCampo is not null && CustomFieldText.TryParseBoolean(ValorCampo, out value);
    }
}
