namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>A model record as NJsonSchema describes it: its summary and the properties read from the wire.</summary>
/// <param name="Model">The model record.</param>
/// <param name="Summary">The record's XML documentation summary.</param>
/// <param name="Properties">The properties read from the wire, in declaration order.</param>
internal sealed record ModelShape(Type Model, string Summary, IReadOnlyList<ModelProperty> Properties);
