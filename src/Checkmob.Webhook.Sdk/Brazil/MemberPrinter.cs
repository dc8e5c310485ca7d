using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Writes a record's members for its <c>ToString()</c> the way a compiler-generated record does
/// (<c>Name = value, Name = value</c>), but masks personal data and prints lists as counts.
/// </summary>
/// <remarks>
/// A masked member prints <c>***</c> when it has a value and nothing when it is null, so a log still shows which
/// fields arrived. Lists and unknown fields print their count only: their items are never written. Numbers and
/// timestamps print culture-independently (timestamps as ISO 8601).
/// </remarks>
internal ref struct MemberPrinter
{
    private const string Masked = "***";

    private readonly StringBuilder _builder;
    private bool _printed;

    public MemberPrinter(StringBuilder builder)
    {
        _builder = builder;
    }

    /// <summary>Whether any member was written, the value a record's <c>PrintMembers</c> returns.</summary>
    public readonly bool Printed => _printed;

    public void Add(string name, string? value) => Start(name).Append(value);

    public void Add(string name, long? value) => Start(name).Append(value?.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, decimal? value) => Start(name).Append(value?.ToString(CultureInfo.InvariantCulture));

    public void Add(string name, bool? value) => Start(name).Append(value?.ToString());

    public void Add(string name, DateTimeOffset? value)
        => Start(name).Append(value?.ToString("O", CultureInfo.InvariantCulture));

    public void Add<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum
        => Start(name).Append(value?.ToString());

    /// <summary>Writes <c>***</c> for a value that is not null or empty.</summary>
    public void AddMasked(string name, string? value)
        => Start(name).Append(string.IsNullOrEmpty(value) ? null : Masked);

    /// <summary>Writes <c>***</c> for a value that is not null.</summary>
    public void AddMasked(string name, double? value) => Start(name).Append(value is null ? null : Masked);

    /// <summary>Writes <c>[]</c>, <c>[1 item]</c> or <c>[n items]</c>; never the items.</summary>
    public void AddCount<T>(string name, IReadOnlyCollection<T> items) => AppendCount(Start(name), items.Count, "item");

    /// <summary>Writes the number of unknown fields; never their names or values.</summary>
    public void AddCount(string name, IDictionary<string, JsonElement>? fields)
    {
        var builder = Start(name);
        if (fields is not null)
        {
            AppendCount(builder, fields.Count, "field");
        }
    }

    private static void AppendCount(StringBuilder builder, int count, string noun)
    {
        if (count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[').Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(noun);
        builder.Append(count == 1 ? "]" : "s]");
    }

    private StringBuilder Start(string name)
    {
        if (_printed)
        {
            _builder.Append(", ");
        }

        _printed = true;
        return _builder.Append(name).Append(" = ");
    }
}
