using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Benchmarks;

// The floor: plain mutable records with the same fields as the SDK's models, typed as the documentation types the
// wire (a number for Cep and the codes, DateTime for offset-less timestamps), deserialized by System.Text.Json source
// generation with the envelope type known in advance: no tolerance, no case-insensitivity, no polymorphism.

public sealed record FloorCliente
{
    public long? IdCliente { get; set; }
    public long? Codigo { get; set; }
    public string? Nome { get; set; }
    public string? RazaoSocial { get; set; }
    public string? NomeFantasia { get; set; }
    public string? CodigoFiscal { get; set; }
    public string? Cnpj { get; set; }
    public string? Cpf { get; set; }
    public string? TipoCliente { get; set; }
    public string? Telefone { get; set; }
    public string? TelefoneSecundario { get; set; }
    public string? Site { get; set; }
    public string? Linkedin { get; set; }
    public string? QrCode { get; set; }
    public string? InformacoesAdicionais { get; set; }
    public string? Responsavel { get; set; }
    public string? EmailResponsavel { get; set; }
    public string? TelefoneResponsavel { get; set; }
    public string? CelularResponsavel { get; set; }
    public string? CargoResponsavel { get; set; }
    public long? IdUltimoServico { get; set; }
    public DateTime? DataProximoAcompanhamento { get; set; }
    public long? CicloVisita { get; set; }
    public string? AvaliacaoIA { get; set; }
    public long? RangeCheckin { get; set; }
    public long? IdEtapa { get; set; }
    public string? Etapa { get; set; }
    public long? IdSetorMercado { get; set; }
    public string? SetorMercado { get; set; }
    public long? IdTemperatura { get; set; }
    public string? Temperatura { get; set; }
    public long? IdCategoria { get; set; }
    public string? Categoria { get; set; }
    public decimal? ValorNegocio { get; set; }
    public DateTime? DataEsperadaFechamento { get; set; }
    public bool? Ativo { get; set; }
    public bool? CriadoMobile { get; set; }
    public DateTime? DataCadastro { get; set; }
    public DateTime? DataAtualizacao { get; set; }
    public long? IdEndereco { get; set; }
    public string? Rua { get; set; }
    public string? Numero { get; set; }
    public string? Complemento { get; set; }
    public string? Bairro { get; set; }
    public long? Cep { get; set; }
    public string? Cidade { get; set; }
    public string? Estado { get; set; }
    public string? Pais { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<FloorSegmento>? Segmentos { get; set; }
    public List<FloorContato>? Contatos { get; set; }
    public List<FloorCampoPersonalizado>? CampoPersonalizado { get; set; }
}

public sealed record FloorSegmento
{
    public long? IdSegmento { get; set; }
    public string? Nome { get; set; }
}

public sealed record FloorContato
{
    public long? IdPessoa { get; set; }
    public string? Nome { get; set; }
    public string? Email { get; set; }
    public string? Telefone { get; set; }
    public string? Celular { get; set; }
}

public sealed record FloorCampoPersonalizado
{
    public long? IdCampo { get; set; }
    public string? Nome { get; set; }
    public string? ValorCampo { get; set; }
}

public sealed record FloorRegistro
{
    public long? Id { get; set; }
    public long? Codigo { get; set; }
    public long? IdCliente { get; set; }
    public string? NomeCliente { get; set; }
    public long? CodigoCliente { get; set; }
    public long? IdPessoa { get; set; }
    public string? NomePessoa { get; set; }
    public long? IdGrupo { get; set; }
    public string? NomeGrupo { get; set; }
    public long? IdSegmento { get; set; }
    public string? NomeSegmento { get; set; }
    public long? IdOrdemServico { get; set; }
    public long? IdObjetivo { get; set; }
    public string? NomeObjetivo { get; set; }
    public string? Observacao { get; set; }
    public string? Instrucoes { get; set; }
    public string? EnderecoAproximado { get; set; }
    public long? IdUsuario { get; set; }
    public string? NomeUsuario { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTime? DataCheckIn { get; set; }
    public DateTime? DataCheckOut { get; set; }
    public long? IdStatus { get; set; }
    public string? NomeStatus { get; set; }
    public DateTime? DataAlteracaoStatus { get; set; }
    public string? MotivoReprovacao { get; set; }
    public bool? Incompleto { get; set; }
    public bool? CheckoutForcado { get; set; }
    public DateTime? DataEnvio { get; set; }
    public long? IdUsuarioCriador { get; set; }
    public bool? Agendado { get; set; }
    public DateTime? DataInicioEsperada { get; set; }
    public DateTime? DataConclusaoEsperada { get; set; }
    public bool? Ativo { get; set; }
    public bool? Excluido { get; set; }
    public DateTime? DataAtualizacao { get; set; }
}

public sealed record FloorChecklist
{
    public long? Id { get; set; }
    public long? Numero { get; set; }
    public long? IdQuestionario { get; set; }
    public string? NomeQuestionario { get; set; }
    public int? Situacao { get; set; }
    public DateTime? DataCadastro { get; set; }
    public DateTime? DataAtualizacao { get; set; }
    public long? IdUsuario { get; set; }
    public string? NomeUsuario { get; set; }
    public long? IdCliente { get; set; }
    public long? CodigoCliente { get; set; }
    public string? NomeCliente { get; set; }
    public long? IdServico { get; set; }
    public long? CodigoServico { get; set; }
    public List<FloorRespostaChecklist>? Respostas { get; set; }
}

public sealed record FloorRespostaChecklist
{
    public long? NumeroSecao { get; set; }
    public long? IdQuestao { get; set; }
    public string? NumeroQuestao { get; set; }
    public string? NomeQuestao { get; set; }
    public long? IdItemQuestao { get; set; }
    public string? NumeroItemQuestao { get; set; }
    public string? NomeItemQuestao { get; set; }
    public string? Resposta { get; set; }
    public string? Observacao { get; set; }
}

public sealed record FloorClienteEnvelope
{
    public int Tipo { get; set; }

    public FloorCliente? Data { get; set; }
}

public sealed record FloorRegistroEnvelope
{
    public int Tipo { get; set; }

    public FloorRegistro? Data { get; set; }
}

public sealed record FloorBatchEnvelope
{
    public int Tipo { get; set; }

    public List<FloorCliente>? Data { get; set; }
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(FloorClienteEnvelope))]
[JsonSerializable(typeof(FloorRegistroEnvelope))]
[JsonSerializable(typeof(FloorBatchEnvelope))]
public sealed partial class FloorJsonContext : JsonSerializerContext
{
}
