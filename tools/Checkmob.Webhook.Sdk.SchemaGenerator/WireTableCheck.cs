using System.Globalization;

namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>Checks that the wire table and the models agree, reporting every disagreement together.</summary>
internal static class WireTableCheck
{
    /// <summary>Throws unless every model property has exactly one row and every row names a model property.</summary>
    /// <param name="events">The event types.</param>
    /// <param name="objects">The objects on the wire.</param>
    /// <param name="fields">The rows.</param>
    /// <param name="shapes">The models as NJsonSchema reads them, by model type.</param>
    /// <exception cref="InvalidOperationException">The table and the models disagree, as the message says.</exception>
    public static void Verify(
        IReadOnlyList<WireEvent> events,
        IReadOnlyList<WireObject> objects,
        IReadOnlyList<WireField> fields,
        IReadOnlyDictionary<Type, ModelShape> shapes)
    {
        var problems = new List<string>();
        var objectRevisions = objects.ToDictionary(o => o.Model, o => o.Revisions);
        foreach (var wireEvent in events)
        {
            CheckEvent(wireEvent, objectRevisions, problems);
        }

        foreach (var shape in shapes.Values)
        {
            CheckModel(shape, fields, objectRevisions, problems);
        }

        var seen = new HashSet<(Type, string)>();
        foreach (var row in fields)
        {
            CheckRow(row, shapes, objectRevisions, seen, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The wire table (tools/Checkmob.Webhook.Sdk.SchemaGenerator/WireTable.cs) and the models disagree; "
                + "add, fix or remove the rows so that every model property has exactly one:"
                + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
        }
    }

    private static void CheckEvent(WireEvent wireEvent, Dictionary<Type, Revisions> objects, List<string> problems)
    {
        var item = SchemaGenerator.ItemTypeOf(wireEvent.Event);
        if (item is null)
        {
            problems.Add($"{wireEvent.Event.Name} has no Data list of objects.");
        }
        else if (!objects.ContainsKey(item))
        {
            problems.Add($"{wireEvent.Event.Name} carries {item.Name}, which is not in WireTable.Objects.");
        }

        if (!Enum.IsDefined(typeof(TipoEvento), wireEvent.Tipo)
            || ((TipoEvento)wireEvent.Tipo).ToString() != wireEvent.Event.Name)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Tipo {wireEvent.Tipo} is not TipoEvento.{wireEvent.Event.Name}."));
        }
    }

    private static void CheckModel(
        ModelShape shape, IReadOnlyList<WireField> fields, Dictionary<Type, Revisions> objects, List<string> problems)
    {
        if (shape.Summary.Length == 0)
        {
            problems.Add($"{shape.Model.Name} has no XML summary: is Checkmob.Webhook.Sdk.xml beside the assembly?");
        }

        foreach (var property in shape.Properties)
        {
            if (!fields.Any(f => f.Model == shape.Model && f.Property == property.Name))
            {
                problems.Add($"{shape.Model.Name}.{property.Name} has no row.");
            }

            var listsUnknownObjects = property.Kind == ModelKind.List
                && (property.ElementType is null || !objects.ContainsKey(property.ElementType));
            if (listsUnknownObjects)
            {
                problems.Add($"{shape.Model.Name}.{property.Name} lists objects that are not in WireTable.Objects.");
            }
        }
    }

    private static void CheckRow(
        WireField row,
        IReadOnlyDictionary<Type, ModelShape> shapes,
        Dictionary<Type, Revisions> objects,
        HashSet<(Type, string)> seen,
        List<string> problems)
    {
        var name = $"{row.Model.Name}.{row.Property}";
        if (!seen.Add((row.Model, row.Property)))
        {
            problems.Add($"{name} has more than one row.");
        }

        var property = shapes.TryGetValue(row.Model, out var shape)
            ? shape.Properties.FirstOrDefault(p => p.Name == row.Property)
            : null;
        if (property is null)
        {
            problems.Add($"The row {name} names no property read from the wire.");
            return;
        }

        if (!Holds(property.Kind, row.Type))
        {
            problems.Add($"{name}: the model's {property.Kind} cannot hold the wire's {row.Type}.");
        }

        if ((row.Revisions & ~objects[row.Model]) != 0)
        {
            problems.Add($"{name} is documented by revisions that do not document {row.Model.Name}.");
        }

        if (row.Meaning is null && property.Summary.Length == 0)
        {
            problems.Add($"{name} has no XML summary and no meaning in its row.");
        }
    }

    /// <summary>Whether a model property of <paramref name="kind"/> can hold a <paramref name="wire"/> value.</summary>
    private static bool Holds(ModelKind kind, WireType wire) => wire switch
    {
        WireType.Integer => kind is ModelKind.Integer or ModelKind.Text,
        WireType.Number => kind is ModelKind.Number or ModelKind.Text,
        WireType.Bool => kind is ModelKind.Boolean or ModelKind.Text,
        WireType.Text or WireType.TextOrNumber or WireType.Cep => kind is ModelKind.Text,
        WireType.Timestamp => kind is ModelKind.Timestamp,
        WireType.ChecklistState => kind is ModelKind.Enumeration,
        WireType.List => kind is ModelKind.List,
        _ => false,
    };
}
