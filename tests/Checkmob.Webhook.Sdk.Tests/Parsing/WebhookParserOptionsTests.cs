namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>The defaults and the Brasília zone of <see cref="WebhookParserOptions"/>.</summary>
public class WebhookParserOptionsTests
{
    [Fact]
    public void Constructor_Defaults_AreUtcAndSixtyFourLevels()
    {
        var options = new WebhookParserOptions();

        options.TimeZone.Should().BeNull();
        options.MaxDepth.Should().Be(WebhookParserOptions.DefaultMaxDepth).And.Be(64);
    }

    [Fact]
    public void BrasiliaTimeZone_Today_IsUtcMinusThreeWithoutDaylightSavingTime()
    {
        var zone = WebhookParserOptions.BrasiliaTimeZone;

        zone.Should().BeSameAs(WebhookParserOptions.BrasiliaTimeZone);
        zone.GetUtcOffset(new DateTime(2025, 1, 15, 12, 0, 0, DateTimeKind.Unspecified)).TotalHours.Should().Be(-3);
        zone.GetUtcOffset(new DateTime(2025, 7, 15, 12, 0, 0, DateTimeKind.Unspecified)).TotalHours.Should().Be(-3);
    }
}
