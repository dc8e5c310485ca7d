using System.Text;
using System.Text.Json.Nodes;

namespace Checkmob.Webhook.Sdk.Inbox.Tests;

/// <summary>
/// Test bodies: the vendor's documented Tipo 1 payload with its <c>IdCliente</c> changed, so every body is distinct
/// and tells the handler which delivery it is. The payload's CPF and address are what must never leak.
/// </summary>
internal static class Bodies
{
    /// <summary>The CPF in the documented payload; no error text or log line may contain it.</summary>
    public const string DocumentedCpf = "123.456.789-00";

    /// <summary>The street in the documented payload; no error text or log line may contain it.</summary>
    public const string DocumentedRua = "Rua Exemplo";

    private static readonly JsonNode Template = JsonNode.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "payloads", "documented-tipo1-cliente-criado.json")))!;

    /// <summary>A body that fails to parse (a field of the wrong type at <c>$.Data[0].IdCliente</c>).</summary>
    public static byte[] WrongType => """{"Tipo":1,"Data":[{"IdCliente":"abc"}]}"""u8.ToArray();

    public static byte[] Cliente(long idCliente)
    {
        var body = Template.DeepClone();
        body["Data"]!["IdCliente"] = idCliente;
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }
}
