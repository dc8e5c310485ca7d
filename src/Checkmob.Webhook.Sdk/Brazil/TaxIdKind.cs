namespace Checkmob.Webhook.Sdk;

/// <summary>Which Brazilian tax id a <see cref="Cliente"/> carries; see <see cref="Cliente.TaxIdKind"/>.</summary>
public enum TaxIdKind
{
    /// <summary>No tax id: <c>CodigoFiscal</c>, <c>Cnpj</c> and <c>Cpf</c> are all missing or blank.</summary>
    None = 0,

    /// <summary>A valid CPF (a person).</summary>
    Cpf = 1,

    /// <summary>A valid CNPJ, numeric or alphanumeric (a company).</summary>
    Cnpj = 2,

    /// <summary>
    /// A value is present but is neither a valid CPF nor a valid CNPJ: wrong check digits (as in the vendor's
    /// documented examples), a typing error, or a foreign tax id.
    /// </summary>
    Unrecognized = 3,
}
