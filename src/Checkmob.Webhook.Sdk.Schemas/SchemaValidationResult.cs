namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>The outcome of <see cref="CheckmobSchemaValidator.Validate(string)"/>: every violation found.</summary>
public sealed class SchemaValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="violations">Every violation found; empty when the payload is valid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    public SchemaValidationResult(IReadOnlyList<SchemaViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);

        Violations = violations;
    }

    /// <summary>Whether the payload matches the schemas.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>Every violation found, in the order the schema's rules meet them; empty when valid.</summary>
    public IReadOnlyList<SchemaViolation> Violations { get; }
}
