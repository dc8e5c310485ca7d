using System.Reflection;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>
/// Reads a model record with NJsonSchema's System.Text.Json generator: the properties System.Text.Json reads, their
/// C# types as JSON Schema types, and the XML documentation summaries (from the .xml file beside the assembly).
/// </summary>
internal static class ModelReader
{
    private static readonly SystemTextJsonSchemaGeneratorSettings Settings = new()
    {
        SchemaType = SchemaType.JsonSchema,
    };

    /// <summary>Describes <paramref name="model"/>.</summary>
    /// <param name="model">A model record.</param>
    /// <returns>Its summary and the properties read from the wire, in declaration order.</returns>
    /// <remarks>
    /// Properties without a public setter (computed ones) and <c>[JsonIgnore]</c> ones are not read from the wire,
    /// so they are left out; so is <c>ExtensionData</c>, which NJsonSchema turns into
    /// <c>additionalProperties</c>.
    /// </remarks>
    public static ModelShape Read(Type model)
    {
        var schema = JsonSchema.FromType(model, Settings);
        var properties = new List<ModelProperty>();
        foreach (var (name, property) in schema.Properties)
        {
            var member = model.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (member?.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var kind = KindOf(property.ActualTypeSchema);
            var element = kind == ModelKind.List ? ElementTypeOf(member.PropertyType) : null;
            properties.Add(new ModelProperty(name, property.Description ?? "", kind, element));
        }

        return new ModelShape(model, schema.Description ?? "", properties);
    }

    private static ModelKind KindOf(JsonSchema schema)
    {
        if (schema.IsEnumeration)
        {
            return ModelKind.Enumeration;
        }

        return (schema.Type & ~JsonObjectType.Null) switch
        {
            JsonObjectType.Integer => ModelKind.Integer,
            JsonObjectType.Number => ModelKind.Number,
            JsonObjectType.Boolean => ModelKind.Boolean,
            JsonObjectType.String when schema.Format == JsonFormatStrings.DateTime => ModelKind.Timestamp,
            JsonObjectType.String => ModelKind.Text,
            JsonObjectType.Array => ModelKind.List,
            _ => ModelKind.Other,
        };
    }

    private static Type? ElementTypeOf(Type listType)
        => listType.IsGenericType && listType.GetGenericArguments() is [var element] ? element : null;
}
