using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>A contact person of a <see cref="Cliente"/> (newer revision).</summary>
public sealed partial record Contato
{
    /// <summary>Id of the person.</summary>
    public long? IdPessoa { get; init; }

    /// <summary>Name of the person.</summary>
    public string? Nome { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number, as sent.</summary>
    public string? Telefone { get; init; }

    /// <summary>Mobile phone number, as sent.</summary>
    public string? Celular { get; init; }

    /// <summary>Fields this version of the SDK does not know, kept as sent; null when there are none.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
