namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>An event type: its <c>Tipo</c>, the SDK's event record and the file its schema is written to.</summary>
/// <param name="Tipo">The envelope's <c>Tipo</c>.</param>
/// <param name="Event">The SDK's event record, whose <c>Data</c> items are the event's objects.</param>
/// <param name="FileName">The schema file's name.</param>
/// <param name="Note">What the documentation says of the event beyond the record's summary.</param>
internal sealed record WireEvent(int Tipo, Type Event, string FileName, string Note);
