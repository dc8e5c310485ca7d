namespace Checkmob.Webhook.Sdk.Inbox.Tests.Sqlite;

public sealed class SqliteWebhookInboxOptionsTests
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public void Validate_PathSet_NoProblem()
    {
        new SqliteWebhookInboxOptions { Path = "inbox.db" }.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_NoPathAndNoTimeout_EveryProblemReported()
    {
        var problems = new SqliteWebhookInboxOptions { BusyTimeout = TimeSpan.Zero }.Validate();

        problems.Should().HaveCount(2);
        problems.Should().ContainSingle(problem => problem.StartsWith("SqliteWebhookInboxOptions.Path ", Ordinal));
        problems.Should()
            .ContainSingle(problem => problem.StartsWith("SqliteWebhookInboxOptions.BusyTimeout ", Ordinal));
    }
}
