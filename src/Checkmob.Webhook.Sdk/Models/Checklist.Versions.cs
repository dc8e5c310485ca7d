namespace Checkmob.Webhook.Sdk;

public sealed partial record Checklist
{
    /// <summary>Whether this copy of the checklist is newer than <paramref name="other"/>, a copy of it.</summary>
    /// <param name="other">Another copy, typically the one stored from an earlier notification.</param>
    /// <returns>
    /// <see cref="VersionComparison.Newer"/>, <see cref="VersionComparison.Older"/> or
    /// <see cref="VersionComparison.Same"/> by <see cref="DataAtualizacao"/>; <see cref="VersionComparison.Unknown"/>
    /// when either copy lacks <see cref="Id"/> or <see cref="DataAtualizacao"/>;
    /// <see cref="VersionComparison.DifferentEntity"/> when the ids differ.
    /// </returns>
    /// <remarks>
    /// Checkmob guarantees no order. Skip a stale update in one line:
    /// <c>if (received.CompareVersion(stored) is VersionComparison.Older) return;</c>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public VersionComparison CompareVersion(Checklist other)
    {
        ArgumentNullException.ThrowIfNull(other);

        return VersionOrdering.Compare(Id, DataAtualizacao, other.Id, other.DataAtualizacao);
    }
}
