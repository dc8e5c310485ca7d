using NJsonSchema;

namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>The embedded schemas read by NJsonSchema, once per process.</summary>
internal sealed class SchemaSet
{
    private static readonly Lazy<SchemaSet> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<long, JsonSchema> _events;

    private SchemaSet(JsonSchema envelope, Dictionary<long, JsonSchema> events)
    {
        Envelope = envelope;
        _events = events;
    }

    public static SchemaSet Current => Loaded.Value;

    /// <summary>The envelope, which selects the event's schema by Tipo.</summary>
    public JsonSchema Envelope { get; }

    /// <summary>The schema of one event type; null for a Tipo the schemas do not describe.</summary>
    public JsonSchema? EventSchema(long tipo) => _events.TryGetValue(tipo, out var schema) ? schema : null;

    /// <summary>Reads one embedded schema file, resolving its references to the other embedded files.</summary>
    public static Task<JsonSchema> LoadAsync(string fileName, CancellationToken cancellationToken)
    {
        // NJsonSchema resolves a relative $ref against the document path: a bare file name keeps it among ours.
        return JsonSchema.FromJsonAsync(
            CheckmobSchemas.GetText(fileName),
            fileName,
            schema => new EmbeddedSchemaResolver(schema),
            cancellationToken);
    }

    private static SchemaSet Load()
    {
        // NJsonSchema reads schemas asynchronously only; the files are in memory, so this waits on no I/O, and
        // Task.Run keeps a caller's synchronization context out of it.
        return Task.Run(LoadAllAsync).GetAwaiter().GetResult();
    }

    private static async Task<SchemaSet> LoadAllAsync()
    {
        var envelope = await LoadAsync(CheckmobSchemas.EnvelopeFileName, CancellationToken.None).ConfigureAwait(false);
        var events = new Dictionary<long, JsonSchema>();
        for (var tipo = 1; CheckmobSchemas.GetEventFileName(tipo) is { } fileName; tipo++)
        {
            events[tipo] = await LoadAsync(fileName, CancellationToken.None).ConfigureAwait(false);
        }

        return new SchemaSet(envelope, events);
    }
}
