namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>A model property read from the wire, as NJsonSchema describes it.</summary>
/// <param name="Name">The property's name, which is also the JSON field's name.</param>
/// <param name="Summary">The property's XML documentation summary.</param>
/// <param name="Kind">What the property holds.</param>
/// <param name="ElementType">The element type of a list; null otherwise.</param>
internal sealed record ModelProperty(string Name, string Summary, ModelKind Kind, Type? ElementType);
