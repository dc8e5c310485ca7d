namespace Checkmob.Webhook.Sdk;

/// <summary>Options of the webhook inbox: retries, leases, polling, duplicates and retention.</summary>
/// <remarks>
/// Validated once, at start-up (or by the constructor of <see cref="WebhookInboxProcessor"/> and
/// <see cref="WebhookInboxWriter"/>), with every problem reported together. With the defaults, a delivery whose
/// handler keeps failing is tried 10 times over about an hour before it is dead-lettered.
/// </remarks>
public sealed class WebhookInboxOptions
{
    /// <summary>The largest <see cref="MaxAttempts"/>.</summary>
    public const int MaxAllowedAttempts = 1000;

    /// <summary>The largest <see cref="BatchSize"/>.</summary>
    public const int MaxAllowedBatchSize = 1000;

    /// <summary>The largest <see cref="MaxConcurrency"/>.</summary>
    public const int MaxAllowedConcurrency = 64;

    /// <summary>Whether this instance runs the background processor.</summary>
    /// <value>
    /// True, the default. Set it to false on an instance that only accepts deliveries while another instance,
    /// sharing the store, processes them.
    /// </value>
    public bool EnableProcessor { get; set; } = true;

    /// <summary>How many attempts a delivery gets before it is dead-lettered.</summary>
    /// <value>10 by default; from 1 to <see cref="MaxAllowedAttempts"/>.</value>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The delay before the first retry; each later one doubles, up to <see cref="MaxDelay"/>.</summary>
    /// <value>10 seconds by default. A random jitter takes up to half of each delay off.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest delay between two attempts.</summary>
    /// <value>30 minutes by default; at least <see cref="BaseDelay"/>.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a claim lasts before another processor may take the delivery over.</summary>
    /// <value>
    /// 1 minute by default; at least 1 second. The processor renews the lease every third of it while a handler
    /// runs, so a slow handler keeps its claim; a crashed processor's deliveries are picked up once it expires.
    /// </value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one attempt (parsing and every handler) may run before it is cancelled, as failed.</summary>
    /// <value>5 minutes by default; more than zero.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the processor waits before it looks again when nothing was due.</summary>
    /// <value>
    /// 1 second by default; from 1 millisecond to 1 hour. A delivery accepted in the same process wakes the
    /// processor at once; this interval matters for deliveries stored by other processes and for retries.
    /// </value>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many deliveries the processor claims at a time.</summary>
    /// <value>10 by default; from 1 to <see cref="MaxAllowedBatchSize"/>.</value>
    public int BatchSize { get; set; } = 10;

    /// <summary>How many claimed deliveries the processor dispatches at the same time.</summary>
    /// <value>
    /// 1, the default: one at a time, in the order received. More makes handlers run concurrently and out of order;
    /// from 1 to <see cref="MaxAllowedConcurrency"/>, and no more than <see cref="BatchSize"/>.
    /// </value>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>
    /// How far back an identical body (same SHA-256) makes a delivery a duplicate, stored and processed once.
    /// </summary>
    /// <value>
    /// 1 hour by default; <see cref="TimeSpan.Zero"/> stores every delivery. Checkmob's bodies carry the update time,
    /// so two identical bodies are the same notification sent twice (a proxy's retry, say); keep the window short
    /// so that a notification the vendor resends on purpose, days later, is processed again.
    /// </value>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long done deliveries are kept before the processor deletes them.</summary>
    /// <value>
    /// 7 days by default; null keeps them forever. At least <see cref="DuplicateWindow"/>. Dead-lettered and rejected
    /// deliveries are never deleted on their own: replay or delete them.
    /// </value>
    public TimeSpan? RetentionPeriod { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The name of this processor in claims (<see cref="WebhookDelivery.ClaimedBy"/>) and logs.</summary>
    /// <value>Null, the default: the machine name, the process id and a random suffix.</value>
    public string? InstanceName { get; set; }

    /// <summary>Every problem with these options, in words that name the option; empty when they are valid.</summary>
    internal List<string> Validate()
    {
        var problems = new List<string>();
        if (MaxAttempts is < 1 or > MaxAllowedAttempts)
        {
            problems.Add($"WebhookInboxOptions.MaxAttempts must be from 1 to {MaxAllowedAttempts}; the default is 10.");
        }

        if (BaseDelay <= TimeSpan.Zero)
        {
            problems.Add("WebhookInboxOptions.BaseDelay must be more than zero; the default is 10 seconds.");
        }

        if (MaxDelay < BaseDelay || MaxDelay > TimeSpan.FromDays(1))
        {
            problems.Add("WebhookInboxOptions.MaxDelay must be from BaseDelay to 1 day; the default is 30 minutes.");
        }

        if (LeaseDuration < TimeSpan.FromSeconds(1) || LeaseDuration > TimeSpan.FromDays(1))
        {
            problems.Add("WebhookInboxOptions.LeaseDuration must be from 1 second to 1 day; the default is 1 minute.");
        }

        if (AttemptTimeout <= TimeSpan.Zero || AttemptTimeout > TimeSpan.FromDays(1))
        {
            problems.Add(
                "WebhookInboxOptions.AttemptTimeout must be more than zero and at most 1 day; the default is 5 "
                + "minutes.");
        }

        if (PollInterval < TimeSpan.FromMilliseconds(1) || PollInterval > TimeSpan.FromHours(1))
        {
            problems.Add(
                "WebhookInboxOptions.PollInterval must be from 1 millisecond to 1 hour; the default is 1 second.");
        }

        if (BatchSize is < 1 or > MaxAllowedBatchSize)
        {
            problems.Add($"WebhookInboxOptions.BatchSize must be from 1 to {MaxAllowedBatchSize}; the default is 10.");
        }

        var batchSizeValid = BatchSize is >= 1 and <= MaxAllowedBatchSize;
        if (MaxConcurrency < 1
            || MaxConcurrency > MaxAllowedConcurrency
            || (batchSizeValid && MaxConcurrency > BatchSize))
        {
            problems.Add(
                $"WebhookInboxOptions.MaxConcurrency must be from 1 to {MaxAllowedConcurrency} and at most BatchSize; "
                + "the default is 1.");
        }

        if (DuplicateWindow < TimeSpan.Zero)
        {
            problems.Add(
                "WebhookInboxOptions.DuplicateWindow must be zero (no duplicate check) or more; the default is 1 "
                + "hour.");
        }

        if (RetentionPeriod is { } retention && (retention <= TimeSpan.Zero || retention < DuplicateWindow))
        {
            problems.Add(
                "WebhookInboxOptions.RetentionPeriod must be null (keep done deliveries) or at least DuplicateWindow, "
                + "so that duplicates are still recognised; the default is 7 days.");
        }

        if (InstanceName is not null && (InstanceName.Length is 0 or > 200 || string.IsNullOrWhiteSpace(InstanceName)))
        {
            problems.Add(
                "WebhookInboxOptions.InstanceName must be null or from 1 to 200 characters, not all white space.");
        }

        return problems;
    }

    /// <summary>Throws when the options are not valid, naming every problem.</summary>
    internal void ThrowIfInvalid(string parameterName)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), parameterName);
        }
    }

    /// <summary>A copy, so that a processor is not changed by later changes to the options it was given.</summary>
    internal WebhookInboxOptions Clone() => (WebhookInboxOptions)MemberwiseClone();
}
