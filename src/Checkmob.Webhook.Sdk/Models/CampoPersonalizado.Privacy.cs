using System.Text;

namespace Checkmob.Webhook.Sdk;

public sealed partial record CampoPersonalizado
{
    // ToString() ends up in logs and debugger output, so it masks the value, free text that may hold any personal
    // data. Every property is listed by hand: a new one prints only once someone decides how (a test checks the
    // list).
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new MemberPrinter(builder);
        printer.Add(nameof(IdCampo), IdCampo);
        printer.Add(nameof(Nome), Nome);
        printer.AddMasked(nameof(ValorCampo), ValorCampo);
        printer.AddCount(nameof(ExtensionData), ExtensionData);
        return printer.Printed;
    }
}
