namespace Checkmob.Webhook.Sdk.Inbox.Tests.Accepting;

public sealed class WebhookInboxAcceptResultTests
{
    [Fact]
    public void Constructor_RejectedWithoutParseError_ThrowsArgumentException()
    {
        var create = () => new WebhookInboxAcceptResult(WebhookInboxAcceptStatus.Rejected, 1);

        create.Should().Throw<ArgumentException>().WithParameterName("parseError");
    }

    [Fact]
    public void Constructor_StoredWithParseError_ThrowsArgumentException()
    {
        var parseError = new WebhookParseException(WebhookParseErrorKind.EmptyBody, "$", "The body is empty.");

        var create = () => new WebhookInboxAcceptResult(WebhookInboxAcceptStatus.Stored, 1, parseError);

        create.Should().Throw<ArgumentException>().WithParameterName("parseError");
    }

    [Fact]
    public void Accepted_Duplicate_True()
    {
        new WebhookInboxAcceptResult(WebhookInboxAcceptStatus.Duplicate, 7).Accepted.Should().BeTrue();
    }
}
