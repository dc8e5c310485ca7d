using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// A Checkmob client, the item of Tipo 1 (<see cref="ClienteCriado"/>) and Tipo 2 (<see cref="ClienteEditado"/>).
/// </summary>
/// <remarks>
/// Every field may be missing or null in real traffic, so every scalar is nullable and every list is
/// empty (never null) when absent. Fields marked "newer revision" appear only in the newer vendor documentation.
/// Timestamps are UTC unless <see cref="WebhookParserOptions.TimeZone"/> says otherwise.
/// </remarks>
public sealed partial record Cliente
{
    /// <summary>Checkmob's internal id of the client.</summary>
    public long? IdCliente { get; init; }

    /// <summary>
    /// The client code shown in the platform (often an ERP code); a number arrives as its digits. Newer revision.
    /// </summary>
    public string? Codigo { get; init; }

    /// <summary>The client's name.</summary>
    public string? Nome { get; init; }

    /// <summary>Legal name. Newer revision.</summary>
    public string? RazaoSocial { get; init; }

    /// <summary>Trade name. Newer revision.</summary>
    public string? NomeFantasia { get; init; }

    /// <summary>Tax id without mask (CNPJ, CPF or a foreign equivalent), kept as sent. Newer revision.</summary>
    public string? CodigoFiscal { get; init; }

    /// <summary>CNPJ, kept exactly as sent (usually masked, e.g. <c>12.345.678/0001-90</c>); not validated.</summary>
    public string? Cnpj { get; init; }

    /// <summary>CPF, kept exactly as sent (usually masked, e.g. <c>123.456.789-00</c>); not validated.</summary>
    public string? Cpf { get; init; }

    /// <summary>The kind of client. Newer revision.</summary>
    public string? TipoCliente { get; init; }

    /// <summary>Main phone number, as sent (usually masked).</summary>
    public string? Telefone { get; init; }

    /// <summary>Secondary phone number, as sent.</summary>
    public string? TelefoneSecundario { get; init; }

    /// <summary>Web site. Newer revision.</summary>
    public string? Site { get; init; }

    /// <summary>LinkedIn address. Newer revision.</summary>
    public string? Linkedin { get; init; }

    /// <summary>QR code content. Newer revision.</summary>
    public string? QrCode { get; init; }

    /// <summary>Free-text additional information. Newer revision.</summary>
    public string? InformacoesAdicionais { get; init; }

    /// <summary>Name of the person responsible at the client.</summary>
    public string? Responsavel { get; init; }

    /// <summary>E-mail of the person responsible. Newer revision.</summary>
    public string? EmailResponsavel { get; init; }

    /// <summary>Phone of the person responsible. Newer revision.</summary>
    public string? TelefoneResponsavel { get; init; }

    /// <summary>Mobile phone of the person responsible. Newer revision.</summary>
    public string? CelularResponsavel { get; init; }

    /// <summary>Job title of the person responsible. Newer revision.</summary>
    public string? CargoResponsavel { get; init; }

    /// <summary>Id of the last record (Tipo 3) done for the client.</summary>
    public long? IdUltimoServico { get; init; }

    /// <summary>Next follow-up.</summary>
    public DateTimeOffset? DataProximoAcompanhamento { get; init; }

    /// <summary>Visit cycle in days. Newer revision.</summary>
    public long? CicloVisita { get; init; }

    /// <summary>
    /// AI rating of the client, whatever arrived: text in the older revision, a number's digits in the newer.
    /// </summary>
    public string? AvaliacaoIA { get; init; }

    /// <summary>Maximum distance in metres for check-in and check-out. Newer revision.</summary>
    public long? RangeCheckin { get; init; }

    /// <summary>Id of the CRM funnel stage. Newer revision.</summary>
    public long? IdEtapa { get; init; }

    /// <summary>Name of the CRM funnel stage. Newer revision.</summary>
    public string? Etapa { get; init; }

    /// <summary>Id of the market sector. Newer revision.</summary>
    public long? IdSetorMercado { get; init; }

    /// <summary>Name of the market sector. Newer revision.</summary>
    public string? SetorMercado { get; init; }

    /// <summary>Id of the lead temperature. Newer revision.</summary>
    public long? IdTemperatura { get; init; }

    /// <summary>Name of the lead temperature. Newer revision.</summary>
    public string? Temperatura { get; init; }

    /// <summary>Id of the client category. Newer revision.</summary>
    public long? IdCategoria { get; init; }

    /// <summary>Name of the client category. Newer revision.</summary>
    public string? Categoria { get; init; }

    /// <summary>Deal value (money). Newer revision.</summary>
    public decimal? ValorNegocio { get; init; }

    /// <summary>Expected close date of the deal. Newer revision.</summary>
    public DateTimeOffset? DataEsperadaFechamento { get; init; }

    /// <summary>Whether the client is active.</summary>
    public bool? Ativo { get; init; }

    /// <summary>Whether the client was created in the mobile app. Newer revision.</summary>
    public bool? CriadoMobile { get; init; }

    /// <summary>When the client was created.</summary>
    public DateTimeOffset? DataCadastro { get; init; }

    /// <summary>When the client was last updated; tells which of two notifications is newer.</summary>
    public DateTimeOffset? DataAtualizacao { get; init; }

    /// <summary>Id of the main address; null when the client has none.</summary>
    public long? IdEndereco { get; init; }

    /// <summary>Street of the main address.</summary>
    public string? Rua { get; init; }

    /// <summary>Street number of the main address (text: it may hold "s/n").</summary>
    public string? Numero { get; init; }

    /// <summary>Address complement.</summary>
    public string? Complemento { get; init; }

    /// <summary>Neighbourhood.</summary>
    public string? Bairro { get; init; }

    /// <summary>
    /// Postal code as 8 digits without mask, zero-padded (Checkmob sends a number that drops the leading zero).
    /// </summary>
    public string? Cep { get; init; }

    /// <summary>City.</summary>
    public string? Cidade { get; init; }

    /// <summary>State.</summary>
    public string? Estado { get; init; }

    /// <summary>Country.</summary>
    public string? Pais { get; init; }

    /// <summary>Latitude of the main address.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude of the main address.</summary>
    public double? Longitude { get; init; }

    /// <summary>Segments the client belongs to; empty when absent, null items skipped. Newer revision.</summary>
    [AllowNull]
    public IReadOnlyList<Segmento> Segmentos
    {
        get => field ?? [];
        init => field = Lists.WithoutNulls(value);
    }

    /// <summary>Contacts of the client; empty when absent, null items skipped. Newer revision.</summary>
    [AllowNull]
    public IReadOnlyList<Contato> Contatos
    {
        get => field ?? [];
        init => field = Lists.WithoutNulls(value);
    }

    /// <summary>Custom field values; empty when absent, null items skipped.</summary>
    [AllowNull]
    public IReadOnlyList<CampoPersonalizado> CampoPersonalizado
    {
        get => field ?? [];
        init => field = Lists.WithoutNulls(value);
    }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
