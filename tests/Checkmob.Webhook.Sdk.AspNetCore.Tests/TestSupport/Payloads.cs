using System.Text;
using System.Text.Json.Nodes;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// Test bodies from the vendor's documented payloads (copied next to the tests by the build). The CPF and the street
/// of the Tipo 1 payload are what no answer and no log line may contain.
/// </summary>
internal static class Payloads
{
    /// <summary>The CPF in the documented Tipo 1 payload.</summary>
    public const string DocumentedCpf = "123.456.789-00";

    /// <summary>The street in the documented Tipo 1 payload.</summary>
    public const string DocumentedRua = "Rua Exemplo";

    public static IReadOnlyList<string> DocumentedFileNames { get; } =
    [
        "documented-tipo1-cliente-criado.json",
        "documented-tipo2-cliente-editado.json",
        "documented-tipo3-registro-realizado.json",
    ];

    public static byte[] Read(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>The documented Tipo 1 payload with another <c>IdCliente</c>: a distinct body per delivery.</summary>
    public static byte[] Cliente(long idCliente)
    {
        var body = JsonNode.Parse(File.ReadAllText(PathOf("documented-tipo1-cliente-criado.json")))!;
        body["Data"]!["IdCliente"] = idCliente;
        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    private static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "payloads", fileName);
}
