using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>Reads one record; the reader is on its StartObject and is left on its EndObject.</summary>
internal delegate T RecordReader<out T>(ref Utf8JsonReader reader, in ReadScope scope);
