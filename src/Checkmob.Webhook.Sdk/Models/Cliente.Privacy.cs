using System.Text;

namespace Checkmob.Webhook.Sdk;

public sealed partial record Cliente
{
    // ToString() ends up in logs and debugger output, so it masks the tax ids, phones, e-mail, web addresses,
    // street, number, complement, coordinates and free text. Every property is listed by hand: a new one prints only
    // once someone decides how (a test checks the list).
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new MemberPrinter(builder);
        printer.Add(nameof(IdCliente), IdCliente);
        printer.Add(nameof(Codigo), Codigo);
        printer.Add(nameof(Nome), Nome);
        printer.Add(nameof(RazaoSocial), RazaoSocial);
        printer.Add(nameof(NomeFantasia), NomeFantasia);
        printer.AddMasked(nameof(CodigoFiscal), CodigoFiscal);
        printer.AddMasked(nameof(Cnpj), Cnpj);
        printer.AddMasked(nameof(Cpf), Cpf);
        printer.Add(nameof(TipoCliente), TipoCliente);
        printer.AddMasked(nameof(Telefone), Telefone);
        printer.AddMasked(nameof(TelefoneSecundario), TelefoneSecundario);
        printer.AddMasked(nameof(Site), Site);
        printer.AddMasked(nameof(Linkedin), Linkedin);
        printer.Add(nameof(QrCode), QrCode);
        printer.AddMasked(nameof(InformacoesAdicionais), InformacoesAdicionais);
        printer.Add(nameof(Responsavel), Responsavel);
        printer.AddMasked(nameof(EmailResponsavel), EmailResponsavel);
        printer.AddMasked(nameof(TelefoneResponsavel), TelefoneResponsavel);
        printer.AddMasked(nameof(CelularResponsavel), CelularResponsavel);
        printer.Add(nameof(CargoResponsavel), CargoResponsavel);
        printer.Add(nameof(IdUltimoServico), IdUltimoServico);
        printer.Add(nameof(DataProximoAcompanhamento), DataProximoAcompanhamento);
        printer.Add(nameof(CicloVisita), CicloVisita);
        printer.Add(nameof(AvaliacaoIA), AvaliacaoIA);
        printer.Add(nameof(RangeCheckin), RangeCheckin);
        printer.Add(nameof(IdEtapa), IdEtapa);
        printer.Add(nameof(Etapa), Etapa);
        printer.Add(nameof(IdSetorMercado), IdSetorMercado);
        printer.Add(nameof(SetorMercado), SetorMercado);
        printer.Add(nameof(IdTemperatura), IdTemperatura);
        printer.Add(nameof(Temperatura), Temperatura);
        printer.Add(nameof(IdCategoria), IdCategoria);
        printer.Add(nameof(Categoria), Categoria);
        printer.Add(nameof(ValorNegocio), ValorNegocio);
        printer.Add(nameof(DataEsperadaFechamento), DataEsperadaFechamento);
        printer.Add(nameof(Ativo), Ativo);
        printer.Add(nameof(CriadoMobile), CriadoMobile);
        printer.Add(nameof(DataCadastro), DataCadastro);
        printer.Add(nameof(DataAtualizacao), DataAtualizacao);
        printer.Add(nameof(IdEndereco), IdEndereco);
        printer.AddMasked(nameof(Rua), Rua);
        printer.AddMasked(nameof(Numero), Numero);
        printer.AddMasked(nameof(Complemento), Complemento);
        printer.Add(nameof(Bairro), Bairro);
        printer.Add(nameof(Cep), Cep);
        printer.Add(nameof(Cidade), Cidade);
        printer.Add(nameof(Estado), Estado);
        printer.Add(nameof(Pais), Pais);
        printer.AddMasked(nameof(Latitude), Latitude);
        printer.AddMasked(nameof(Longitude), Longitude);
        printer.AddCount(nameof(Segmentos), Segmentos);
        printer.AddCount(nameof(Contatos), Contatos);
        printer.AddCount(nameof(CampoPersonalizado), CampoPersonalizado);
        printer.Add(nameof(TaxIdKind), TaxIdKind.ToString());
        printer.AddMasked(nameof(TaxId), TaxId);
        printer.AddCount(nameof(ExtensionData), ExtensionData);
        return printer.Printed;
    }
}
