namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Exponential backoff with jitter: the delay after attempt <c>n</c> is <c>BaseDelay * 2^(n-1)</c>, capped at
/// <c>MaxDelay</c>, of which a random share of up to half is taken off, so that deliveries that failed together
/// (a database that went down) do not all come back at the same moment, and none comes back sooner than half its
/// delay.
/// </summary>
internal static class RetryBackoff
{
    /// <summary>The delay before the attempt after <paramref name="attempt"/>.</summary>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="baseDelay">The delay after the first attempt, before jitter.</param>
    /// <param name="maxDelay">The longest delay, before jitter.</param>
    /// <param name="random">A number from 0 (inclusive) to 1 (exclusive); the jitter.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 62);
        var delay = Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks);
        return TimeSpan.FromTicks((long)(delay * (1 - (0.5 * random))));
    }
}
