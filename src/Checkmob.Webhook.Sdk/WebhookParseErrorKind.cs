namespace Checkmob.Webhook.Sdk;

/// <summary>What was wrong with a webhook body that <see cref="IWebhookParser"/> rejected.</summary>
/// <remarks>
/// A host can map every kind to an HTTP 400; an inbox can store it as the reason a delivery was rejected.
/// </remarks>
public enum WebhookParseErrorKind
{
    /// <summary>The body is empty or only white space.</summary>
    EmptyBody = 1,

    /// <summary>The body is not valid UTF-8 (or, given as a string, holds an unpaired surrogate).</summary>
    InvalidUtf8 = 2,

    /// <summary>The body is not well-formed JSON.</summary>
    InvalidJson = 3,

    /// <summary>The JSON nests deeper than <see cref="WebhookParserOptions.MaxDepth"/>.</summary>
    DepthExceeded = 4,

    /// <summary>The JSON root is not an object.</summary>
    RootNotObject = 5,

    /// <summary>Something follows the root object.</summary>
    TrailingContent = 6,

    /// <summary><c>Tipo</c> is missing or null.</summary>
    MissingTipo = 7,

    /// <summary><c>Tipo</c> is not an integer.</summary>
    InvalidTipo = 8,

    /// <summary><c>Tipo</c> appears more than once.</summary>
    DuplicateTipo = 9,

    /// <summary><c>Data</c> is missing or null.</summary>
    MissingData = 10,

    /// <summary><c>Data</c> appears more than once.</summary>
    DuplicateData = 11,

    /// <summary><c>Data</c> is neither an object nor an array of objects.</summary>
    InvalidData = 12,

    /// <summary>A field inside <c>Data</c> has a value of the wrong type.</summary>
    InvalidValue = 13,

    /// <summary>The body is longer than <see cref="WebhookParserOptions.MaxBodyLength"/>.</summary>
    BodyTooLarge = 14,
}
