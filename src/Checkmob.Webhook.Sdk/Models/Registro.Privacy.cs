using System.Text;

namespace Checkmob.Webhook.Sdk;

public sealed partial record Registro
{
    // ToString() ends up in logs and debugger output, so it masks the coordinates, the approximate address and free
    // text (note, instructions, rejection reason). Every property is listed by hand: a new one prints only once
    // someone decides how (a test checks the list).
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new MemberPrinter(builder);
        printer.Add(nameof(Id), Id);
        printer.Add(nameof(Codigo), Codigo);
        printer.Add(nameof(IdCliente), IdCliente);
        printer.Add(nameof(NomeCliente), NomeCliente);
        printer.Add(nameof(CodigoCliente), CodigoCliente);
        printer.Add(nameof(IdPessoa), IdPessoa);
        printer.Add(nameof(NomePessoa), NomePessoa);
        printer.Add(nameof(IdGrupo), IdGrupo);
        printer.Add(nameof(NomeGrupo), NomeGrupo);
        printer.Add(nameof(IdSegmento), IdSegmento);
        printer.Add(nameof(NomeSegmento), NomeSegmento);
        printer.Add(nameof(IdOrdemServico), IdOrdemServico);
        printer.Add(nameof(IdObjetivo), IdObjetivo);
        printer.Add(nameof(NomeObjetivo), NomeObjetivo);
        printer.AddMasked(nameof(Observacao), Observacao);
        printer.AddMasked(nameof(Instrucoes), Instrucoes);
        printer.AddMasked(nameof(EnderecoAproximado), EnderecoAproximado);
        printer.Add(nameof(IdUsuario), IdUsuario);
        printer.Add(nameof(NomeUsuario), NomeUsuario);
        printer.AddMasked(nameof(Latitude), Latitude);
        printer.AddMasked(nameof(Longitude), Longitude);
        printer.Add(nameof(DataCheckIn), DataCheckIn);
        printer.Add(nameof(DataCheckOut), DataCheckOut);
        printer.Add(nameof(IdStatus), IdStatus);
        printer.Add(nameof(NomeStatus), NomeStatus);
        printer.Add(nameof(DataAlteracaoStatus), DataAlteracaoStatus);
        printer.AddMasked(nameof(MotivoReprovacao), MotivoReprovacao);
        printer.Add(nameof(Incompleto), Incompleto);
        printer.Add(nameof(CheckoutForcado), CheckoutForcado);
        printer.Add(nameof(DataEnvio), DataEnvio);
        printer.Add(nameof(IdUsuarioCriador), IdUsuarioCriador);
        printer.Add(nameof(Agendado), Agendado);
        printer.Add(nameof(DataInicioEsperada), DataInicioEsperada);
        printer.Add(nameof(DataConclusaoEsperada), DataConclusaoEsperada);
        printer.Add(nameof(Ativo), Ativo);
        printer.Add(nameof(Excluido), Excluido);
        printer.Add(nameof(DataAtualizacao), DataAtualizacao);
        printer.AddCount(nameof(ExtensionData), ExtensionData);
        return printer.Printed;
    }
}
