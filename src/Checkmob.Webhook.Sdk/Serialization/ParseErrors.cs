using System.Globalization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Every message a rejected body produces, in one place. None of them carries a payload value.</summary>
internal static class ParseErrors
{
    public static WebhookParseException EmptyBody() => new(
        WebhookParseErrorKind.EmptyBody, "$", "The webhook body is empty; expected a JSON object with Tipo and Data.");

    public static WebhookParseException InvalidUtf8(SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidUtf8, "$", "The webhook body is not valid UTF-8 text.", at);

    public static WebhookParseException UnpairedSurrogate() => new(
        WebhookParseErrorKind.InvalidUtf8,
        "$",
        "The webhook body holds an unpaired surrogate character; it is not valid Unicode text.");

    public static WebhookParseException BodyTooLarge(int maxBodyLength) => new(
        WebhookParseErrorKind.BodyTooLarge,
        "$",
        string.Create(
            CultureInfo.InvariantCulture,
            $"The webhook body exceeds the {maxBodyLength} bytes allowed by WebhookParserOptions.MaxBodyLength."));

    public static WebhookParseException InvalidJson(string path, SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidJson, path, "The webhook body is not well-formed JSON.", at);

    public static WebhookParseException DepthExceeded(int maxDepth, SourcePosition at) => Create(
        WebhookParseErrorKind.DepthExceeded,
        "$",
        string.Create(
            CultureInfo.InvariantCulture,
            $"The webhook body nests deeper than the {maxDepth} levels allowed by WebhookParserOptions.MaxDepth."),
        at);

    public static WebhookParseException RootNotObject(SourcePosition at) => Create(
        WebhookParseErrorKind.RootNotObject, "$", "The webhook body must be a JSON object with Tipo and Data.", at);

    public static WebhookParseException TrailingContent(SourcePosition at) => Create(
        WebhookParseErrorKind.TrailingContent,
        "$",
        "The webhook body has content after its JSON object; expected exactly one object.",
        at);

    public static WebhookParseException MissingTipo(SourcePosition at) => Create(
        WebhookParseErrorKind.MissingTipo,
        "$.Tipo",
        "The envelope has no Tipo; expected an integer event type such as 1.",
        at);

    public static WebhookParseException NullTipo(SourcePosition at) => Create(
        WebhookParseErrorKind.MissingTipo,
        "$.Tipo",
        "Tipo is null or blank; expected an integer event type such as 1.",
        at);

    public static WebhookParseException InvalidTipo(SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidTipo,
        "$.Tipo",
        "Tipo must be an integer event type (a JSON number or a numeric string).",
        at);

    public static WebhookParseException DuplicateTipo(SourcePosition at) => Create(
        WebhookParseErrorKind.DuplicateTipo,
        "$.Tipo",
        "Tipo appears more than once in the envelope; expected exactly one.",
        at);

    public static WebhookParseException MissingData(SourcePosition at) => Create(
        WebhookParseErrorKind.MissingData,
        "$.Data",
        "The envelope has no Data; expected an object or an array of objects.",
        at);

    public static WebhookParseException NullData(SourcePosition at) => Create(
        WebhookParseErrorKind.MissingData,
        "$.Data",
        "Data is null; expected an object or an array of objects.",
        at);

    public static WebhookParseException DuplicateData(SourcePosition at) => Create(
        WebhookParseErrorKind.DuplicateData,
        "$.Data",
        "Data appears more than once in the envelope; expected exactly one.",
        at);

    public static WebhookParseException InvalidData(SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidData, "$.Data", "Data must be an object or an array of objects.", at);

    public static WebhookParseException InvalidDataItem(int index, SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidData, ItemPath(index), "Each item of Data must be an object.", at);

    public static WebhookParseException InvalidValue(string path, string expectation, SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidValue,
        path,
        string.Create(CultureInfo.InvariantCulture, $"The value at {path} is not valid: expected {expectation}."),
        at);

    public static WebhookParseException WrongJsonType(string path, SourcePosition at) => Create(
        WebhookParseErrorKind.InvalidValue,
        path,
        string.Create(CultureInfo.InvariantCulture, $"The value at {path} does not have the expected JSON type."),
        at);

    /// <summary>The path of a Data item, or of Data itself when it was sent as one object (index -1).</summary>
    public static string ItemPath(int index)
        => index < 0 ? "$.Data" : string.Create(CultureInfo.InvariantCulture, $"$.Data[{index}]");

    private static WebhookParseException Create(
        WebhookParseErrorKind kind, string path, string message, SourcePosition at)
        => new(kind, path, message, at.LineNumber, at.BytePositionInLine);
}
