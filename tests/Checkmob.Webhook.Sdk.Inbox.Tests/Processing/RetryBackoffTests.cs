namespace Checkmob.Webhook.Sdk.Inbox.Tests.Processing;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(8, 1280)]
    [InlineData(9, 1800)]
    [InlineData(10, 1800)]
    public void Delay_NoJitter_DoublesFromBaseDelayUpToMaxDelay(int attempt, int seconds)
    {
        RetryBackoff.Delay(attempt, Base, Max, random: 0).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(0.5, 7.5)]
    [InlineData(0.999999, 5)]
    public void Delay_Jitter_TakesOffUpToHalf(double random, double seconds)
    {
        RetryBackoff.Delay(1, Base, Max, random)
            .Should().BeCloseTo(TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void Delay_HugeAttempt_MaxDelayWithoutOverflow()
    {
        RetryBackoff.Delay(int.MaxValue, Base, Max, random: 0).Should().Be(Max);
    }

    [Fact]
    public void Delay_DefaultOptions_TenAttemptsSpanAboutAnHour()
    {
        var options = new WebhookInboxOptions();

        var total = Enumerable.Range(1, options.MaxAttempts - 1)
            .Select(attempt => RetryBackoff.Delay(attempt, options.BaseDelay, options.MaxDelay, random: 0))
            .Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);

        total.Should().BeCloseTo(TimeSpan.FromMinutes(72.5), TimeSpan.FromMinutes(1));
    }
}
