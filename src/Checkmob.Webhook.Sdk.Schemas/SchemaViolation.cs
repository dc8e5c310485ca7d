namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>One way a payload departs from the Checkmob webhook schemas.</summary>
/// <remarks>The message never carries a payload value: payloads hold personal data (CPF, names, phones).</remarks>
public sealed class SchemaViolation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="path">The JSON path of the offending value, such as <c>$.Data[0].IdCliente</c>.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">What the schema expects, in one sentence without any payload value.</param>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="path"/> or <paramref name="message"/> is null.
    /// </exception>
    public SchemaViolation(string path, SchemaViolationKind kind, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);

        Path = path;
        Kind = kind;
        Message = message;
    }

    /// <summary>The JSON path of the offending value, such as <c>$.Data[0].IdCliente</c>.</summary>
    /// <value>For a missing property, the path it should have (<c>$.Tipo</c>).</value>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public SchemaViolationKind Kind { get; }

    /// <summary>What the schema expects, in one sentence without any payload value.</summary>
    public string Message { get; }

    /// <summary>The path, the kind and the message on one line.</summary>
    /// <returns>For example <c>$.Data.IdCliente: WrongType: Expected integer.</c></returns>
    public override string ToString() => $"{Path}: {Kind}: {Message}";
}
