namespace Checkmob.Webhook.Sdk;

/// <summary>
/// How one notified copy of an entity relates to another copy: the answer of <see cref="Cliente.CompareVersion"/>,
/// <see cref="Registro.CompareVersion"/> and <see cref="Checklist.CompareVersion"/>.
/// </summary>
/// <remarks>
/// Checkmob delivers in no particular order and notifies the same entity many times, so a handler compares the
/// copy it received with the one it stored and skips <see cref="Older"/> (stale) copies.
/// </remarks>
public enum VersionComparison
{
    /// <summary>
    /// The order cannot be told: an id or a <c>DataAtualizacao</c> is missing on either copy (the older revision
    /// of Tipo 3 sends neither). Decide by your own rule, for example by applying the update.
    /// </summary>
    Unknown = 0,

    /// <summary>Same entity, and this copy was updated later than the other: apply it.</summary>
    Newer = 1,

    /// <summary>Same entity, and this copy was updated earlier than the other: it is stale, skip it.</summary>
    Older = 2,

    /// <summary>
    /// Same entity and the same <c>DataAtualizacao</c>: usually the same notification again, though two changes
    /// within the timestamp's precision (a second) also compare equal.
    /// </summary>
    Same = 3,

    /// <summary>The ids differ: the two copies are not of the same entity and have no order.</summary>
    DifferentEntity = 4,
}
