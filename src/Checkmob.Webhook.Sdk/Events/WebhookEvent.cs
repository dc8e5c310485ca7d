namespace Checkmob.Webhook.Sdk;

/// <summary>A parsed Checkmob webhook notification: the envelope's <c>Tipo</c> and its <c>Data</c> items.</summary>
/// <remarks>
/// The set of event types is closed: <see cref="ClienteCriado"/>, <see cref="ClienteEditado"/>,
/// <see cref="RegistroRealizado"/>, <see cref="ChecklistRespondido"/> and <see cref="UnknownWebhookEvent"/>
/// for a <c>Tipo</c> this version of the SDK does not know. Switch on the type to handle each.
/// Checkmob may notify the same entity several times and in any order; see the README.
/// </remarks>
public abstract record WebhookEvent
{
    private protected WebhookEvent(TipoEvento tipo)
    {
        Tipo = tipo;
    }

    /// <summary>The event type as sent (a number outside <see cref="TipoEvento"/> for unknown events).</summary>
    public TipoEvento Tipo { get; }

    /// <summary>The number of items in <c>Data</c>.</summary>
    public abstract int ItemCount { get; }
}
