using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads a <see cref="Cliente"/> field by field; unknown fields go to its <c>ExtensionData</c>.</summary>
internal static class ClienteReader
{
    // The order of these names is the order of the cases below.
    private static readonly PropertyNameTable Names = new(
        nameof(Cliente.IdCliente),
        nameof(Cliente.Codigo),
        nameof(Cliente.Nome),
        nameof(Cliente.RazaoSocial),
        nameof(Cliente.NomeFantasia),
        nameof(Cliente.CodigoFiscal),
        nameof(Cliente.Cnpj),
        nameof(Cliente.Cpf),
        nameof(Cliente.TipoCliente),
        nameof(Cliente.Telefone),
        nameof(Cliente.TelefoneSecundario),
        nameof(Cliente.Site),
        nameof(Cliente.Linkedin),
        nameof(Cliente.QrCode),
        nameof(Cliente.InformacoesAdicionais),
        nameof(Cliente.Responsavel),
        nameof(Cliente.EmailResponsavel),
        nameof(Cliente.TelefoneResponsavel),
        nameof(Cliente.CelularResponsavel),
        nameof(Cliente.CargoResponsavel),
        nameof(Cliente.IdUltimoServico),
        nameof(Cliente.DataProximoAcompanhamento),
        nameof(Cliente.CicloVisita),
        nameof(Cliente.AvaliacaoIA),
        nameof(Cliente.RangeCheckin),
        nameof(Cliente.IdEtapa),
        nameof(Cliente.Etapa),
        nameof(Cliente.IdSetorMercado),
        nameof(Cliente.SetorMercado),
        nameof(Cliente.IdTemperatura),
        nameof(Cliente.Temperatura),
        nameof(Cliente.IdCategoria),
        nameof(Cliente.Categoria),
        nameof(Cliente.ValorNegocio),
        nameof(Cliente.DataEsperadaFechamento),
        nameof(Cliente.Ativo),
        nameof(Cliente.CriadoMobile),
        nameof(Cliente.DataCadastro),
        nameof(Cliente.DataAtualizacao),
        nameof(Cliente.IdEndereco),
        nameof(Cliente.Rua),
        nameof(Cliente.Numero),
        nameof(Cliente.Complemento),
        nameof(Cliente.Bairro),
        nameof(Cliente.Cep),
        nameof(Cliente.Cidade),
        nameof(Cliente.Estado),
        nameof(Cliente.Pais),
        nameof(Cliente.Latitude),
        nameof(Cliente.Longitude),
        nameof(Cliente.Segmentos),
        nameof(Cliente.Contatos),
        nameof(Cliente.CampoPersonalizado));

    public static Cliente Read(ref Utf8JsonReader reader, in ReadScope scope)
    {
        long? idCliente = null;
        string? codigo = null;
        string? nome = null;
        string? razaoSocial = null;
        string? nomeFantasia = null;
        string? codigoFiscal = null;
        string? cnpj = null;
        string? cpf = null;
        string? tipoCliente = null;
        string? telefone = null;
        string? telefoneSecundario = null;
        string? site = null;
        string? linkedin = null;
        string? qrCode = null;
        string? informacoesAdicionais = null;
        string? responsavel = null;
        string? emailResponsavel = null;
        string? telefoneResponsavel = null;
        string? celularResponsavel = null;
        string? cargoResponsavel = null;
        long? idUltimoServico = null;
        DateTimeOffset? dataProximoAcompanhamento = null;
        long? cicloVisita = null;
        string? avaliacaoIA = null;
        long? rangeCheckin = null;
        long? idEtapa = null;
        string? etapa = null;
        long? idSetorMercado = null;
        string? setorMercado = null;
        long? idTemperatura = null;
        string? temperatura = null;
        long? idCategoria = null;
        string? categoria = null;
        decimal? valorNegocio = null;
        DateTimeOffset? dataEsperadaFechamento = null;
        bool? ativo = null;
        bool? criadoMobile = null;
        DateTimeOffset? dataCadastro = null;
        DateTimeOffset? dataAtualizacao = null;
        long? idEndereco = null;
        string? rua = null;
        string? numero = null;
        string? complemento = null;
        string? bairro = null;
        string? cep = null;
        string? cidade = null;
        string? estado = null;
        string? pais = null;
        double? latitude = null;
        double? longitude = null;
        List<Segmento>? segmentos = null;
        List<Contato>? contatos = null;
        List<CampoPersonalizado>? campoPersonalizado = null;
        Dictionary<string, JsonElement>? extensionData = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Names.Find(ref reader);
            if (property < 0)
            {
                ValueReader.Extension(ref reader, scope, ref extensionData);
                continue;
            }

            reader.Read();
            switch (property)
            {
                case 0:
                    idCliente = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdCliente));
                    break;
                case 1:
                    codigo = ValueReader.String(ref reader, scope, nameof(Cliente.Codigo));
                    break;
                case 2:
                    nome = ValueReader.String(ref reader, scope, nameof(Cliente.Nome));
                    break;
                case 3:
                    razaoSocial = ValueReader.String(ref reader, scope, nameof(Cliente.RazaoSocial));
                    break;
                case 4:
                    nomeFantasia = ValueReader.String(ref reader, scope, nameof(Cliente.NomeFantasia));
                    break;
                case 5:
                    codigoFiscal = ValueReader.String(ref reader, scope, nameof(Cliente.CodigoFiscal));
                    break;
                case 6:
                    cnpj = ValueReader.String(ref reader, scope, nameof(Cliente.Cnpj));
                    break;
                case 7:
                    cpf = ValueReader.String(ref reader, scope, nameof(Cliente.Cpf));
                    break;
                case 8:
                    tipoCliente = ValueReader.String(ref reader, scope, nameof(Cliente.TipoCliente));
                    break;
                case 9:
                    telefone = ValueReader.String(ref reader, scope, nameof(Cliente.Telefone));
                    break;
                case 10:
                    telefoneSecundario = ValueReader.String(ref reader, scope, nameof(Cliente.TelefoneSecundario));
                    break;
                case 11:
                    site = ValueReader.String(ref reader, scope, nameof(Cliente.Site));
                    break;
                case 12:
                    linkedin = ValueReader.String(ref reader, scope, nameof(Cliente.Linkedin));
                    break;
                case 13:
                    qrCode = ValueReader.String(ref reader, scope, nameof(Cliente.QrCode));
                    break;
                case 14:
                    informacoesAdicionais = ValueReader.String(
                        ref reader, scope, nameof(Cliente.InformacoesAdicionais));
                    break;
                case 15:
                    responsavel = ValueReader.String(ref reader, scope, nameof(Cliente.Responsavel));
                    break;
                case 16:
                    emailResponsavel = ValueReader.String(ref reader, scope, nameof(Cliente.EmailResponsavel));
                    break;
                case 17:
                    telefoneResponsavel = ValueReader.String(ref reader, scope, nameof(Cliente.TelefoneResponsavel));
                    break;
                case 18:
                    celularResponsavel = ValueReader.String(ref reader, scope, nameof(Cliente.CelularResponsavel));
                    break;
                case 19:
                    cargoResponsavel = ValueReader.String(ref reader, scope, nameof(Cliente.CargoResponsavel));
                    break;
                case 20:
                    idUltimoServico = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdUltimoServico));
                    break;
                case 21:
                    dataProximoAcompanhamento = ValueReader.Timestamp(
                        ref reader, scope, nameof(Cliente.DataProximoAcompanhamento));
                    break;
                case 22:
                    cicloVisita = ValueReader.Int64(ref reader, scope, nameof(Cliente.CicloVisita));
                    break;
                case 23:
                    avaliacaoIA = ValueReader.String(ref reader, scope, nameof(Cliente.AvaliacaoIA));
                    break;
                case 24:
                    rangeCheckin = ValueReader.Int64(ref reader, scope, nameof(Cliente.RangeCheckin));
                    break;
                case 25:
                    idEtapa = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdEtapa));
                    break;
                case 26:
                    etapa = ValueReader.String(ref reader, scope, nameof(Cliente.Etapa));
                    break;
                case 27:
                    idSetorMercado = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdSetorMercado));
                    break;
                case 28:
                    setorMercado = ValueReader.String(ref reader, scope, nameof(Cliente.SetorMercado));
                    break;
                case 29:
                    idTemperatura = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdTemperatura));
                    break;
                case 30:
                    temperatura = ValueReader.String(ref reader, scope, nameof(Cliente.Temperatura));
                    break;
                case 31:
                    idCategoria = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdCategoria));
                    break;
                case 32:
                    categoria = ValueReader.String(ref reader, scope, nameof(Cliente.Categoria));
                    break;
                case 33:
                    valorNegocio = ValueReader.Decimal(ref reader, scope, nameof(Cliente.ValorNegocio));
                    break;
                case 34:
                    dataEsperadaFechamento = ValueReader.Timestamp(
                        ref reader, scope, nameof(Cliente.DataEsperadaFechamento));
                    break;
                case 35:
                    ativo = ValueReader.Boolean(ref reader, scope, nameof(Cliente.Ativo));
                    break;
                case 36:
                    criadoMobile = ValueReader.Boolean(ref reader, scope, nameof(Cliente.CriadoMobile));
                    break;
                case 37:
                    dataCadastro = ValueReader.Timestamp(ref reader, scope, nameof(Cliente.DataCadastro));
                    break;
                case 38:
                    dataAtualizacao = ValueReader.Timestamp(ref reader, scope, nameof(Cliente.DataAtualizacao));
                    break;
                case 39:
                    idEndereco = ValueReader.Int64(ref reader, scope, nameof(Cliente.IdEndereco));
                    break;
                case 40:
                    rua = ValueReader.String(ref reader, scope, nameof(Cliente.Rua));
                    break;
                case 41:
                    numero = ValueReader.String(ref reader, scope, nameof(Cliente.Numero));
                    break;
                case 42:
                    complemento = ValueReader.String(ref reader, scope, nameof(Cliente.Complemento));
                    break;
                case 43:
                    bairro = ValueReader.String(ref reader, scope, nameof(Cliente.Bairro));
                    break;
                case 44:
                    cep = ValueReader.Cep(ref reader, scope, nameof(Cliente.Cep));
                    break;
                case 45:
                    cidade = ValueReader.String(ref reader, scope, nameof(Cliente.Cidade));
                    break;
                case 46:
                    estado = ValueReader.String(ref reader, scope, nameof(Cliente.Estado));
                    break;
                case 47:
                    pais = ValueReader.String(ref reader, scope, nameof(Cliente.Pais));
                    break;
                case 48:
                    latitude = ValueReader.Double(ref reader, scope, nameof(Cliente.Latitude));
                    break;
                case 49:
                    longitude = ValueReader.Double(ref reader, scope, nameof(Cliente.Longitude));
                    break;
                case 50:
                    segmentos = ValueReader.List(ref reader, scope, nameof(Cliente.Segmentos), SegmentoReader.Read);
                    break;
                case 51:
                    contatos = ValueReader.List(ref reader, scope, nameof(Cliente.Contatos), ContatoReader.Read);
                    break;
                case 52:
                    campoPersonalizado = ValueReader.List(
                        ref reader, scope, nameof(Cliente.CampoPersonalizado), CampoPersonalizadoReader.Read);
                    break;
            }
        }

        return new Cliente
        {
            IdCliente = idCliente,
            Codigo = codigo,
            Nome = nome,
            RazaoSocial = razaoSocial,
            NomeFantasia = nomeFantasia,
            CodigoFiscal = codigoFiscal,
            Cnpj = cnpj,
            Cpf = cpf,
            TipoCliente = tipoCliente,
            Telefone = telefone,
            TelefoneSecundario = telefoneSecundario,
            Site = site,
            Linkedin = linkedin,
            QrCode = qrCode,
            InformacoesAdicionais = informacoesAdicionais,
            Responsavel = responsavel,
            EmailResponsavel = emailResponsavel,
            TelefoneResponsavel = telefoneResponsavel,
            CelularResponsavel = celularResponsavel,
            CargoResponsavel = cargoResponsavel,
            IdUltimoServico = idUltimoServico,
            DataProximoAcompanhamento = dataProximoAcompanhamento,
            CicloVisita = cicloVisita,
            AvaliacaoIA = avaliacaoIA,
            RangeCheckin = rangeCheckin,
            IdEtapa = idEtapa,
            Etapa = etapa,
            IdSetorMercado = idSetorMercado,
            SetorMercado = setorMercado,
            IdTemperatura = idTemperatura,
            Temperatura = temperatura,
            IdCategoria = idCategoria,
            Categoria = categoria,
            ValorNegocio = valorNegocio,
            DataEsperadaFechamento = dataEsperadaFechamento,
            Ativo = ativo,
            CriadoMobile = criadoMobile,
            DataCadastro = dataCadastro,
            DataAtualizacao = dataAtualizacao,
            IdEndereco = idEndereco,
            Rua = rua,
            Numero = numero,
            Complemento = complemento,
            Bairro = bairro,
            Cep = cep,
            Cidade = cidade,
            Estado = estado,
            Pais = pais,
            Latitude = latitude,
            Longitude = longitude,
            Segmentos = segmentos,
            Contatos = contatos,
            CampoPersonalizado = campoPersonalizado,
            ExtensionData = extensionData,
        };
    }
}
