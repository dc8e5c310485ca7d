using System.Globalization;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Checkmob.Webhook.Sdk.Schemas.Tests.Snapshots;

/// <summary>
/// Snapshots a parsed event with Snapshooter: every public property of the model, enums by name, timestamps in ISO
/// 8601 with their offset, culture-invariant, so the same model always gives the same text on any machine.
/// </summary>
/// <remarks>
/// Snapshot files live in <c>Snapshots/__snapshots__</c>, located from the repository root rather than from the
/// source paths in the PDB (which CI builds map to <c>/_/</c>). Snapshooter creates a missing snapshot and passes;
/// in CI (<c>CI=true</c>) a missing snapshot fails instead, so an unreviewed snapshot never lands by itself.
/// </remarks>
internal static class ModelSnapshot
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Culture = CultureInfo.InvariantCulture,
        DateParseHandling = DateParseHandling.None,
        Converters = { new StringEnumConverter(), new IsoTimestampConverter(), new JsonElementConverter() },
    });

    /// <summary>The folder of this file; Snapshooter keeps snapshots in its <c>__snapshots__</c> subfolder.</summary>
    private static string Folder => RepositoryRoot.Combine("tests", "Checkmob.Webhook.Sdk.Schemas.Tests", "Snapshots");

    private static bool IsCi
        => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Matches the event against <c>__snapshots__/{testClass}.{testMethod}_{caseName}.snap</c>.</summary>
    public static void Match(
        WebhookEvent evt, string testClass, string caseName, [CallerMemberName] string testMethod = "")
    {
        var fileName = $"{testClass}.{testMethod}_{Path.GetFileNameWithoutExtension(caseName)}.snap";
        if (IsCi && !File.Exists(Path.Combine(Folder, "__snapshots__", fileName)))
        {
            Assert.Fail(
                $"The snapshot {fileName} is missing, and CI never creates one. Run the tests locally, review the "
                + "new file in Snapshots/__snapshots__ and commit it.");
        }

        var snapshot = new JObject
        {
            ["EventType"] = evt.GetType().Name,
            ["Event"] = JToken.FromObject(evt, Serializer),
        };
        Snapshot.Match(snapshot, new SnapshotFullName(fileName, Folder));
    }

    /// <summary>Writes a timestamp as ISO 8601 with its offset and without trailing zero fractions.</summary>
    private sealed class IsoTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset ReadJson(
            JsonReader reader,
            Type objectType,
            DateTimeOffset existingValue,
            bool hasExistingValue,
            JsonSerializer serializer)
            => throw new NotSupportedException("Snapshots are only written.");

        public override void WriteJson(JsonWriter writer, DateTimeOffset value, JsonSerializer serializer)
            => writer.WriteValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the JSON a <see cref="System.Text.Json.JsonElement"/> holds (extension data).</summary>
    private sealed class JsonElementConverter : JsonConverter<System.Text.Json.JsonElement>
    {
        private static readonly JsonLoadSettings Load = new() { LineInfoHandling = LineInfoHandling.Ignore };

        public override System.Text.Json.JsonElement ReadJson(
            JsonReader reader,
            Type objectType,
            System.Text.Json.JsonElement existingValue,
            bool hasExistingValue,
            JsonSerializer serializer)
            => throw new NotSupportedException("Snapshots are only written.");

        public override void WriteJson(JsonWriter writer, System.Text.Json.JsonElement value, JsonSerializer serializer)
        {
            using var reader = new JsonTextReader(new StringReader(value.GetRawText()))
            {
                DateParseHandling = DateParseHandling.None,
            };
            JToken.ReadFrom(reader, Load).WriteTo(writer);
        }
    }
}
