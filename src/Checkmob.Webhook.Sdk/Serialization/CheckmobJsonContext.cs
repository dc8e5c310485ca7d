using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Source-generated metadata of the data records: no reflection at run time, trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Cliente))]
[JsonSerializable(typeof(Registro))]
[JsonSerializable(typeof(Checklist))]
internal sealed partial class CheckmobJsonContext : JsonSerializerContext
{
}
