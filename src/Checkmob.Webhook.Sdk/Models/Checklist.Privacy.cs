using System.Text;

namespace Checkmob.Webhook.Sdk;

public sealed partial record Checklist
{
    // ToString() ends up in logs and debugger output, so it masks nothing of its own, and its answers print as a
    // count. Every property is listed by hand: a new one prints only once someone decides how (a test checks the
    // list).
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new MemberPrinter(builder);
        printer.Add(nameof(Id), Id);
        printer.Add(nameof(Numero), Numero);
        printer.Add(nameof(IdQuestionario), IdQuestionario);
        printer.Add(nameof(NomeQuestionario), NomeQuestionario);
        printer.Add(nameof(Situacao), Situacao);
        printer.Add(nameof(DataCadastro), DataCadastro);
        printer.Add(nameof(DataAtualizacao), DataAtualizacao);
        printer.Add(nameof(IdUsuario), IdUsuario);
        printer.Add(nameof(NomeUsuario), NomeUsuario);
        printer.Add(nameof(IdCliente), IdCliente);
        printer.Add(nameof(CodigoCliente), CodigoCliente);
        printer.Add(nameof(NomeCliente), NomeCliente);
        printer.Add(nameof(IdServico), IdServico);
        printer.Add(nameof(CodigoServico), CodigoServico);
        printer.AddCount(nameof(Respostas), Respostas);
        printer.AddCount(nameof(ExtensionData), ExtensionData);
        return printer.Printed;
    }
}
