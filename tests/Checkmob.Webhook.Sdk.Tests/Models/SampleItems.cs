namespace Checkmob.Webhook.Sdk.Tests.Models;

/// <summary>The first item of a sample payload in samples/payloads, parsed.</summary>
internal static class SampleItems
{
    public static Cliente Cliente(string fileName) => WebhookParser.Parse(Payloads.Read(fileName)) switch
    {
        ClienteCriado criado => criado.Data[0],
        ClienteEditado editado => editado.Data[0],
        var other => throw new InvalidOperationException($"{fileName} holds a {other.GetType().Name}, not clients."),
    };

    public static Registro Registro(string fileName)
        => ((RegistroRealizado)WebhookParser.Parse(Payloads.Read(fileName))).Data[0];

    public static Checklist Checklist(string fileName)
        => ((ChecklistRespondido)WebhookParser.Parse(Payloads.Read(fileName))).Data[0];
}
