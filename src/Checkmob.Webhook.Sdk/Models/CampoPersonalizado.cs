using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>A custom field value of a <see cref="Cliente"/>.</summary>
public sealed partial record CampoPersonalizado
{
    /// <summary>Id of the custom field. Newer revision.</summary>
    public long? IdCampo { get; init; }

    /// <summary>Name of the custom field.</summary>
    public string? Nome { get; init; }

    /// <summary>
    /// The value, always text typed by a person: free text, the chosen option's name, or a date written day first
    /// (<c>10/06/2025</c> in the older revision, <c>10/06/2025 00:00:00</c> in the newer).
    /// </summary>
    public string? ValorCampo { get; init; }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
