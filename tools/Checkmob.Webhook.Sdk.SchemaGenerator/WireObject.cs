namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>A model record that appears on the wire, and the documentation revisions that describe it.</summary>
/// <param name="Model">The model record.</param>
/// <param name="Revisions">
/// The revisions that describe the object; its fields described by all of them are required in the schema.
/// </param>
internal sealed record WireObject(Type Model, Revisions Revisions);
