using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

public sealed partial record Cliente
{
    /// <summary>
    /// Which tax id the client carries, read from <see cref="CodigoFiscal"/>, <see cref="Cnpj"/> and <see cref="Cpf"/>.
    /// </summary>
    /// <value>
    /// <see cref="Sdk.TaxIdKind.Cpf"/> or <see cref="Sdk.TaxIdKind.Cnpj"/> for a valid one (then <see cref="TaxId"/>
    /// holds it), <see cref="Sdk.TaxIdKind.Unrecognized"/> when a value is present but none is valid, and
    /// <see cref="Sdk.TaxIdKind.None"/> when all three are missing or blank.
    /// </value>
    /// <remarks>
    /// <see cref="CodigoFiscal"/> decides first, being the one tax id Checkmob keeps without a mask; then a valid
    /// <see cref="Cnpj"/>, then a valid <see cref="Cpf"/>. So a sole proprietor sent with both a CPF and a CNPJ is
    /// reported by its CNPJ unless <see cref="CodigoFiscal"/> holds the CPF. Computed on each read; not serialized.
    /// </remarks>
    [JsonIgnore]
    public TaxIdKind TaxIdKind => TaxIdText.Resolve(CodigoFiscal, Cnpj, Cpf, out _);

    /// <summary>
    /// The client's valid CPF or CNPJ without mask (<c>52998224725</c>, <c>11222333000181</c>, letters upper-case),
    /// or null when <see cref="TaxIdKind"/> is neither <see cref="Sdk.TaxIdKind.Cpf"/> nor
    /// <see cref="Sdk.TaxIdKind.Cnpj"/>.
    /// </summary>
    /// <remarks>Personal data: <see cref="ToString"/> masks it. Computed on each read; not serialized.</remarks>
    [JsonIgnore]
    public string? TaxId
    {
        get
        {
            TaxIdText.Resolve(CodigoFiscal, Cnpj, Cpf, out var taxId);
            return taxId;
        }
    }
}
