using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>A segment a <see cref="Cliente"/> belongs to (newer revision).</summary>
public sealed record Segmento
{
    /// <summary>Id of the segment.</summary>
    public long? IdSegmento { get; init; }

    /// <summary>Name of the segment.</summary>
    public string? Nome { get; init; }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
