using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Reads every <c>Data*</c> timestamp: an ISO 8601 string, UTC (or <see cref="WebhookParserOptions.TimeZone"/>)
/// when it has no offset; a blank string is null.
/// </summary>
internal sealed class TimestampConverter : JsonConverter<DateTimeOffset?>
{
    private readonly TimeZoneInfo? _zone;

    public TimestampConverter(TimeZoneInfo? zone)
    {
        // UTC needs no conversion: keep the common path free of time-zone rules.
        _zone = zone is not null && zone.Equals(TimeZoneInfo.Utc) ? null : zone;
    }

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            Span<byte> scratch = stackalloc byte[JsonScalar.MaxScalarLength];
            if (JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
            {
                if (text.IsEmpty)
                {
                    return null;
                }

                if (TimestampParser.TryParse(text, _zone, out var value))
                {
                    return value;
                }
            }
        }

        throw new InvalidValueException(Expectations.Timestamp);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } timestamp)
        {
            writer.WriteStringValue(timestamp);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
