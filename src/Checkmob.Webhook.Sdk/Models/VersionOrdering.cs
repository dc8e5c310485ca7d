namespace Checkmob.Webhook.Sdk;

/// <summary>The rule behind every <c>CompareVersion</c>: same id, then the later <c>DataAtualizacao</c>.</summary>
internal static class VersionOrdering
{
    public static VersionComparison Compare(
        long? id, DateTimeOffset? updatedAt, long? otherId, DateTimeOffset? otherUpdatedAt)
    {
        if (id is null || otherId is null)
        {
            return VersionComparison.Unknown;
        }

        if (id != otherId)
        {
            return VersionComparison.DifferentEntity;
        }

        if (updatedAt is not { } mine || otherUpdatedAt is not { } theirs)
        {
            return VersionComparison.Unknown;
        }

        // DateTimeOffset compares instants, so copies read with different offsets still order correctly.
        var order = mine.CompareTo(theirs);
        return order > 0 ? VersionComparison.Newer : order < 0 ? VersionComparison.Older : VersionComparison.Same;
    }
}
