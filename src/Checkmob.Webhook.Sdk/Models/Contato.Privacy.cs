using System.Text;

namespace Checkmob.Webhook.Sdk;

public sealed partial record Contato
{
    // ToString() ends up in logs and debugger output, so it masks the e-mail and the phones. Every property is
    // listed by hand: a new one prints only once someone decides how (a test checks the list).
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new MemberPrinter(builder);
        printer.Add(nameof(IdPessoa), IdPessoa);
        printer.Add(nameof(Nome), Nome);
        printer.AddMasked(nameof(Email), Email);
        printer.AddMasked(nameof(Telefone), Telefone);
        printer.AddMasked(nameof(Celular), Celular);
        printer.AddCount(nameof(ExtensionData), ExtensionData);
        return printer.Printed;
    }
}
