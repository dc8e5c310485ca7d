using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>One log line as a provider received it: everything a sink could write.</summary>
public sealed record CapturedLog(
    string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
{
    /// <summary>The message, every structured value, the event name and the exception: what a sink may write.
    /// </summary>
    public string AllText => string.Join(
        "\n", [Category, EventId.Name ?? string.Empty, Message, .. Values, Exception ?? string.Empty]);
}
