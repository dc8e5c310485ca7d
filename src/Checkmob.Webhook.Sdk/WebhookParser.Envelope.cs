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

        var reader = new Utf8JsonReader(utf8, _readerOptions);
        try
        {
            return ReadEnvelope(ref reader, utf8);
        }
        catch (JsonException ex)
        {
            throw SyntaxError("$", ex, utf8);
        }
    }

    private WebhookEvent ReadEnvelope(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ParseErrors.RootNotObject(SourcePosition.At(utf8, reader.TokenStartIndex));
        }

        TipoEvento? tipo = null;
        WebhookEvent? result = null;
        var dataReader = default(Utf8JsonReader);
        var hasData = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PropertyNameOf(ref reader);
            if (name == EnvelopeProperty.Tipo)
            {
                if (tipo is not null)
                {
                    throw ParseErrors.DuplicateTipo(SourcePosition.At(utf8, reader.TokenStartIndex));
                }

                reader.Read();
                tipo = ReadTipo(ref reader, utf8);
            }
            else if (name == EnvelopeProperty.Data)
            {
                if (hasData)
                {
                    throw ParseErrors.DuplicateData(SourcePosition.At(utf8, reader.TokenStartIndex));
                }

                hasData = true;
                reader.Read();
                if (tipo is { } knownTipo)
                {
                    result = ReadData(ref reader, knownTipo, utf8);
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

        var end = SourcePosition.At(utf8, reader.TokenStartIndex);
        EnsureNothingFollows(ref reader, utf8);
        if (tipo is null)
        {
            throw ParseErrors.MissingTipo(end);
        }

        if (!hasData)
        {
            throw ParseErrors.MissingData(end);
        }

        return result ?? ReadData(ref dataReader, tipo.Value, utf8);
    }

    private static void EnsureNothingFollows(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        try
        {
            if (reader.Read())
            {
                throw ParseErrors.TrailingContent(SourcePosition.At(utf8, reader.TokenStartIndex));
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

    private static TipoEvento ReadTipo(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        var at = SourcePosition.At(utf8, reader.TokenStartIndex);
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

    private WebhookEvent ReadData(ref Utf8JsonReader reader, TipoEvento tipo, ReadOnlySpan<byte> utf8)
    {
        return tipo switch
        {
            TipoEvento.ClienteCriado => new ClienteCriado(ReadItems(ref reader, ClienteReader.Read, utf8)),
            TipoEvento.ClienteEditado => new ClienteEditado(ReadItems(ref reader, ClienteReader.Read, utf8)),
            TipoEvento.RegistroRealizado => new RegistroRealizado(ReadItems(ref reader, RegistroReader.Read, utf8)),
            TipoEvento.ChecklistRespondido
                => new ChecklistRespondido(ReadItems(ref reader, ChecklistReader.Read, utf8)),
            _ => new UnknownWebhookEvent(tipo, ReadElements(ref reader, utf8)),
        };
    }

    private List<T> ReadItems<T>(ref Utf8JsonReader reader, RecordReader<T> read, ReadOnlySpan<byte> utf8)
        where T : class
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return [ReadItem(ref reader, read, -1, utf8)];
            case JsonTokenType.StartArray:
                var items = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw ParseErrors.InvalidDataItem(items.Count, SourcePosition.At(utf8, reader.TokenStartIndex));
                    }

                    items.Add(ReadItem(ref reader, read, items.Count, utf8));
                }

                return items;
            case JsonTokenType.Null:
                throw ParseErrors.NullData(SourcePosition.At(utf8, reader.TokenStartIndex));
            default:
                throw ParseErrors.InvalidData(SourcePosition.At(utf8, reader.TokenStartIndex));
        }
    }

    private T ReadItem<T>(ref Utf8JsonReader reader, RecordReader<T> read, int index, ReadOnlySpan<byte> utf8)
        where T : class
    {
        try
        {
            return read(ref reader, new ReadScope(utf8, _zone, index));
        }
        catch (JsonException ex)
        {
            // Malformed JSON inside the item, found by the body's own reader: its positions are the body's.
            throw SyntaxError(ParseErrors.ItemPath(index), ex, utf8);
        }
    }

    private static List<JsonElement> ReadElements(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return [JsonElement.ParseValue(ref reader)];
            case JsonTokenType.StartArray:
                var elements = new List<JsonElement>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    elements.Add(JsonElement.ParseValue(ref reader));
                }

                return elements;
            case JsonTokenType.Null:
                throw ParseErrors.NullData(SourcePosition.At(utf8, reader.TokenStartIndex));
            default:
                throw ParseErrors.InvalidData(SourcePosition.At(utf8, reader.TokenStartIndex));
        }
    }

    private WebhookParseException SyntaxError(string path, JsonException exception, ReadOnlySpan<byte> utf8)
    {
        // The reader's own messages quote the offending characters; ours never do.
        return ExceedsMaxDepth(utf8)
            ? ParseErrors.DepthExceeded(_maxDepth, SourcePosition.Of(exception))
            : ParseErrors.InvalidJson(path, SourcePosition.Of(exception));
    }

    /// <summary>
    /// Whether the body nests deeper than allowed, read as far as it is well-formed. Only on error paths.
    /// </summary>
    private bool ExceedsMaxDepth(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
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
