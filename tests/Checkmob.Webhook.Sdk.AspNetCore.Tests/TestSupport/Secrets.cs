namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>Test secrets: long enough to be accepted, and easy to find in a log line if one ever leaked.</summary>
internal static class Secrets
{
    public const string Primary = "primary-secret-0123456789abcdefghijklmnop";

    public const string Rotated = "rotated-secret-9876543210zyxwvutsrqponmlk";
}
