using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Checkmob.Webhook.Sdk.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Reading the envelope <c>{ "Tipo": ..., "Data": ... }</c> in one pass when <c>Tipo</c> comes first.
/// </summary>
public sealed partial class WebhookParser
{
    private const int MaxTipoLength = 16;
    private const int MaxEscapedNameLength = 64;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> WhiteSpace => " \t\r\n"u8;

    private WebhookEvent ParseUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _maxBodyLength)
        {
            throw ParseErrors.BodyTooLarge(_maxBodyLength);
        }

        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        if (utf8.IndexOfAnyExcept(WhiteSpace) < 0)
        {
            throw ParseErrors.EmptyBody();
        }

        // The reader checks UTF-8 only where it decodes; check it all, so a bad byte is never kept in a JsonElement.
        if (!Utf8.IsValid(utf8))
        {
            throw ParseErrors.InvalidUtf8(SourcePosition.At(utf8, FirstInvalidUtf8Byte(utf8)));
        }

        var body = new JsonText(utf8);
        var reader = new Utf8JsonReader(utf8, _readerOptions);
        try
        {
            return ReadEnvelope(ref reader, in body);
        }
        catch (JsonException ex)
        {
            throw SyntaxError("$", ex, in body);
        }
    }

    private WebhookEvent ReadEnvelope(ref Utf8JsonReader reader, in JsonText body)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ParseErrors.RootNotObject(body.At(reader.TokenStartIndex));
        }

        return ReadEnvelopeMembers(ref reader, null, null, in body);
    }

    /// <summary>
    /// Reads the envelope's members from the reader's position to its end. A stream read item by item comes here
    /// after <c>Data</c>, with the <paramref name="tipo"/> and the event (<paramref name="data"/>) already read.
    /// </summary>
    private WebhookEvent ReadEnvelopeMembers(
        ref Utf8JsonReader reader, TipoEvento? tipo, WebhookEvent? data, in JsonText body)
    {
        var result = data;
        var hasData = data is not null;
        var dataReader = default(Utf8JsonReader);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PropertyNameOf(ref reader);
            if (name == EnvelopeProperty.Tipo)
            {
                if (tipo is not null)
                {
                    throw ParseErrors.DuplicateTipo(body.At(reader.TokenStartIndex));
                }

                reader.Read();
                tipo = ReadTipo(ref reader, in body);
            }
            else if (name == EnvelopeProperty.Data)
            {
                if (hasData)
                {
                    throw ParseErrors.DuplicateData(body.At(reader.TokenStartIndex));
                }

                hasData = true;
                reader.Read();
                if (tipo is { } knownTipo)
                {
                    result = ReadData(ref reader, knownTipo, in body);
                }
                else
                {
                    // Tipo comes later: remember where Data starts (the reader is a struct) and come back to it.
                    dataReader = reader;
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var end = body.At(reader.TokenStartIndex);
        EnsureNothingFollows(ref reader, in body);
        if (tipo is null)
        {
            throw ParseErrors.MissingTipo(end);
        }

        if (!hasData)
        {
            throw ParseErrors.MissingData(end);
        }

        return result ?? ReadData(ref dataReader, tipo.Value, in body);
    }

    private static void EnsureNothingFollows(ref Utf8JsonReader reader, in JsonText body)
    {
        try
        {
            if (reader.Read())
            {
                throw ParseErrors.TrailingContent(body.At(reader.TokenStartIndex));
            }
        }
        catch (JsonException ex)
        {
            throw ParseErrors.TrailingContent(SourcePosition.Of(ex));
        }
    }

    private static EnvelopeProperty PropertyNameOf(ref Utf8JsonReader reader)
    {
        scoped ReadOnlySpan<byte> name;
        Span<byte> unescaped = stackalloc byte[MaxEscapedNameLength];
        if (!reader.ValueIsEscaped)
        {
            name = reader.ValueSpan;
        }
        else if (reader.ValueSpan.Length <= MaxEscapedNameLength
            && JsonScalar.TryCopyString(in reader, unescaped, out var length))
        {
            name = unescaped[..length];
        }
        else
        {
            // Even written wholly as \uXXXX escapes, "Tipo" and "Data" take 24 bytes: a longer name is another one,
            // and so is a name whose escapes are not valid UTF-16.
            return EnvelopeProperty.Other;
        }

        if (Ascii.EqualsIgnoreCase(name, "Tipo"u8))
        {
            return EnvelopeProperty.Tipo;
        }

        return Ascii.EqualsIgnoreCase(name, "Data"u8) ? EnvelopeProperty.Data : EnvelopeProperty.Other;
    }

    private static TipoEvento ReadTipo(ref Utf8JsonReader reader, in JsonText body)
    {
        var at = body.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return (TipoEvento)number;
            case JsonTokenType.Null:
                throw ParseErrors.NullTipo(at);
            case JsonTokenType.String:
                Span<byte> scratch = stackalloc byte[MaxTipoLength];
                if (JsonScalar.TryGetTrimmedString(in reader, scratch, out var text))
                {
                    if (text.IsEmpty)
                    {
                        throw ParseErrors.NullTipo(at);
                    }

                    if (Utf8Parser.TryParse(text, out int parsed, out var consumed) && consumed == text.Length)
                    {
                        return (TipoEvento)parsed;
                    }
                }

                break;
        }

        throw ParseErrors.InvalidTipo(at);
    }

    private WebhookEvent ReadData(ref Utf8JsonReader reader, TipoEvento tipo, in JsonText body)
    {
        return tipo switch
        {
            TipoEvento.ClienteCriado => new ClienteCriado(ReadItems(ref reader, ClienteReader.Read, in body)),
            TipoEvento.ClienteEditado => new ClienteEditado(ReadItems(ref reader, ClienteReader.Read, in body)),
            TipoEvento.RegistroRealizado
                => new RegistroRealizado(ReadItems(ref reader, RegistroReader.Read, in body)),
            TipoEvento.ChecklistRespondido
                => new ChecklistRespondido(ReadItems(ref reader, ChecklistReader.Read, in body)),
            _ => new UnknownWebhookEvent(tipo, ReadElements(ref reader, in body)),
        };
    }

    private List<T> ReadItems<T>(ref Utf8JsonReader reader, RecordReader<T> read, in JsonText body)
        where T : class
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return [ReadItem(ref reader, read, -1, in body)];
            case JsonTokenType.StartArray:
                var items = new List<T>();
                ReadArrayItems(ref reader, read, items, in body);
                return items;
            case JsonTokenType.Null:
                throw ParseErrors.NullData(body.At(reader.TokenStartIndex));
            default:
                throw ParseErrors.InvalidData(body.At(reader.TokenStartIndex));
        }
    }

    /// <summary>
    /// Reads the items of the <c>Data</c> array from the reader's position (after <c>[</c> or after an item) to the
    /// array's end, appending them to <paramref name="items"/>, whose count is the index of the next one.
    /// </summary>
    private void ReadArrayItems<T>(ref Utf8JsonReader reader, RecordReader<T> read, List<T> items, in JsonText body)
        where T : class
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw ParseErrors.InvalidDataItem(items.Count, body.At(reader.TokenStartIndex));
            }

            items.Add(ReadItem(ref reader, read, items.Count, in body));
        }
    }

    private T ReadItem<T>(ref Utf8JsonReader reader, RecordReader<T> read, int index, in JsonText body)
        where T : class
    {
        try
        {
            return read(ref reader, new ReadScope(body, _zone, index));
        }
        catch (JsonException ex)
        {
            // Malformed JSON inside the item, found by the body's own reader: its positions are the body's.
            throw SyntaxError(ParseErrors.ItemPath(index), ex, in body);
        }
    }

    /// <summary>An item of an unknown type's Data, kept as it came: one whose text does not decode is rejected now,
    /// as a known type's would be, rather than throw when the application reads it.</summary>
    private static JsonElement Element(ref Utf8JsonReader reader, in JsonText body, int index)
    {
        if (JsonScalar.TryFindUndecodableString(reader, out var undecodable))
        {
            throw ParseErrors.InvalidValue(ParseErrors.ItemPath(index), Expectations.UnicodeText, body.At(undecodable));
        }

        return JsonElement.ParseValue(ref reader);
    }

    private static List<JsonElement> ReadElements(ref Utf8JsonReader reader, in JsonText body)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return [Element(ref reader, in body, -1)];
            case JsonTokenType.StartArray:
                var elements = new List<JsonElement>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    elements.Add(Element(ref reader, in body, elements.Count));
                }

                return elements;
            case JsonTokenType.Null:
                throw ParseErrors.NullData(body.At(reader.TokenStartIndex));
            default:
                throw ParseErrors.InvalidData(body.At(reader.TokenStartIndex));
        }
    }

    private WebhookParseException SyntaxError(string path, JsonException exception, in JsonText body)
    {
        // The reader's own messages quote the offending characters; ours never do.
        return ExceedsMaxDepth(in body)
            ? ParseErrors.DepthExceeded(_maxDepth, SourcePosition.Of(exception))
            : ParseErrors.InvalidJson(path, SourcePosition.Of(exception));
    }

    /// <summary>
    /// Whether the body nests deeper than allowed, read as far as it is well-formed. Only on error paths.
    /// </summary>
    private bool ExceedsMaxDepth(in JsonText body)
    {
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = int.MaxValue });
        if (!body.OpenedBy.IsEmpty)
        {
            // Part of a body: open the containers it starts inside, so depths count as in the whole body.
            var opening = new Utf8JsonReader(body.OpenedBy, isFinalBlock: false, state);
            while (opening.Read())
            {
            }

            state = opening.CurrentState;
        }

        var reader = new Utf8JsonReader(body.Bytes, isFinalBlock: true, state);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && reader.CurrentDepth >= _maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed further on: it did not nest too deep before that point.
        }

        return false;
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> utf8)
    {
        // Decoding stops at the first invalid sequence (a truncated one at the end included); only on error paths.
        Span<char> chars = stackalloc char[256];
        var index = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(utf8[index..], chars, out var read, out _, replaceInvalidSequences: false);
            index += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return index;
            }
        }
    }

    private enum EnvelopeProperty
    {
        Other,
        Tipo,
        Data,
    }
}
