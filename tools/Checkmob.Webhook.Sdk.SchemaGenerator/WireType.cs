namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>A field's JSON on the wire, as Checkmob documents it (not what the SDK's parser also accepts).</summary>
internal enum WireType
{
    /// <summary>A JSON integer.</summary>
    Integer,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON string.</summary>
    Text,

    /// <summary>A JSON boolean.</summary>
    Bool,

    /// <summary>A JSON string <c>yyyy-MM-ddTHH:mm:ss</c>, without offset, in UTC.</summary>
    Timestamp,

    /// <summary>A JSON integer of at most 8 digits: a CEP without mask and without its leading zeros.</summary>
    Cep,

    /// <summary>A JSON string in one revision and a JSON number in the other.</summary>
    TextOrNumber,

    /// <summary>A JSON integer among the checklist states 0, 1 and 2.</summary>
    ChecklistState,

    /// <summary>A JSON array of objects of the property's element type.</summary>
    List,
}
