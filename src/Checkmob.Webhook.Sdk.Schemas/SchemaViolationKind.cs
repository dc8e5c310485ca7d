namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>What a <see cref="SchemaViolation"/> found wrong.</summary>
public enum SchemaViolationKind
{
    /// <summary>A rule this enumeration does not name; the message says which.</summary>
    Other = 0,

    /// <summary>The payload is not well-formed JSON (or repeats a property name within an object).</summary>
    InvalidJson = 1,

    /// <summary>A value has another JSON type than documented (a string where an integer belongs).</summary>
    WrongType = 2,

    /// <summary>A required property is missing.</summary>
    MissingProperty = 3,

    /// <summary>A string does not have the documented form (a timestamp with an offset, for example).</summary>
    PatternMismatch = 4,

    /// <summary>A value is not among the documented ones (a checklist state of 7, for example).</summary>
    NotAllowedValue = 5,

    /// <summary>A number is out of the documented range (a CEP of more than 8 digits, for example).</summary>
    OutOfRange = 6,

    /// <summary>A value matches none, or more than one, of the alternatives the schema allows.</summary>
    NoMatchingSchema = 7,
}
