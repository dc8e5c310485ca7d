namespace Checkmob.Webhook.Sdk.Inbox.Tests;

public sealed class WebhookInboxOptionsTests
{
    public static TheoryData<string, Action<WebhookInboxOptions>> InvalidValues => new()
    {
        { nameof(WebhookInboxOptions.MaxAttempts), options => options.MaxAttempts = 0 },
        { nameof(WebhookInboxOptions.MaxAttempts), options => options.MaxAttempts = 1001 },
        { nameof(WebhookInboxOptions.BaseDelay), options => options.BaseDelay = TimeSpan.Zero },
        { nameof(WebhookInboxOptions.MaxDelay), options => options.MaxDelay = TimeSpan.FromSeconds(1) },
        { nameof(WebhookInboxOptions.LeaseDuration), options => options.LeaseDuration = TimeSpan.FromSeconds(0.9) },
        { nameof(WebhookInboxOptions.AttemptTimeout), options => options.AttemptTimeout = TimeSpan.Zero },
        { nameof(WebhookInboxOptions.PollInterval), options => options.PollInterval = TimeSpan.Zero },
        { nameof(WebhookInboxOptions.PollInterval), options => options.PollInterval = TimeSpan.FromHours(2) },
        { nameof(WebhookInboxOptions.BatchSize), options => options.BatchSize = 0 },
        { nameof(WebhookInboxOptions.MaxConcurrency), options => options.MaxConcurrency = 0 },
        { nameof(WebhookInboxOptions.MaxConcurrency), options => options.MaxConcurrency = 11 },
        { nameof(WebhookInboxOptions.DuplicateWindow), options => options.DuplicateWindow = TimeSpan.FromTicks(-1) },
        { nameof(WebhookInboxOptions.RetentionPeriod), options => options.RetentionPeriod = TimeSpan.FromMinutes(30) },
        { nameof(WebhookInboxOptions.InstanceName), options => options.InstanceName = " " },
    };

    [Fact]
    public void Validate_Defaults_NoProblem()
    {
        new WebhookInboxOptions().Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_NoRetention_NoProblem()
    {
        new WebhookInboxOptions { RetentionPeriod = null }.Validate().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Validate_InvalidValue_OneProblemNamingTheOption(string option, Action<WebhookInboxOptions> change)
    {
        var options = new WebhookInboxOptions();
        change(options);

        options.Validate().Should().ContainSingle().Which.Should().StartWith($"WebhookInboxOptions.{option} ");
    }

    [Fact]
    public void Validate_SeveralInvalidValues_EveryProblemReported()
    {
        var options = new WebhookInboxOptions
        {
            MaxAttempts = 0,
            BaseDelay = TimeSpan.Zero,
            PollInterval = TimeSpan.Zero,
        };

        options.Validate().Should().HaveCount(3);
    }
}
