using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>
/// Checks a webhook body strictly against the Checkmob webhook schemas (<see cref="CheckmobSchemas"/>): for an
/// integration test that wants what Checkmob documents, or to set aside deliveries that depart from it.
/// </summary>
/// <remarks>
/// <para>
/// A body whose <c>Tipo</c> is a documented event type is checked against that type's schema directly, so every
/// violation has the path of the offending value (<c>$.Data[0].IdCliente</c>); any other body against the
/// envelope. The schemas describe the documented wire format: the SDK's parser accepts more (numeric strings,
/// a CEP as text, property names in any case), so a body can fail here and still parse.
/// </para>
/// <para>Thread-safe. The schemas are read once, on first use.</para>
/// </remarks>
public static class CheckmobSchemaValidator
{
    private const int MaxDepth = 64;

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    /// <summary>Validates a webhook body.</summary>
    /// <param name="json">The body as received.</param>
    /// <returns>Every violation found, each with its JSON path; none when the body matches the schemas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static SchemaValidationResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        if (Read(json, out var token) is { } malformed)
        {
            return new SchemaValidationResult([malformed]);
        }

        var schemas = SchemaSet.Current;
        var schema = TipoOf(token) is { } tipo && schemas.EventSchema(tipo) is { } eventSchema
            ? eventSchema
            : schemas.Envelope;
        return new SchemaValidationResult(ViolationCollector.Collect(schema.Validate(token)));
    }

    /// <summary>Reads the body; returns the violation when it is not strict, well-formed JSON.</summary>
    private static SchemaViolation? Read(string json, out JToken token)
    {
        token = JValue.CreateNull();
        try
        {
            // System.Text.Json first: it is strict RFC 8259 (no comments, no single quotes), where Newtonsoft is not.
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (System.Text.Json.JsonException ex)
        {
            return new SchemaViolation(
                ex.Path ?? "$",
                SchemaViolationKind.InvalidJson,
                ViolationMessages.InvalidJson(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0));
        }

        // Timestamps stay text, so a pattern sees them as sent; the depth was bounded above.
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            MaxDepth = null,
        };
        try
        {
            token = JToken.ReadFrom(reader, LoadSettings);
            return null;
        }
        catch (JsonReaderException ex)
        {
            // Well-formed, so the one thing left to refuse is a repeated property name.
            return new SchemaViolation(
                ViolationCollector.JsonPath(ex.Path),
                SchemaViolationKind.InvalidJson,
                ViolationMessages.DuplicateProperty);
        }
    }

    /// <summary>The envelope's Tipo when it is an integer (Newtonsoft holds a larger one as a BigInteger).</summary>
    private static long? TipoOf(JToken token)
        => token is JObject envelope
            && envelope.TryGetValue("Tipo", out var tipo)
            && tipo is JValue { Value: long value }
                ? value
                : null;
}
