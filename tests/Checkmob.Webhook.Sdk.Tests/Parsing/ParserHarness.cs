using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Checkmob.Webhook.Sdk.Tests.Parsing;

/// <summary>Builds envelopes around small <c>Data</c> snippets and reads results back for the parser tests.</summary>
internal static class ParserHarness
{
    private static readonly JsonSerializerOptions CanonicalOptions = new() { WriteIndented = false };

    /// <summary>Wraps one <c>Data</c> value (object, array or anything else) in an envelope of that type.</summary>
    public static string Envelope(int tipo, string data)
        => "{\"Tipo\":" + tipo.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"Data\":" + data + "}";

    public static Cliente ParseCliente(string dataObject, IWebhookParser? parser = null)
        => Single<ClienteCriado>(Envelope(1, dataObject), parser).Data.Should().ContainSingle().Subject;

    public static Registro ParseRegistro(string dataObject, IWebhookParser? parser = null)
        => Single<RegistroRealizado>(Envelope(3, dataObject), parser).Data.Should().ContainSingle().Subject;

    public static Checklist ParseChecklist(string dataObject, IWebhookParser? parser = null)
        => Single<ChecklistRespondido>(Envelope(4, dataObject), parser).Data.Should().ContainSingle().Subject;

    /// <summary>Parses a body (with the default parser unless one is given) and asserts the event type.</summary>
    public static T Single<T>(string json, IWebhookParser? parser = null)
        where T : WebhookEvent
    {
        var evt = parser is null ? WebhookParser.Parse(json) : parser.Parse(json);
        return evt.Should().BeOfType<T>().Subject;
    }

    /// <summary>Asserts that the default parser rejects the body, and returns the exception.</summary>
    public static WebhookParseException Reject(string json)
    {
        var act = () => WebhookParser.Parse(json);
        return act.Should().Throw<WebhookParseException>().Which;
    }

    /// <summary>Asserts that the default parser rejects the UTF-8 body, and returns the exception.</summary>
    public static WebhookParseException Reject(byte[] utf8Json)
    {
        var act = () => WebhookParser.Parse(utf8Json);
        return act.Should().Throw<WebhookParseException>().Which;
    }

    /// <summary>
    /// A canonical JSON text of a parsed event, every field of every item included, for comparing two results
    /// (the records hold lists, so record equality would compare list references).
    /// </summary>
    public static string Canonical(WebhookEvent evt) => JsonSerializer.Serialize(evt, evt.GetType(), CanonicalOptions);

    /// <summary>The same body with the envelope's <c>Data</c> written before <c>Tipo</c>.</summary>
    public static string WithTipoLast(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var tipo = root["Tipo"]!.DeepClone();
        root.Remove("Tipo");
        root.Add("Tipo", tipo);
        return root.ToJsonString();
    }

    /// <summary>The same body with every property name at every level rewritten by <paramref name="rename"/>.</summary>
    public static string WithNames(string json, Func<string, string> rename)
        => Rename(JsonNode.Parse(json), rename)!.ToJsonString();

    /// <summary>A non-seekable stream that hands out at most <paramref name="chunkSize"/> bytes per read.</summary>
    public static Stream Trickle(byte[] content, int chunkSize = 3) => new TrickleStream(content, chunkSize);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static JsonNode? Rename(JsonNode? node, Func<string, string> rename)
    {
        switch (node)
        {
            case JsonObject obj:
                var renamed = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    renamed.Add(rename(name), Rename(value?.DeepClone(), rename));
                }

                return renamed;
            case JsonArray array:
                return new JsonArray(array.Select(item => Rename(item?.DeepClone(), rename)).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private sealed class TrickleStream(byte[] content, int chunkSize) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(chunkSize, buffer.Length), content.Length - _position);
            content.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
