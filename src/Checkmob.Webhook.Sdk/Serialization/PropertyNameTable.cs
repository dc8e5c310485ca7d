using System.Text;
using System.Text.Json;

namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Finds a record's property from its JSON name, ignoring ASCII case, straight from the UTF-8 bytes: one hash and
/// one comparison for a known name, no string allocated.
/// </summary>
internal sealed class PropertyNameTable
{
    private const int MaxEscapedLength = 256;

    private readonly byte[][] _names;
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly int _maxLength;

    public PropertyNameTable(params string[] names)
    {
        _names = [.. names.Select(Encoding.UTF8.GetBytes)];
        _maxLength = _names.Max(name => name.Length);

        var size = 1;
        while (size < names.Length * 4)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        _slots.AsSpan().Fill(-1);
        for (var id = 0; id < _names.Length; id++)
        {
            var slot = (int)(Hash(_names[id]) & (uint)_mask);
            while (_slots[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = id;
        }
    }

    /// <summary>The index, in the constructor's list, of the property name the reader is on; -1 when unknown.</summary>
    public int Find(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Find(reader.ValueSpan);
        }

        if (reader.ValueSpan.Length > MaxEscapedLength)
        {
            return -1;
        }

        Span<byte> unescaped = stackalloc byte[MaxEscapedLength];
        return JsonScalar.TryCopyString(in reader, unescaped, out var written) ? Find(unescaped[..written]) : -1;
    }

    public int Find(ReadOnlySpan<byte> name)
    {
        if (name.Length > _maxLength)
        {
            return -1;
        }

        var slot = (int)(Hash(name) & (uint)_mask);
        while (true)
        {
            var id = _slots[slot];
            if (id < 0 || Ascii.EqualsIgnoreCase(name, _names[id]))
            {
                return id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // FNV-1a over the bytes with the ASCII lower-case bit set: equal for names that differ only in ASCII case.
    // Other bytes may collide; the comparison above settles it.
    private static uint Hash(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ (uint)(b | 0x20)) * 16777619u;
        }

        return hash;
    }
}
