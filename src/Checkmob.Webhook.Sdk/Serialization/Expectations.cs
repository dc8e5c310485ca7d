namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>What each tolerant converter accepts, in the words error messages use.</summary>
internal static class Expectations
{
    public const string Integer = "an integer (a JSON number or a numeric string) or null";
    public const string Number = "a number (a JSON number or a numeric string with a dot for decimals) or null";
    public const string Boolean = "true or false (as JSON or as a string) or null";
    public const string Timestamp = "an ISO 8601 date or timestamp such as 2025-06-04T16:00:00, or null";
    public const string Text = "a string, a number, a boolean or null";
    public const string UnicodeText = "text without unpaired surrogate escapes such as \\uD800";
    public const string Cep =
        "a CEP: a number of up to 8 digits, or a string such as 01310100, 01310-100 or 01.310-100, or null";
    public const string ListOfObjects = "an array of objects, or null";
    public const string Object = "an object or null";
    public const string Situacao = "an integer checklist state (0 partial, 1 complete, 2 to do) or null";
}
