namespace Checkmob.Webhook.Sdk;

/// <summary>Every message <see cref="Cpf"/> and <see cref="Cnpj"/> throw, in one place; none holds the value.</summary>
internal static class TaxIdErrors
{
    public static ArgumentException NotACpf(string paramName) => new(
        "The value is not a CPF: expected 11 digits, bare or masked as 000.000.000-00. Use Cpf.TryParse to test.",
        paramName);

    public static ArgumentException NotACnpj(string paramName) => new(
        "The value is not a CNPJ: expected 12 digits or letters and 2 digits, bare or masked as 00.000.000/0000-00. "
        + "Use Cnpj.TryParse to test.",
        paramName);
}
