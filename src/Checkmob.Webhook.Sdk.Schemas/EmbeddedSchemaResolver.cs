using NJsonSchema;
using NJsonSchema.References;

namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>
/// Resolves the envelope's <c>$ref</c> to the event schemas from the embedded files, so loading never reaches the
/// file system or the network.
/// </summary>
internal sealed class EmbeddedSchemaResolver : JsonReferenceResolver
{
    public EmbeddedSchemaResolver(JsonSchema root)
        : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
    }

    public override async Task<IJsonReference> ResolveFileReferenceAsync(
        string filePath, CancellationToken cancellationToken = default)
    {
        return await SchemaSet.LoadAsync(Path.GetFileName(filePath), cancellationToken).ConfigureAwait(false);
    }

    public override Task<IJsonReference> ResolveUrlReferenceAsync(
        string url, CancellationToken cancellationToken = default)
    {
        throw new InvalidOperationException(
            "The embedded Checkmob webhook schemas refer to each other by file name only; a URL reference means "
            + "the embedded files are not the generated ones.");
    }
}
