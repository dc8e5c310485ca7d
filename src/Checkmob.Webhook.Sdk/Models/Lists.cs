namespace Checkmob.Webhook.Sdk;

/// <summary>How list properties of the records treat what real senders put in them.</summary>
internal static class Lists
{
    /// <summary>
    /// The list without null items (<c>"Segmentos": [null]</c> carries nothing to keep), allocating only when there
    /// is one to drop; null stays null, and the property reads it as an empty list.
    /// </summary>
    public static IReadOnlyList<T>? WithoutNulls<T>(IReadOnlyList<T>? items)
        where T : class
    {
        if (items is null)
        {
            return null;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return items.Where(item => item is not null).ToArray();
            }
        }

        return items;
    }
}
