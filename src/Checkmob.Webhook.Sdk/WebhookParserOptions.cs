namespace Checkmob.Webhook.Sdk;

/// <summary>Options of <see cref="WebhookParser"/>.</summary>
public sealed class WebhookParserOptions
{
    /// <summary>The default of <see cref="MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest <see cref="MaxDepth"/> that can be set.</summary>
    public const int MaxAllowedDepth = 1000;

    /// <summary>The default of <see cref="MaxBodyLength"/>: 32 MiB.</summary>
    public const int DefaultMaxBodyLength = 32 * 1024 * 1024;

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
    /// <value>
    /// <see cref="DefaultMaxDepth"/> (64); from 1 to <see cref="MaxAllowedDepth"/>.
    /// Checkmob's payloads nest four levels.
    /// </value>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>The largest body accepted, in UTF-8 bytes; a longer one is rejected before it is read whole.</summary>
    /// <value>
    /// <see cref="DefaultMaxBodyLength"/> (32 MiB), room for tens of thousands of clients in one delivery. It bounds
    /// what <see cref="IWebhookParser.ParseAsync"/> buffers from a stream, whatever length the stream claims.
    /// </value>
    public int MaxBodyLength { get; set; } = DefaultMaxBodyLength;

    /// <summary>
    /// Brasília time (<c>America/Sao_Paulo</c>) with its historical daylight saving rules, or a fixed UTC-03:00
    /// where the machine has no time-zone data.
    /// </summary>
    public static TimeZoneInfo BrasiliaTimeZone => _brasilia.Value;

    /// <summary>Every problem with these options, in words that name the option; empty when they are valid.</summary>
    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxDepth is < 1 or > MaxAllowedDepth)
        {
            problems.Add($"WebhookParserOptions.MaxDepth must be from 1 to {MaxAllowedDepth}; "
                + $"the default is {DefaultMaxDepth}.");
        }

        if (MaxBodyLength < 1 || MaxBodyLength > Array.MaxLength - 1)
        {
            problems.Add(
                "WebhookParserOptions.MaxBodyLength must be a positive number of bytes; the default is 32 MiB.");
        }

        return problems;
    }

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
