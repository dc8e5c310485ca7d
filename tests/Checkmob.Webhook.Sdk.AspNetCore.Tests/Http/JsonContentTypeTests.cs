namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

public sealed class JsonContentTypeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("application/json")]
    [InlineData("APPLICATION/JSON")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=UTF8")]
    [InlineData("application/problem+json")]
    [InlineData("text/vnd.example+json; charset=utf-8")]
    public void IsAccepted_JsonInUtf8OrNoHeader_IsTrue(string? contentType)
        => JsonContentType.IsAccepted(contentType).Should().BeTrue();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/json")]
    [InlineData("application/jsonx")]
    [InlineData("application/xml")]
    [InlineData("*/*")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=")]
    [InlineData("json")]
    public void IsAccepted_AnythingElse_IsFalse(string contentType)
        => JsonContentType.IsAccepted(contentType).Should().BeFalse();
}
