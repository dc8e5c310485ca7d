using System.Text.Json;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>A problem details answer, read back: its media type, its members, and its raw text.</summary>
internal sealed record Problem(string? MediaType, string Text, JsonElement Json)
{
    public int Status => Json.GetProperty("status").GetInt32();

    public string? Member(string name) => Json.TryGetProperty(name, out var value) ? value.ToString() : null;

    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new Problem(response.Content.Headers.ContentType?.MediaType, text, document.RootElement.Clone());
    }
}
