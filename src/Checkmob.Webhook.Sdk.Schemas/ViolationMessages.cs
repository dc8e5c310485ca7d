using System.Globalization;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>Every violation message, in one place. They state what the schema expects, never a payload value.</summary>
internal static class ViolationMessages
{
    public const string DuplicateProperty =
        "A property appears more than once in this object; expected each property once.";

    public const string Excluded = "The value is one the schema excludes here.";

    public const string NoMatch = "The value matches none of the alternatives the schema allows.";

    public const string Ambiguous =
        "The value matches more than one of the alternatives; the schema allows exactly one.";

    public static string InvalidJson(long lineNumber, long bytePositionInLine) => FormattableString.Invariant(
        $"The payload is not well-formed JSON (line {lineNumber + 1}, byte {bytePositionInLine + 1}).");

    public static string Expected(JsonObjectType types)
    {
        var words = new List<string>();
        AddIf(JsonObjectType.Object, "an object");
        AddIf(JsonObjectType.Array, "an array");
        AddIf(JsonObjectType.String, "a string");
        AddIf(JsonObjectType.Integer, "an integer");
        AddIf(JsonObjectType.Number, "a number");
        AddIf(JsonObjectType.Boolean, "a boolean");
        AddIf(JsonObjectType.Null, "null");
        return words.Count switch
        {
            0 => "The value has the wrong JSON type.",
            1 => $"Expected {words[0]}.",
            _ => $"Expected {string.Join(", ", words.Take(words.Count - 1))} or {words[words.Count - 1]}.",
        };

        void AddIf(JsonObjectType type, string word)
        {
            if (types.HasFlag(type))
            {
                words.Add(word);
            }
        }
    }

    public static string Missing(string? property) => $"The required property {property} is missing.";

    public static string Pattern(string? pattern) => $"Expected text matching the pattern {pattern}.";

    public static string OneOf(IEnumerable<object?>? values)
    {
        var listed = (values ?? []).Select(v => v switch
        {
            null => "null",
            string text => "\"" + text + "\"",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        });
        return $"Expected one of: {string.Join(", ", listed)}.";
    }

    public static string AtLeast(decimal? minimum)
        => FormattableString.Invariant($"Expected a number of at least {minimum}.");

    public static string AtMost(decimal? maximum)
        => FormattableString.Invariant($"Expected a number of at most {maximum}.");

    public static string Rule(ValidationErrorKind kind) => $"The value breaks the schema rule {kind}.";
}
