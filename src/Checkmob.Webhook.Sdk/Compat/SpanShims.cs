#if !NET
namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The span searches of newer .NET (<c>MemoryExtensions</c>) that the SDK calls, for the netstandard2.0 build, as
/// plain loops. The .NET 10 build keeps the framework's vectorized ones.
/// </summary>
[Microsoft.CodeAnalysis.Embedded]
internal static class SpanShims
{
    public static bool Contains<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T>
        => span.IndexOf(value) >= 0;

    public static int Count<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T>
    {
        var count = 0;
        foreach (var item in span)
        {
            if (item.Equals(value))
            {
                count++;
            }
        }

        return count;
    }

    public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T>
    {
        foreach (var item in span)
        {
            if (!item.Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAnyExceptInRange(this ReadOnlySpan<char> span, char lowInclusive, char highInclusive)
    {
        foreach (var c in span)
        {
            if ((uint)(c - lowInclusive) > (uint)(highInclusive - lowInclusive))
            {
                return true;
            }
        }

        return false;
    }

    public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values)
        where T : IEquatable<T>
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (values.IndexOf(span[i]) < 0)
            {
                return i;
            }
        }

        return -1;
    }

    public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements)
        where T : IEquatable<T>
    {
        var (start, length) = TrimmedRange(span, trimElements);
        return span.Slice(start, length);
    }

    public static Span<T> Trim<T>(this Span<T> span, ReadOnlySpan<T> trimElements)
        where T : IEquatable<T>
    {
        var (start, length) = TrimmedRange(span, trimElements);
        return span.Slice(start, length);
    }

    private static (int Start, int Length) TrimmedRange<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements)
        where T : IEquatable<T>
    {
        var start = 0;
        while (start < span.Length && trimElements.IndexOf(span[start]) >= 0)
        {
            start++;
        }

        var end = span.Length;
        while (end > start && trimElements.IndexOf(span[end - 1]) >= 0)
        {
            end--;
        }

        return (start, end - start);
    }
}
#endif
