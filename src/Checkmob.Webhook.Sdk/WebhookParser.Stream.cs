using System.Buffers;
using System.Text.Json;
using Checkmob.Webhook.Sdk.Serialization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Reading a body from a stream. A body that fits the window (1 MiB) is read whole and parsed like bytes. A longer
/// one is parsed item by item as it arrives: once the window holds a whole <c>Data</c> item, the item is read into
/// its record and its bytes are dropped, so memory stays near the parsed event's own size. Either way the outcome
/// (the event, or the error's kind, path and position) is the one <c>Parse(bytes)</c> gives for the same bytes.
/// </summary>
public sealed partial class WebhookParser
{
    private const int DefaultStreamWindowLength = 1024 * 1024;
    private const int FirstReadLength = 16 * 1024;

    private static ReadOnlySpan<byte> OpenedBeforeFirstItem => "{\"Data\":["u8;

    private static ReadOnlySpan<byte> OpenedAfterAnItem => "{\"Data\":[{}"u8;

    private enum PrefixOutcome
    {
        NeedMoreData,
        ItemByItem,
        Whole,
    }

    private enum ItemOutcome
    {
        NeedMoreData,
        Read,
        ReadTheRest,
    }

    private ValueTask<WebhookEvent> ParseStreamAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        // Exactly a MemoryStream (a subclass may change how it reads): the body is in memory already.
        return utf8Json is not null && utf8Json.GetType() == typeof(MemoryStream)
            ? ParseMemoryStreamAsync((MemoryStream)utf8Json, cancellationToken)
            : ParseAnyStreamAsync(utf8Json!, cancellationToken);
    }

    /// <summary>
    /// Reads a <see cref="MemoryStream"/> without an await: in place when its buffer is visible, else copied whole
    /// into a pooled buffer when it fits the window. Anything else (a body over the limit, a disposed stream) takes
    /// the general path, so the outcome is the same. Errors come back in the task, as from the general path.
    /// </summary>
    private ValueTask<WebhookEvent> ParseMemoryStreamAsync(MemoryStream stream, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new ValueTask<WebhookEvent>(Task.FromCanceled<WebhookEvent>(cancellationToken));
        }

        if (!stream.CanSeek)
        {
            return ParseAnyStreamAsync(stream, cancellationToken);
        }

        try
        {
            var position = stream.Position;
            var remaining = Math.Max(0, stream.Length - position);
            if (remaining <= _maxBodyLength && stream.TryGetBuffer(out var visible))
            {
                // The stream's own bytes, parsed where they are: read to the end, as the general path leaves it (a
                // position already past the end stays where it is, as a read there moves nothing).
                if (remaining > 0)
                {
                    stream.Position = stream.Length;
                }

                return new ValueTask<WebhookEvent>(
                    ParseUtf8(visible.AsSpan((int)Math.Min(position, visible.Count), (int)remaining)));
            }

            if (remaining <= Math.Min(_streamWindowLength, _maxBodyLength))
            {
                return new ValueTask<WebhookEvent>(ParseCopyOf(stream, (int)remaining));
            }
        }
        catch (Exception e)
        {
            return new ValueTask<WebhookEvent>(Task.FromException<WebhookEvent>(e));
        }

        return ParseAnyStreamAsync(stream, cancellationToken);
    }

    private WebhookEvent ParseCopyOf(MemoryStream stream, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        var filled = 0;
        try
        {
            int read;
            while (filled < length && (read = stream.Read(buffer, filled, length - filled)) > 0)
            {
                filled += read;
            }

            return ParseUtf8(buffer.AsSpan(0, filled));
        }
        finally
        {
            // The body carries personal data: leave none of it in a pooled buffer.
            buffer.AsSpan(0, filled).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask<WebhookEvent> ParseAnyStreamAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // TODO: a one-item body from a non-seekable stream pays about 100-200 ns over Parse(span) (the window object,
        // one more async layer, the read that returns zero); reading the first chunk before creating the window would
        // save part of it on the request path, where most bodies are under 1 KiB.
        using var window = new StreamWindow(utf8Json, _maxBodyLength, FirstWindowLength(utf8Json));
        do
        {
            await window.FillAsync(cancellationToken).ConfigureAwait(false);
        }
        while (!window.IsComplete && window.Held.Length < _streamWindowLength);

        if (!window.IsComplete)
        {
            window.StartCheckingUtf8();
        }

        while (!window.IsComplete)
        {
            switch (ScanPrefix(window.Checked, out var tipo, out var bom, out var itemsStart, out var state))
            {
                case PrefixOutcome.ItemByItem:
                    window.SkipByteOrderMark(bom);
                    window.Consume(itemsStart - bom);
                    return await ParseItemsAsync(window, tipo, state, cancellationToken).ConfigureAwait(false);
                case PrefixOutcome.NeedMoreData when !window.HasInvalidUtf8:
                    await window.FillAsync(cancellationToken).ConfigureAwait(false);
                    continue;
            }

            // Anything unusual before the items (Tipo after Data, an unknown Tipo, an error) is read whole.
            // TODO: such a body is held whole (up to MaxBodyLength), so a long batch whose Tipo comes last costs its
            // full size in memory; reading it item by item would need a second pass once Tipo is known.
            await window.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        return ParseUtf8(window.Held);
    }

    private int FirstWindowLength(Stream stream)
    {
        long remaining = -1;
        try
        {
            if (stream.CanSeek)
            {
                remaining = stream.Length - stream.Position;
            }
        }
        catch (NotSupportedException)
        {
            // A stream that says it can seek but cannot tell its length: read it like any other.
        }

        // Trust a seekable stream's length only up to the limits; one byte more lets the last read return zero.
        var cap = Math.Min(_streamWindowLength, _maxBodyLength + 1L);
        return (int)(remaining >= 0 ? Math.Min(remaining + 1, cap) : Math.Min(FirstReadLength, cap));
    }

    /// <summary>
    /// Looks for the start of the items, held from the body's start: <c>Tipo</c> (one of the known event types) and
    /// then <c>Data</c> as an array. Whatever else it meets, the body is to be read whole.
    /// </summary>
    private PrefixOutcome ScanPrefix(
        ReadOnlySpan<byte> held, out TipoEvento tipo, out int bom, out int itemsStart, out JsonReaderState state)
    {
        tipo = default;
        itemsStart = 0;
        state = default;
        bom = held.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;

        var text = new JsonText(held[bom..]);
        var reader = new Utf8JsonReader(text.Bytes, isFinalBlock: false, new JsonReaderState(_readerOptions));
        try
        {
            if (!reader.Read())
            {
                return PrefixOutcome.NeedMoreData;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return PrefixOutcome.Whole;
            }

            TipoEvento? found = null;
            while (true)
            {
                if (!reader.Read())
                {
                    return PrefixOutcome.NeedMoreData;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return PrefixOutcome.Whole;
                }

                var name = PropertyNameOf(ref reader);
                if (!reader.Read())
                {
                    return PrefixOutcome.NeedMoreData;
                }

                switch (name)
                {
                    case EnvelopeProperty.Tipo when found is null:
                        found = ReadTipo(ref reader, in text);
                        break;
                    case EnvelopeProperty.Tipo:
                        return PrefixOutcome.Whole;
                    case EnvelopeProperty.Data:
                        if (found is not { } known || !IsKnown(known) || reader.TokenType != JsonTokenType.StartArray)
                        {
                            return PrefixOutcome.Whole;
                        }

                        tipo = known;
                        itemsStart = bom + (int)reader.BytesConsumed;
                        state = reader.CurrentState;
                        return PrefixOutcome.ItemByItem;
                    default:
                        if (!reader.TrySkip())
                        {
                            return PrefixOutcome.NeedMoreData;
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or WebhookParseException)
        {
            // Reading the whole body finds the same error, after the checks that come first (length, UTF-8).
            return PrefixOutcome.Whole;
        }
    }

    private static bool IsKnown(TipoEvento tipo) => tipo is TipoEvento.ClienteCriado or TipoEvento.ClienteEditado
        or TipoEvento.RegistroRealizado or TipoEvento.ChecklistRespondido;

    private ValueTask<WebhookEvent> ParseItemsAsync(
        StreamWindow window, TipoEvento tipo, JsonReaderState state, CancellationToken cancellationToken)
    {
        return tipo switch
        {
            TipoEvento.ClienteCriado => ParseItemsAsync(
                window, tipo, state, ClienteReader.Read, static items => new ClienteCriado(items), cancellationToken),
            TipoEvento.ClienteEditado => ParseItemsAsync(
                window, tipo, state, ClienteReader.Read, static items => new ClienteEditado(items), cancellationToken),
            TipoEvento.RegistroRealizado => ParseItemsAsync(
                window, tipo, state, RegistroReader.Read, static items => new RegistroRealizado(items),
                cancellationToken),
            _ => ParseItemsAsync(
                window, tipo, state, ChecklistReader.Read, static items => new ChecklistRespondido(items),
                cancellationToken),
        };
    }

    /// <summary>
    /// Reads the <c>Data</c> items one by one as they arrive, then the rest of the body whole. An item that does not
    /// read is left for the rest, whose reading reports it exactly as <c>Parse(bytes)</c> would.
    /// </summary>
    private async ValueTask<WebhookEvent> ParseItemsAsync<T>(
        StreamWindow window,
        TipoEvento tipo,
        JsonReaderState state,
        RecordReader<T> read,
        Func<List<T>, WebhookEvent> create,
        CancellationToken cancellationToken)
        where T : class
    {
        var items = new List<T>();
        while (!window.IsComplete)
        {
            var outcome = ReadNextItem(window, ref state, read, items, out var consumed);
            if (outcome == ItemOutcome.Read)
            {
                window.Consume(consumed);
            }
            else if (outcome == ItemOutcome.NeedMoreData && !window.HasInvalidUtf8)
            {
                await window.FillAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                break;
            }
        }

        await window.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (window.HasInvalidUtf8)
        {
            throw ParseErrors.InvalidUtf8(window.InvalidUtf8Position);
        }

        return ReadTheRest(window, tipo, state, read, create, items);
    }

    /// <summary>Reads the next item if the window holds all of it.</summary>
    private ItemOutcome ReadNextItem<T>(
        StreamWindow window, ref JsonReaderState state, RecordReader<T> read, List<T> items, out int consumed)
        where T : class
    {
        consumed = 0;
        var text = window.CheckedText(items.Count == 0 ? OpenedBeforeFirstItem : OpenedAfterAnItem);
        var scanner = new Utf8JsonReader(text.Bytes, isFinalBlock: false, state);
        try
        {
            if (!scanner.Read())
            {
                return ItemOutcome.NeedMoreData;
            }

            if (scanner.TokenType != JsonTokenType.StartObject)
            {
                return ItemOutcome.ReadTheRest;
            }

            if (!scanner.TrySkip())
            {
                return ItemOutcome.NeedMoreData;
            }
        }
        catch (JsonException)
        {
            return ItemOutcome.ReadTheRest;
        }

        // The whole item is held: read it with a reader of its own that stops at its end.
        var end = (int)scanner.BytesConsumed;
        var item = new JsonText(text.Bytes[..end], text.LineNumber, text.BytePositionInLine, text.OpenedBy);
        var reader = new Utf8JsonReader(item.Bytes, isFinalBlock: true, state);
        reader.Read();
        try
        {
            items.Add(ReadItem(ref reader, read, items.Count, in item));
        }
        catch (WebhookParseException)
        {
            // Thrown again by reading the rest, once the rest of the body has been checked (length, UTF-8).
            return ItemOutcome.ReadTheRest;
        }

        state = scanner.CurrentState;
        consumed = end;
        return ItemOutcome.Read;
    }

    /// <summary>
    /// Reads what is left of the body, all of it held: the items not read yet, then the envelope's other members,
    /// with the same code and checks as <c>Parse(bytes)</c>.
    /// </summary>
    private WebhookEvent ReadTheRest<T>(
        StreamWindow window,
        TipoEvento tipo,
        JsonReaderState state,
        RecordReader<T> read,
        Func<List<T>, WebhookEvent> create,
        List<T> items)
        where T : class
    {
        var rest = window.CheckedText(items.Count == 0 ? OpenedBeforeFirstItem : OpenedAfterAnItem);
        var reader = new Utf8JsonReader(rest.Bytes, isFinalBlock: true, state);
        try
        {
            ReadArrayItems(ref reader, read, items, in rest);
            return ReadEnvelopeMembers(ref reader, tipo, create(items), in rest);
        }
        catch (JsonException ex)
        {
            throw SyntaxError("$", ex, in rest);
        }
    }
}
