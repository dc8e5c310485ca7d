using NJsonSchema;
using NJsonSchema.Validation;
using Kind = NJsonSchema.Validation.ValidationErrorKind;

namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>
/// Turns NJsonSchema's error tree into the violations a person would name: the errors of the alternative the payload
/// evidently meant (for <c>oneOf</c>, <c>anyOf</c> and multi-type schemas), nothing below a value of the wrong
/// type, each violation once, with JSON paths (<c>$.Data[0].IdCliente</c>, not <c>#/Data[0].IdCliente</c>).
/// </summary>
internal static class ViolationCollector
{
    public static List<SchemaViolation> Collect(IEnumerable<ValidationError> errors)
    {
        var found = new List<SchemaViolation>();
        foreach (var error in errors)
        {
            Add(error, found);
        }

        return Tidy(found);
    }

    /// <summary>Converts an NJsonSchema path (<c>#/Data[0].IdCliente</c>) or a Newtonsoft one to a JSON path.</summary>
    public static string JsonPath(string? path)
    {
        var rest = (path ?? "").TrimStart('#').TrimStart('/');
        if (rest.Length == 0)
        {
            return "$";
        }

        return rest[0] == '[' ? "$" + rest : "$." + rest;
    }

    private static void Add(ValidationError error, List<SchemaViolation> found)
    {
        switch (error)
        {
            case ChildSchemaValidationError { Kind: Kind.NotOneOf or Kind.NotAnyOf } choice:
                AddChosenAlternative(choice, found);
                break;
            case ChildSchemaValidationError child when child.Errors.Values.Any(e => e.Count > 0):
                // An array item, an allOf part: the wrapper says nothing its children do not.
                foreach (var inner in child.Errors.Values.SelectMany(e => e))
                {
                    Add(inner, found);
                }

                break;
            case MultiTypeValidationError multi:
                AddMatchingType(multi, found);
                break;
            default:
                found.Add(Violation(error));
                break;
        }
    }

    /// <summary>
    /// For a failed <c>oneOf</c> or <c>anyOf</c>, reports the alternative the payload meant: one whose type it has,
    /// whose discriminator (an enumerated property such as <c>Tipo</c>) it matches, with the fewest violations.
    /// </summary>
    private static void AddChosenAlternative(ChildSchemaValidationError choice, List<SchemaViolation> found)
    {
        var path = JsonPath(choice.Path);
        if (choice.Errors.Count == 0 || choice.Errors.Values.Any(e => e.Count == 0))
        {
            // An alternative passed, so the oneOf failed because more than one did.
            found.Add(new SchemaViolation(path, SchemaViolationKind.NoMatchingSchema, ViolationMessages.Ambiguous));
            return;
        }

        var alternatives = choice.Errors.Select(e => (Schema: e.Key, Violations: Collect(e.Value))).ToList();
        var typed = alternatives.Where(a => !a.Violations.Any(v => IsWrongTypeAt(v, path))).ToList();
        if (typed.Count == 0)
        {
            var types = alternatives.Aggregate(JsonObjectType.None, (all, a) => all | a.Schema.ActualSchema.Type);
            found.Add(new SchemaViolation(path, SchemaViolationKind.WrongType, ViolationMessages.Expected(types)));
            return;
        }

        var discriminated = typed.Where(a => !a.Violations.Any(v => IsDiscriminatorOf(v, path))).ToList();
        var candidates = discriminated.Count > 0 ? discriminated : typed;
        var fewest = candidates.Min(a => a.Violations.Count);
        found.AddRange(candidates.Where(a => a.Violations.Count == fewest).SelectMany(a => a.Violations));
    }

    /// <summary>For a value against a multi-type schema (<c>["integer", "null"]</c>), its own type's errors.</summary>
    private static void AddMatchingType(MultiTypeValidationError multi, List<SchemaViolation> found)
    {
        var path = JsonPath(multi.Path);
        var matching = multi.Errors.Values
            .Select(Collect)
            .Where(violations => !violations.Any(v => IsWrongTypeAt(v, path)))
            .ToList();
        if (matching.Count == 0)
        {
            var types = multi.Errors.Keys.Aggregate(JsonObjectType.None, (all, type) => all | type);
            found.Add(new SchemaViolation(path, SchemaViolationKind.WrongType, ViolationMessages.Expected(types)));
            return;
        }

        found.AddRange(matching.SelectMany(v => v));
    }

    private static SchemaViolation Violation(ValidationError error)
    {
        var path = JsonPath(error.Path);
        var schema = error.Schema;
        return error.Kind switch
        {
            Kind.StringExpected => WrongType(path, JsonObjectType.String),
            Kind.NumberExpected => WrongType(path, JsonObjectType.Number),
            Kind.IntegerExpected => WrongType(path, JsonObjectType.Integer),
            Kind.BooleanExpected => WrongType(path, JsonObjectType.Boolean),
            Kind.ObjectExpected => WrongType(path, JsonObjectType.Object),
            Kind.ArrayExpected => WrongType(path, JsonObjectType.Array),
            Kind.NullExpected => WrongType(path, JsonObjectType.Null),
            Kind.PropertyRequired => new(
                path, SchemaViolationKind.MissingProperty, ViolationMessages.Missing(error.Property)),
            Kind.PatternMismatch => new(
                path, SchemaViolationKind.PatternMismatch, ViolationMessages.Pattern(schema?.Pattern)),
            Kind.NotInEnumeration => new(
                path, SchemaViolationKind.NotAllowedValue, ViolationMessages.OneOf(schema?.Enumeration)),
            Kind.ExcludedSchemaValidates => new(path, SchemaViolationKind.NotAllowedValue, ViolationMessages.Excluded),
            Kind.NumberTooSmall => new(
                path, SchemaViolationKind.OutOfRange, ViolationMessages.AtLeast(schema?.Minimum)),
            Kind.NumberTooBig => new(
                path, SchemaViolationKind.OutOfRange, ViolationMessages.AtMost(schema?.Maximum)),
            Kind.NotOneOf or Kind.NotAnyOf or Kind.NotAllOf => new(
                path, SchemaViolationKind.NoMatchingSchema, ViolationMessages.NoMatch),
            _ => new(path, SchemaViolationKind.Other, ViolationMessages.Rule(error.Kind)),
        };
    }

    private static SchemaViolation WrongType(string path, JsonObjectType expected)
        => new(path, SchemaViolationKind.WrongType, ViolationMessages.Expected(expected));

    private static bool IsWrongTypeAt(SchemaViolation violation, string path)
        => violation.Kind == SchemaViolationKind.WrongType && violation.Path == path;

    /// <summary>Whether the violation is a direct property of <paramref name="path"/> out of its enum.</summary>
    private static bool IsDiscriminatorOf(SchemaViolation violation, string path)
        => violation.Kind == SchemaViolationKind.NotAllowedValue
            && IsBelow(violation.Path, path)
            && violation.Path.AsSpan(path.Length + 1).IndexOfAny('.', '[') < 0;

    /// <summary>
    /// Drops repeats, and what else is said of a value of the wrong type or below it: an enumeration, a pattern or
    /// the properties of a value that is not even of the documented type mean nothing.
    /// </summary>
    private static List<SchemaViolation> Tidy(List<SchemaViolation> found)
    {
        var wrongTypes = found.Where(v => v.Kind == SchemaViolationKind.WrongType).Select(v => v.Path).ToList();
        var seen = new HashSet<(string, SchemaViolationKind, string)>();
        var kept = new List<SchemaViolation>();
        foreach (var violation in found)
        {
            var meaningless = violation.Kind != SchemaViolationKind.WrongType
                ? wrongTypes.Any(p => p == violation.Path || IsBelow(violation.Path, p))
                : wrongTypes.Any(p => IsBelow(violation.Path, p));
            if (!meaningless && seen.Add((violation.Path, violation.Kind, violation.Message)))
            {
                kept.Add(violation);
            }
        }

        return kept;
    }

    private static bool IsBelow(string path, string parent)
        => path.Length > parent.Length
            && path.StartsWith(parent, StringComparison.Ordinal)
            && path[parent.Length] is '.' or '[';
}
