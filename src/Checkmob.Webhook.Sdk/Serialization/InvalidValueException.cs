using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Thrown by the tolerant converters for a value of the wrong type. System.Text.Json fills in the path and position;
/// <see cref="WebhookParser"/> turns it into a <see cref="WebhookParseException"/>. Never carries the value.
/// </summary>
internal sealed class InvalidValueException : JsonException
{
    public InvalidValueException(string expectation)
        : base(expectation)
    {
        Expectation = expectation;
    }

    /// <summary>What the field accepts, in words, e.g. "an integer (a JSON number or a numeric string) or null".</summary>
    public string Expectation { get; }
}
