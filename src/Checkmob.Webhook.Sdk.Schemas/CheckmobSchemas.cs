namespace Checkmob.Webhook.Sdk.Schemas;

/// <summary>
/// The JSON Schemas (draft-07) of the Checkmob webhook, embedded in this assembly: the envelope, which selects the
/// event's schema by <c>Tipo</c>, and one schema per event type.
/// </summary>
/// <remarks>
/// The envelope refers to the event schemas by file name (<c>"$ref": "checkmob-webhook-tipo1-....schema.json"</c>),
/// and each file's <c>$id</c> is its file name: save them side by side under <see cref="FileNames"/>, or register
/// each under its <c>$id</c>, and any draft-07 validator resolves the references.
/// </remarks>
public static class CheckmobSchemas
{
    /// <summary>The envelope schema's file name.</summary>
    public const string EnvelopeFileName = "checkmob-webhook.schema.json";

    private const string ResourcePrefix = "schemas/";

    private static readonly string[] EventFileNames =
    [
        "checkmob-webhook-tipo1-cliente-criado.schema.json",
        "checkmob-webhook-tipo2-cliente-editado.schema.json",
        "checkmob-webhook-tipo3-registro-realizado.schema.json",
        "checkmob-webhook-tipo4-checklist-respondido.schema.json",
    ];

    /// <summary>Every schema file's name: the envelope first, then the event types in <c>Tipo</c> order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [EnvelopeFileName, .. EventFileNames];

    /// <summary>The file name of one event type's schema.</summary>
    /// <param name="tipo">The envelope's <c>Tipo</c>.</param>
    /// <returns>The file name; null for a <c>Tipo</c> these schemas do not describe.</returns>
    public static string? GetEventFileName(long tipo)
        => tipo >= 1 && tipo <= EventFileNames.Length ? EventFileNames[tipo - 1] : null;

    /// <summary>The text of one schema file.</summary>
    /// <param name="fileName">One of <see cref="FileNames"/>.</param>
    /// <returns>The schema as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is not in <see cref="FileNames"/>.</exception>
    public static string GetText(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!FileNames.Contains(fileName, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                "Not a Checkmob webhook schema; expected one of CheckmobSchemas.FileNames.", nameof(fileName));
        }

        using var stream = typeof(CheckmobSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException(
                "The schema " + fileName + " is not embedded in this assembly; rebuild it from a full checkout.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
