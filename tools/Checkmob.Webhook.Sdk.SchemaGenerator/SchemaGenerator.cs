using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Namotion.Reflection;

namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>
/// Writes the JSON Schemas (draft-07) of the Checkmob webhook: the envelope, which selects the event's schema by
/// <c>Tipo</c>, and one schema per event type. Properties, their order and their meanings come from the SDK's models
/// through NJsonSchema; wire types, nullability, revisions and leniency come from <see cref="WireTable"/>.
/// </summary>
internal static partial class SchemaGenerator
{
    /// <summary>The envelope schema's file name.</summary>
    public const string EnvelopeFileName = "checkmob-webhook.schema.json";

    /// <summary>The documented timestamp: ISO 8601 without fraction and without offset.</summary>
    public const string TimestampPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$";

    private const string Draft07 = "http://json-schema.org/draft-07/schema#";
    private const long MaxCep = 99_999_999;

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Generates every schema file from the models and <see cref="WireTable"/>.</summary>
    /// <returns>The envelope first, then one file per event type in <c>Tipo</c> order.</returns>
    /// <exception cref="InvalidOperationException">The table and the models disagree.</exception>
    public static IReadOnlyList<SchemaFile> Generate()
        => Generate(WireTable.Events, WireTable.Objects, WireTable.Fields);

    /// <summary>Generates every schema file from the models and the given table.</summary>
    /// <param name="events">The event types.</param>
    /// <param name="objects">The objects on the wire.</param>
    /// <param name="fields">One row per model property.</param>
    /// <returns>The envelope first, then one file per event type in <c>Tipo</c> order.</returns>
    /// <exception cref="InvalidOperationException">The table and the models disagree.</exception>
    public static IReadOnlyList<SchemaFile> Generate(
        IReadOnlyList<WireEvent> events, IReadOnlyList<WireObject> objects, IReadOnlyList<WireField> fields)
    {
        var shapes = objects.ToDictionary(o => o.Model, o => ModelReader.Read(o.Model));
        WireTableCheck.Verify(events, objects, fields, shapes);

        var table = new Table(objects.ToDictionary(o => o.Model, o => o.Revisions), fields, shapes);
        var files = new List<SchemaFile> { Write(EnvelopeFileName, Envelope(events)) };
        foreach (var wireEvent in events.OrderBy(e => e.Tipo))
        {
            files.Add(Write(wireEvent.FileName, Event(wireEvent, table)));
        }

        return files;
    }

    /// <summary>The item type of an event record's <c>Data</c> list; null when it has none.</summary>
    /// <param name="eventType">An event record such as <see cref="ClienteCriado"/>.</param>
    /// <returns>The item type, such as <see cref="Cliente"/>.</returns>
    public static Type? ItemTypeOf(Type eventType)
    {
        var data = eventType.GetProperty("Data")?.PropertyType;
        return data is { IsGenericType: true } && data.GetGenericArguments() is [var item] ? item : null;
    }

    private static SchemaFile Write(string fileName, JsonObject schema)
        => new(fileName, schema.ToJsonString(Output) + "\n");

    private static JsonObject Envelope(IReadOnlyList<WireEvent> events)
    {
        var branches = new JsonArray();
        foreach (var wireEvent in events.OrderBy(e => e.Tipo))
        {
            branches.Add(new JsonObject { ["$ref"] = wireEvent.FileName });
        }

        var known = new JsonArray(events.OrderBy(e => e.Tipo).Select(e => (JsonNode?)e.Tipo).ToArray());
        branches.Add(new JsonObject
        {
            ["description"] = "A Tipo these schemas do not describe: only the envelope's own rules apply.",
            ["properties"] = new JsonObject
            {
                ["Tipo"] = new JsonObject { ["not"] = new JsonObject { ["enum"] = known } },
            },
        });

        return new JsonObject
        {
            ["$schema"] = Draft07,
            ["$id"] = EnvelopeFileName,
            ["title"] = "Checkmob webhook",
            ["description"] = WireTable.Envelope,
            ["type"] = "object",
            ["required"] = new JsonArray("Tipo", "Data"),
            ["properties"] = new JsonObject
            {
                ["Tipo"] = new JsonObject { ["description"] = WireTable.Tipo, ["type"] = "integer" },
                ["Data"] = new JsonObject
                {
                    ["description"] = WireTable.Data,
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["type"] = "object" },
                        new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } }),
                },
            },
            ["additionalProperties"] = true,
            ["oneOf"] = branches,
        };
    }

    private static JsonObject Event(WireEvent wireEvent, Table table)
    {
        var item = ItemTypeOf(wireEvent.Event)!;
        var reference = Definition(item);
        var definitions = new JsonObject();
        foreach (var model in table.Reachable(item))
        {
            definitions[model.Name] = table.Object(model);
        }

        return new JsonObject
        {
            ["$schema"] = Draft07,
            ["$id"] = wireEvent.FileName,
            ["title"] = $"Tipo {wireEvent.Tipo}: {wireEvent.Event.Name}",
            ["description"] = Join(wireEvent.Event.GetXmlDocsSummary(), wireEvent.Note),
            ["type"] = "object",
            ["required"] = new JsonArray("Tipo", "Data"),
            ["properties"] = new JsonObject
            {
                ["Tipo"] = new JsonObject
                {
                    ["description"] = string.Create(
                        CultureInfo.InvariantCulture,
                        $"The event type, {wireEvent.Tipo} for this event. {WireTable.TipoLeniency}"),
                    ["type"] = "integer",
                    ["enum"] = new JsonArray(wireEvent.Tipo),
                },
                ["Data"] = new JsonObject
                {
                    ["description"] = WireTable.Data,
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["$ref"] = reference },
                        new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = reference } }),
                },
            },
            ["additionalProperties"] = true,
            ["definitions"] = definitions,
        };
    }

    private static string Definition(Type model) => "#/definitions/" + model.Name;

    private static string Join(params string?[] sentences)
        => string.Join(" ", sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));

    [GeneratedRegex(@";\s*empty when absent[^.]*\.", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyWhenAbsent();

    /// <summary>The checked table, indexed for writing the object schemas.</summary>
    private sealed class Table(
        Dictionary<Type, Revisions> objects, IReadOnlyList<WireField> fields, Dictionary<Type, ModelShape> shapes)
    {
        private const string BothRequired =
            "The fields both revisions document are required; those only the newer revision documents are "
            + "optional, so payloads of the older revision validate.";

        private const string AllRequired = "Every documented field is required.";

        private const string Open = "Fields not listed are allowed, since Checkmob adds fields without notice.";

        /// <summary>The model and the models its lists hold, depth first, each once.</summary>
        public List<Type> Reachable(Type root)
        {
            var found = new List<Type>();
            var pending = new Stack<Type>([root]);
            while (pending.TryPop(out var model))
            {
                if (found.Contains(model))
                {
                    continue;
                }

                found.Add(model);
                foreach (var element in shapes[model].Properties.Select(p => p.ElementType).OfType<Type>().Reverse())
                {
                    pending.Push(element);
                }
            }

            return found;
        }

        public JsonObject Object(Type model)
        {
            var shape = shapes[model];
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var property in shape.Properties)
            {
                var row = fields.Single(f => f.Model == model && f.Property == property.Name);
                properties[property.Name] = Property(row, property);
                if ((objects[model] & ~row.Revisions) == 0)
                {
                    required.Add(property.Name);
                }
            }

            return new JsonObject
            {
                ["description"] = Join(
                    shape.Summary, objects[model] == Revisions.Both ? BothRequired : AllRequired, Open),
                ["type"] = "object",
                ["required"] = required,
                ["properties"] = properties,
                ["additionalProperties"] = true,
            };
        }

        private static JsonObject Property(WireField row, ModelProperty property)
        {
            var schema = new JsonObject
            {
                ["description"] = Join(
                    row.Meaning ?? ModelMeaning(property.Summary),
                    row.Type == WireType.Timestamp ? WireTable.TimestampForm : null,
                    row.Note,
                    Revision(row),
                    row.Leniency),
            };
            switch (row.Type)
            {
                case WireType.Integer:
                    schema["type"] = Type(row, "integer");
                    break;
                case WireType.Number:
                    schema["type"] = Type(row, "number");
                    break;
                case WireType.Text:
                    schema["type"] = Type(row, "string");
                    break;
                case WireType.Bool:
                    schema["type"] = Type(row, "boolean");
                    break;
                case WireType.Timestamp:
                    schema["type"] = Type(row, "string");
                    schema["pattern"] = TimestampPattern;
                    break;
                case WireType.Cep:
                    schema["type"] = Type(row, "integer");
                    schema["minimum"] = 0;
                    schema["maximum"] = MaxCep;
                    break;
                case WireType.TextOrNumber:
                    // Alternatives rather than a union "type": Ajv's strict mode warns about union types.
                    var alternatives = row.Nullable ? new[] { "string", "number", "null" } : ["string", "number"];
                    schema["anyOf"] = new JsonArray(
                        alternatives.Select(t => (JsonNode?)new JsonObject { ["type"] = t }).ToArray());
                    break;
                case WireType.ChecklistState:
                    schema["type"] = Type(row, "integer");
                    schema["enum"] = row.Nullable ? new JsonArray(0, 1, 2, null) : new JsonArray(0, 1, 2);
                    break;
                case WireType.List:
                    schema["type"] = Type(row, "array");
                    schema["items"] = new JsonObject { ["$ref"] = Definition(property.ElementType!) };
                    break;
                default:
                    throw new InvalidOperationException($"{row.Model.Name}.{row.Property}: unknown wire type.");
            }

            return schema;
        }

        private static JsonNode Type(WireField row, string type)
            => row.Nullable ? new JsonArray(type, "null") : type;

        private static string Revision(WireField row) => row.Revisions switch
        {
            Revisions.Both => "Documented in both revisions.",
            Revisions.Newer => "Documented in the newer revision only.",
            _ => "Documented in the older revision only.",
        };

        /// <summary>
        /// The model's summary without what speaks of the model: "Newer revision." (restated precisely from the
        /// table) and "; empty when absent, ..." (a parser matter, stated in the leniency).
        /// </summary>
        private static string ModelMeaning(string summary)
        {
            var text = EmptyWhenAbsent().Replace(summary.Trim(), ".");
            const string newer = " Newer revision.";
            return text.EndsWith(newer, StringComparison.Ordinal) ? text[..^newer.Length] : text;
        }
    }
}
