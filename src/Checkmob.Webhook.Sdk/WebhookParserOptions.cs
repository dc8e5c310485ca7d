namespace Checkmob.Webhook.Sdk;

/// <summary>Options of <see cref="WebhookParser"/>.</summary>
public sealed class WebhookParserOptions
{
    /// <summary>The largest nesting the parser accepts before it rejects a body.</summary>
    public const int DefaultMaxDepth = 64;

    private static readonly Lazy<TimeZoneInfo> _brasilia = new(FindBrasilia);

    /// <summary>
    /// The time zone of timestamps sent without an offset (the documented form, such as <c>2025-06-04T16:00:00</c>).
    /// </summary>
    /// <value>Null, the default: such timestamps are UTC, as the newer Checkmob documentation states.</value>
    /// <remarks>
    /// Set it for accounts that send local time, for example <see cref="BrasiliaTimeZone"/>. The zone's rules for each
    /// date apply (daylight saving time included). Timestamps that carry an offset or <c>Z</c> keep it.
    /// </remarks>
    public TimeZoneInfo? TimeZone { get; set; }

    /// <summary>The largest JSON nesting accepted; deeper bodies are rejected.</summary>
    /// <value><see cref="DefaultMaxDepth"/> (64). Checkmob's payloads nest four levels.</value>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>
    /// Brasília time (<c>America/Sao_Paulo</c>) with its historical daylight saving rules, or a fixed UTC-03:00
    /// where the machine has no time-zone data.
    /// </summary>
    public static TimeZoneInfo BrasiliaTimeZone => _brasilia.Value;

    private static TimeZoneInfo FindBrasilia()
    {
        foreach (var id in (ReadOnlySpan<string>)["America/Sao_Paulo", "E. South America Standard Time"])
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Try the next id; the fixed offset below is the last resort.
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone(
            "America/Sao_Paulo", TimeSpan.FromHours(-3), "Brasília (UTC-03:00)", "Brasília");
    }
}
