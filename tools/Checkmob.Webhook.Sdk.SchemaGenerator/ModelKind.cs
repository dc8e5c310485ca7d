namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>What a model property holds, as NJsonSchema describes its C# type.</summary>
internal enum ModelKind
{
    /// <summary>Anything the other kinds do not name.</summary>
    Other,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A floating-point or decimal number.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>Text.</summary>
    Text,

    /// <summary>A date and time.</summary>
    Timestamp,

    /// <summary>An enumeration with integer values.</summary>
    Enumeration,

    /// <summary>A list of objects.</summary>
    List,
}
