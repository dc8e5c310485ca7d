namespace Checkmob.Webhook.Sdk.SchemaGenerator;

/// <summary>Which revisions of Checkmob's webhook documentation describe a field or an object.</summary>
[Flags]
internal enum Revisions
{
    /// <summary>The older page (event types 1-4, examples for 1-3).</summary>
    Older = 1,

    /// <summary>The newer page (every field, the Tipo 4 payload, the delivery rules).</summary>
    Newer = 2,

    /// <summary>Both pages.</summary>
    Both = Older | Newer,
}
