namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>One row of <see cref="WireTable"/>: what the generator cannot learn from a model property.</summary>
/// <param name="Model">The model record declaring the property.</param>
/// <param name="Property">The property's name, which is also the JSON field's name.</param>
/// <param name="Type">The JSON type on the wire.</param>
/// <param name="Nullable">Whether the documentation says the field may be null.</param>
/// <param name="Revisions">The documentation revisions that describe the field.</param>
/// <param name="Leniency">What the SDK's parser accepts beyond the documented type; null when nothing.</param>
/// <param name="Note">A documented fact the model's summary does not state; null when none.</param>
/// <param name="Meaning">Replaces the model's summary when that speaks of the model rather than the wire.</param>
internal sealed record WireField(
    Type Model,
    string Property,
    WireType Type,
    bool Nullable,
    Revisions Revisions,
    string? Leniency,
    string? Note = null,
    string? Meaning = null);
