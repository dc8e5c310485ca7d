using System.Globalization;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Where a record is being read: the body (for error positions), the time zone of offset-less timestamps, and the
/// item and list indexes that make up an error's JSON path. Nothing is allocated unless an error is thrown.
/// </summary>
internal readonly ref struct ReadScope
{
    private readonly int _item;
    private readonly string? _list;
    private readonly int _listIndex;

    public ReadScope(JsonText body, TimeZoneInfo? zone, int item)
        : this(body, zone, item, null, 0)
    {
    }

    private ReadScope(JsonText body, TimeZoneInfo? zone, int item, string? list, int listIndex)
    {
        Body = body;
        Zone = zone;
        _item = item;
        _list = list;
        _listIndex = listIndex;
    }

    /// <summary>The bytes being read, so that an error's line and byte position follow from a token's offset.</summary>
    public JsonText Body { get; }

    /// <summary>The zone of timestamps without an offset; null for UTC.</summary>
    public TimeZoneInfo? Zone { get; }

    /// <summary>
    /// The scope of the item at <paramref name="index"/> of the list property <paramref name="list"/>.
    /// </summary>
    public ReadScope InList(string list, int index) => new(Body, Zone, _item, list, index);

    /// <summary>
    /// The JSON path of a field of the record in scope, e.g. <c>$.Data[0].Segmentos[1].IdSegmento</c>.
    /// </summary>
    public string PathOf(string? field)
    {
        var path = ParseErrors.ItemPath(_item);
        if (_list is not null)
        {
            path = string.Create(CultureInfo.InvariantCulture, $"{path}.{_list}[{_listIndex}]");
        }

        return field is null ? path : path + "." + field;
    }

    /// <summary>The JSON path of the item at <paramref name="index"/> of a list field of the record in scope.</summary>
    public string PathOf(string field, int index)
        => string.Create(CultureInfo.InvariantCulture, $"{PathOf(field)}[{index}]");

    public WebhookParseException InvalidValue(string field, string expectation, long tokenStart)
        => ParseErrors.InvalidValue(PathOf(field), expectation, Body.At(tokenStart));
}
