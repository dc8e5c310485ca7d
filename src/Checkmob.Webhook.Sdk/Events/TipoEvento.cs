namespace Checkmob.Webhook.Sdk;

/// <summary>The kind of a Checkmob webhook notification, as sent in the envelope's <c>Tipo</c> field.</summary>
/// <remarks>
/// A number Checkmob adds later is kept as sent: it arrives as <see cref="UnknownWebhookEvent"/> whose
/// <see cref="WebhookEvent.Tipo"/> is that number cast to this enum (for example <c>(TipoEvento)99</c>).
/// </remarks>
public enum TipoEvento
{
    /// <summary>Tipo 1: a client was created.</summary>
    ClienteCriado = 1,

    /// <summary>Tipo 2: a client was edited.</summary>
    ClienteEditado = 2,

    /// <summary>Tipo 3: a record (check-in, visit, service execution) was created or updated.</summary>
    RegistroRealizado = 3,

    /// <summary>Tipo 4: a checklist was answered.</summary>
    ChecklistRespondido = 4,
}
