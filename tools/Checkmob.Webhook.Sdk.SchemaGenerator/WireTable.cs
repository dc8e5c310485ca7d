using static Checkmob.Webhook.Sdk.SchemaGenerator.Revisions;
using static Checkmob.Webhook.Sdk.SchemaGenerator.WireType;

namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>
/// The facts the models cannot tell, in one table: every field's wire type, nullability, documentation revisions,
/// and what the SDK's parser accepts beyond it. The source is the vendor documentation as tabulated in the spec.
/// </summary>
/// <remarks>
/// <see cref="SchemaGenerator"/> fails when a model property has no row here or a row names no model property, so
/// a field added to a model cannot reach the schemas without a decision about its wire format.
/// </remarks>
internal static class WireTable
{
    private const bool OrNull = true;
    private const bool NotNull = false;

    /// <summary>The envelope's description.</summary>
    public const string Envelope =
        "A Checkmob webhook notification: the JSON body of an HTTP POST, { \"Tipo\": <event type>, \"Data\": <the "
        + "event's objects> }. The event's schema is chosen by Tipo (1 to 4); a Tipo these schemas do not describe "
        + "is accepted with an object or an array of objects as Data, since Checkmob may add event types (the SDK "
        + "keeps it as UnknownWebhookEvent). Field names are case-sensitive here (the SDK's parser ignores case); "
        + "timestamps are UTC without offset; a field without a value is sent as null and an empty list as []; "
        + "fields not listed here are allowed, since Checkmob adds fields without notice.";

    /// <summary>What every timestamp is, as the newer revision documents it.</summary>
    public const string TimestampForm = "UTC, written yyyy-MM-ddTHH:mm:ss without offset.";

    /// <summary>What the SDK's parser accepts for <c>Tipo</c> beyond a JSON integer.</summary>
    public const string TipoLeniency = "The SDK's parser also accepts a numeric string.";

    /// <summary>The description of the envelope's <c>Tipo</c>.</summary>
    public const string Tipo =
        "The event type: 1 client created, 2 client edited, 3 record created or updated, 4 checklist answered. "
        + "Documented in both revisions (the older one gives no payload for 4). " + TipoLeniency;

    /// <summary>The description of the envelope's <c>Data</c>.</summary>
    public const string Data =
        "The event's objects: one object or an array of objects (the older text calls Data a list; every "
        + "documented example sends one object). The SDK's parser reads either as a list.";

    /// <summary>The event types, in <c>Tipo</c> order.</summary>
    public static IReadOnlyList<WireEvent> Events { get; } =
    [
        new(1, typeof(ClienteCriado), "checkmob-webhook-tipo1-cliente-criado.schema.json",
            "Sent whenever a client is created; the same payload as Tipo 2. Documented in both revisions."),
        new(2, typeof(ClienteEditado), "checkmob-webhook-tipo2-cliente-editado.schema.json",
            "Sent whenever a client is edited; the same payload as Tipo 1. Documented in both revisions."),
        new(3, typeof(RegistroRealizado), "checkmob-webhook-tipo3-registro-realizado.schema.json",
            "The older revision (\"Registro Realizado\") sends a record when it is finished in the app; the newer "
            + "one (\"Registro criado/atualizado\") on every update: check-in, check-out, status changes, web "
            + "edits."),
        new(4, typeof(ChecklistRespondido), "checkmob-webhook-tipo4-checklist-respondido.schema.json",
            "Sent when a checklist is answered in the app; the same checklist can arrive partial and then "
            + "complete. Documented in the newer revision only (the older one names the type without a payload)."),
    ];

    /// <summary>The objects on the wire and the revisions describing each.</summary>
    public static IReadOnlyList<WireObject> Objects { get; } =
    [
        new(typeof(Cliente), Both),
        new(typeof(Segmento), Newer),
        new(typeof(Contato), Newer),
        new(typeof(CampoPersonalizado), Both),
        new(typeof(Registro), Both),
        new(typeof(Checklist), Newer),
        new(typeof(RespostaChecklist), Newer),
    ];

    /// <summary>Every field of every object, in no particular order (the schemas follow the models' order).</summary>
    public static IReadOnlyList<WireField> Fields { get; } =
    [
        // Tipo 1 and 2: a client.
        Row<Cliente>(nameof(Cliente.IdCliente), Integer, NotNull, Both, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.Codigo), Integer, OrNull, Newer, Lenient.Code, Note.ClientCode, Meaning.ClientCode),
        Row<Cliente>(nameof(Cliente.Nome), Text, NotNull, Both, Lenient.Text),
        Row<Cliente>(nameof(Cliente.RazaoSocial), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.NomeFantasia), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.CodigoFiscal), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.Cnpj), Text, OrNull, Both, Lenient.Text, Note.CheckDigits),
        Row<Cliente>(nameof(Cliente.Cpf), Text, OrNull, Both, Lenient.Text, Note.CheckDigits),
        Row<Cliente>(nameof(Cliente.TipoCliente), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.Telefone), Text, OrNull, Both, Lenient.Text),
        Row<Cliente>(nameof(Cliente.TelefoneSecundario), Text, OrNull, Both, Lenient.Text),
        Row<Cliente>(nameof(Cliente.Site), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.Linkedin), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.QrCode), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.InformacoesAdicionais), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.Responsavel), Text, OrNull, Both, Lenient.Text),
        Row<Cliente>(nameof(Cliente.EmailResponsavel), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.TelefoneResponsavel), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.CelularResponsavel), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.CargoResponsavel), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.IdUltimoServico), Integer, OrNull, Both, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.DataProximoAcompanhamento), Timestamp, OrNull, Both, Lenient.Timestamp),
        Row<Cliente>(nameof(Cliente.CicloVisita), Integer, OrNull, Newer, Lenient.Integer),
        Row<Cliente>(
            nameof(Cliente.AvaliacaoIA), TextOrNumber, OrNull, Both, Lenient.TextOrNumber, Note.Rating, Meaning.Rating),
        Row<Cliente>(nameof(Cliente.RangeCheckin), Integer, NotNull, Newer, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.IdEtapa), Integer, OrNull, Newer, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.Etapa), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.IdSetorMercado), Integer, OrNull, Newer, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.SetorMercado), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.IdTemperatura), Integer, OrNull, Newer, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.Temperatura), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.IdCategoria), Integer, OrNull, Newer, Lenient.Integer),
        Row<Cliente>(nameof(Cliente.Categoria), Text, OrNull, Newer, Lenient.Text),
        Row<Cliente>(nameof(Cliente.ValorNegocio), Number, OrNull, Newer, Lenient.Number),
        Row<Cliente>(nameof(Cliente.DataEsperadaFechamento), Timestamp, OrNull, Newer, Lenient.Timestamp),
        Row<Cliente>(nameof(Cliente.Ativo), Bool, NotNull, Both, Lenient.Boolean),
        Row<Cliente>(nameof(Cliente.CriadoMobile), Bool, NotNull, Newer, Lenient.Boolean),
        Row<Cliente>(nameof(Cliente.DataCadastro), Timestamp, NotNull, Both, Lenient.Timestamp),
        Row<Cliente>(nameof(Cliente.DataAtualizacao), Timestamp, NotNull, Both, Lenient.Timestamp),
        Row<Cliente>(nameof(Cliente.IdEndereco), Integer, OrNull, Both, Lenient.Integer, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Rua), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Numero), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Complemento), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Bairro), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Cep), Cep, OrNull, Both, Lenient.Cep, Note.NoAddress, Meaning.Cep),
        Row<Cliente>(nameof(Cliente.Cidade), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Estado), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Pais), Text, OrNull, Both, Lenient.Text, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Latitude), Number, OrNull, Both, Lenient.Number, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Longitude), Number, OrNull, Both, Lenient.Number, Note.NoAddress),
        Row<Cliente>(nameof(Cliente.Segmentos), List, NotNull, Newer, Lenient.List),
        Row<Cliente>(nameof(Cliente.Contatos), List, NotNull, Newer, Lenient.List),
        Row<Cliente>(nameof(Cliente.CampoPersonalizado), List, NotNull, Both, Lenient.List),

        Row<Segmento>(nameof(Segmento.IdSegmento), Integer, NotNull, Newer, Lenient.Integer),
        Row<Segmento>(nameof(Segmento.Nome), Text, NotNull, Newer, Lenient.Text),

        // The documentation lists a contact's fields without types; a contact may lack an e-mail or a phone.
        Row<Contato>(nameof(Contato.IdPessoa), Integer, NotNull, Newer, Lenient.Integer),
        Row<Contato>(nameof(Contato.Nome), Text, NotNull, Newer, Lenient.Text),
        Row<Contato>(nameof(Contato.Email), Text, OrNull, Newer, Lenient.Text),
        Row<Contato>(nameof(Contato.Telefone), Text, OrNull, Newer, Lenient.Text),
        Row<Contato>(nameof(Contato.Celular), Text, OrNull, Newer, Lenient.Text),

        Row<CampoPersonalizado>(nameof(CampoPersonalizado.IdCampo), Integer, NotNull, Newer, Lenient.Integer),
        Row<CampoPersonalizado>(nameof(CampoPersonalizado.Nome), Text, NotNull, Both, Lenient.Text),
        Row<CampoPersonalizado>(nameof(CampoPersonalizado.ValorCampo), Text, NotNull, Both, Lenient.Text),

        // Tipo 3: a record.
        Row<Registro>(nameof(Registro.Id), Integer, NotNull, Newer, Lenient.Integer),
        Row<Registro>(nameof(Registro.Codigo), Integer, NotNull, Both, Lenient.Code, null, Meaning.RecordCode),
        Row<Registro>(nameof(Registro.IdCliente), Integer, NotNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomeCliente), Text, NotNull, Both, Lenient.Text),
        Row<Registro>(
            nameof(Registro.CodigoCliente), Integer, OrNull, Newer, Lenient.Code, Note.ClientCode, Meaning.ClientCode),
        Row<Registro>(nameof(Registro.IdPessoa), Integer, OrNull, Newer, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomePessoa), Text, OrNull, Newer, Lenient.Text),
        Row<Registro>(nameof(Registro.IdGrupo), Integer, OrNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomeGrupo), Text, OrNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.IdSegmento), Integer, OrNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomeSegmento), Text, OrNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.IdOrdemServico), Integer, OrNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.IdObjetivo), Integer, OrNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomeObjetivo), Text, OrNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.Observacao), Text, OrNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.Instrucoes), Text, OrNull, Newer, Lenient.Text),
        Row<Registro>(nameof(Registro.EnderecoAproximado), Text, OrNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.IdUsuario), Integer, NotNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomeUsuario), Text, NotNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.Latitude), Number, OrNull, Both, Lenient.Number),
        Row<Registro>(nameof(Registro.Longitude), Number, OrNull, Both, Lenient.Number),
        Row<Registro>(nameof(Registro.DataCheckIn), Timestamp, OrNull, Both, Lenient.Timestamp),
        Row<Registro>(nameof(Registro.DataCheckOut), Timestamp, NotNull, Both, Lenient.Timestamp),
        Row<Registro>(nameof(Registro.IdStatus), Integer, NotNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.NomeStatus), Text, NotNull, Both, Lenient.Text),
        Row<Registro>(nameof(Registro.DataAlteracaoStatus), Timestamp, NotNull, Both, Lenient.Timestamp),
        Row<Registro>(nameof(Registro.MotivoReprovacao), Text, OrNull, Newer, Lenient.Text),
        Row<Registro>(nameof(Registro.Incompleto), Bool, NotNull, Newer, Lenient.Boolean),
        Row<Registro>(nameof(Registro.CheckoutForcado), Bool, NotNull, Newer, Lenient.Boolean),
        Row<Registro>(nameof(Registro.DataEnvio), Timestamp, NotNull, Both, Lenient.Timestamp),
        Row<Registro>(nameof(Registro.IdUsuarioCriador), Integer, OrNull, Both, Lenient.Integer),
        Row<Registro>(nameof(Registro.Agendado), Bool, NotNull, Both, Lenient.Boolean),
        Row<Registro>(nameof(Registro.DataInicioEsperada), Timestamp, OrNull, Both, Lenient.Timestamp),
        Row<Registro>(nameof(Registro.DataConclusaoEsperada), Timestamp, OrNull, Both, Lenient.Timestamp),
        Row<Registro>(nameof(Registro.Ativo), Bool, NotNull, Newer, Lenient.Boolean),
        Row<Registro>(nameof(Registro.Excluido), Bool, NotNull, Newer, Lenient.Boolean),
        Row<Registro>(nameof(Registro.DataAtualizacao), Timestamp, OrNull, Newer, Lenient.Timestamp),

        // Tipo 4: an answered checklist (newer revision only).
        Row<Checklist>(nameof(Checklist.Id), Integer, NotNull, Newer, Lenient.Integer),
        Row<Checklist>(nameof(Checklist.Numero), Integer, OrNull, Newer, Lenient.Integer),
        Row<Checklist>(nameof(Checklist.IdQuestionario), Integer, NotNull, Newer, Lenient.Integer),
        Row<Checklist>(nameof(Checklist.NomeQuestionario), Text, NotNull, Newer, Lenient.Text),
        Row<Checklist>(
            nameof(Checklist.Situacao), ChecklistState, NotNull, Newer, Lenient.State, null, Meaning.Situacao),
        Row<Checklist>(nameof(Checklist.DataCadastro), Timestamp, NotNull, Newer, Lenient.Timestamp),
        Row<Checklist>(nameof(Checklist.DataAtualizacao), Timestamp, NotNull, Newer, Lenient.Timestamp),
        Row<Checklist>(nameof(Checklist.IdUsuario), Integer, OrNull, Newer, Lenient.Integer),
        Row<Checklist>(nameof(Checklist.NomeUsuario), Text, OrNull, Newer, Lenient.Text),
        Row<Checklist>(nameof(Checklist.IdCliente), Integer, NotNull, Newer, Lenient.Integer),
        Row<Checklist>(
            nameof(Checklist.CodigoCliente), Integer, OrNull, Newer, Lenient.Code, Note.ClientCode, Meaning.ClientCode),
        Row<Checklist>(nameof(Checklist.NomeCliente), Text, NotNull, Newer, Lenient.Text),
        Row<Checklist>(nameof(Checklist.IdServico), Integer, NotNull, Newer, Lenient.Integer),
        Row<Checklist>(
            nameof(Checklist.CodigoServico), Integer, NotNull, Newer, Lenient.Code, null, Meaning.ChecklistRecordCode),
        Row<Checklist>(nameof(Checklist.Respostas), List, NotNull, Newer, Lenient.List),

        Row<RespostaChecklist>(nameof(RespostaChecklist.NumeroSecao), Integer, OrNull, Newer, Lenient.Integer),
        Row<RespostaChecklist>(nameof(RespostaChecklist.IdQuestao), Integer, NotNull, Newer, Lenient.Integer),
        Row<RespostaChecklist>(nameof(RespostaChecklist.NumeroQuestao), Text, NotNull, Newer, Lenient.Text),
        Row<RespostaChecklist>(nameof(RespostaChecklist.NomeQuestao), Text, NotNull, Newer, Lenient.Text),
        Row<RespostaChecklist>(nameof(RespostaChecklist.IdItemQuestao), Integer, NotNull, Newer, Lenient.Integer),
        Row<RespostaChecklist>(nameof(RespostaChecklist.NumeroItemQuestao), Text, NotNull, Newer, Lenient.Text),
        Row<RespostaChecklist>(nameof(RespostaChecklist.NomeItemQuestao), Text, NotNull, Newer, Lenient.Text),
        Row<RespostaChecklist>(nameof(RespostaChecklist.Resposta), Text, NotNull, Newer, Lenient.Text),
        Row<RespostaChecklist>(nameof(RespostaChecklist.Observacao), Text, OrNull, Newer, Lenient.Text),
    ];

    private static WireField Row<TModel>(
        string property,
        WireType type,
        bool nullable,
        Revisions revisions,
        string? leniency,
        string? note = null,
        string? meaning = null)
        => new(typeof(TModel), property, type, nullable, revisions, leniency, note, meaning);

    /// <summary>What the SDK's parser accepts beyond the documented type, one sentence per kind of field.</summary>
    private static class Lenient
    {
        public const string Integer =
            "The SDK's parser also accepts a numeric string, and reads a blank string as null.";

        public const string Number =
            "The SDK's parser also accepts a numeric string (a dot for decimals), and reads a blank string as null.";

        public const string Text = "The SDK's parser also accepts a number or a boolean and keeps it as text.";

        public const string Boolean =
            "The SDK's parser also accepts \"true\" and \"false\" as strings, and reads a blank string as null.";

        public const string Timestamp =
            "The SDK's parser also accepts a date alone, fractional seconds, Z or an offset, and reads a blank "
            + "string as null; a value without an offset is read as UTC (or WebhookParserOptions.TimeZone).";

        public const string Code =
            "The SDK's parser also accepts text, and holds the code as text (a number as its digits: 1050 as "
            + "\"1050\").";

        public const string Cep =
            "The SDK's parser also accepts a string with or without the hyphen, and holds the CEP as 8 digits, "
            + "zero-padded (1310100 as \"01310100\").";

        public const string TextOrNumber = "The SDK's parser holds either as text (4.5 as \"4.5\").";

        public const string State =
            "The SDK's parser also accepts a numeric string, and keeps a number outside 0 to 2 as sent.";

        public const string List = "The SDK's parser reads a missing or null list as empty.";
    }

    /// <summary>Documented facts the models' summaries do not state.</summary>
    private static class Note
    {
        public const string ClientCode = "Checkmob's REST API documents client codes as free text.";

        public const string CheckDigits = "The documentation's own examples have invalid check digits.";

        public const string NoAddress = "Null, like every address field, when the client has no address.";

        public const string Rating =
            "The older revision sends text (\"Aguardando\"); the newer one a number or null.";
    }

    /// <summary>Meanings that replace a model summary speaking of the model's conversion, not of the wire.</summary>
    private static class Meaning
    {
        public const string ClientCode = "The client code shown in the platform (often an ERP code).";

        public const string RecordCode = "Sequential code of the record shown in the platform.";

        public const string ChecklistRecordCode = "Code of the record (Tipo 3) the checklist belongs to.";

        public const string Rating = "AI rating of the client.";

        public const string Cep =
            "Postal code (CEP) of the main address, as a number without mask: a CEP starting with 0 loses its "
            + "leading zeros (01310-100 arrives as 1310100), so it has at most 8 digits.";

        public const string Situacao = "State of the checklist: 0 partial, 1 complete, 2 to do.";
    }
}
