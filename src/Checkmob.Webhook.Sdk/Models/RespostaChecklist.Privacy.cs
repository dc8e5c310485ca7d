using System.Text;

namespace Checkmob.Webhook.Sdk;

public sealed partial record RespostaChecklist
{
    // ToString() ends up in logs and debugger output, so it masks the typed answer (a selectable item's true/false
    // is kept) and the note. Every property is listed by hand: a new one prints only once someone decides how (a
    // test checks the list).
    private bool PrintMembers(StringBuilder builder)
    {
        var printer = new MemberPrinter(builder);
        printer.Add(nameof(NumeroSecao), NumeroSecao);
        printer.Add(nameof(IdQuestao), IdQuestao);
        printer.Add(nameof(NumeroQuestao), NumeroQuestao);
        printer.Add(nameof(NomeQuestao), NomeQuestao);
        printer.Add(nameof(IdItemQuestao), IdItemQuestao);
        printer.Add(nameof(NumeroItemQuestao), NumeroItemQuestao);
        printer.Add(nameof(NomeItemQuestao), NomeItemQuestao);
        if (Resposta is "true" or "false")
        {
            printer.Add(nameof(Resposta), Resposta);
        }
        else
        {
            printer.AddMasked(nameof(Resposta), Resposta);
        }

        printer.AddMasked(nameof(Observacao), Observacao);
        printer.AddCount(nameof(ExtensionData), ExtensionData);
        return printer.Printed;
    }
}
