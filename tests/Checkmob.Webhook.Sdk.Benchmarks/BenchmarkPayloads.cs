using System.Text;

namespace Checkmob.Webhook.Sdk.Benchmarks;

/// <summary>The three payloads of the yardstick: documented Tipo 1, documented Tipo 3, and 1,000 clients in one Data.</summary>
public static class BenchmarkPayloads
{
    public const string Tipo1 = "Tipo1";
    public const string Tipo3 = "Tipo3";
    public const string Batch1000 = "Batch1000";

    public static byte[] Load(string name) => name switch
    {
        Tipo1 => Read("documented-tipo1-cliente-criado.json"),
        Tipo3 => Read("documented-tipo3-registro-realizado.json"),
        Batch1000 => Batch(1000),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown payload."),
    };

    /// <summary>The documented client repeated with distinct ids: about 800 KB for 1,000 clients.</summary>
    public static byte[] Batch(int count)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Read("documented-tipo1-cliente-criado.json"))!;
        var cliente = document["Data"]!.ToJsonString();
        var builder = new StringBuilder("{\"Tipo\":1,\"Data\":[");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(cliente.Replace("12345678,", $"{12345678 + i},", StringComparison.Ordinal));
        }

        return Encoding.UTF8.GetBytes(builder.Append("]}").ToString());
    }

    /// <summary>A batch of documented clients just over <paramref name="bytes"/> long.</summary>
    public static byte[] BatchOfAbout(int bytes)
    {
        var one = Batch(1).Length;
        return Batch((bytes / one) + 1);
    }

    private static byte[] Read(string fileName)
        => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "payloads", fileName));
}
