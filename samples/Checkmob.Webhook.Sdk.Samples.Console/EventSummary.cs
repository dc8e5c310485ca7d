using System.Globalization;

namespace Checkmob.Webhook.Sdk.Samples.Console;

/// <summary>One readable line per event: its type, how many items, and the key fields of each.</summary>
internal static class EventSummary
{
    public static string Describe(WebhookEvent webhookEvent)
    {
        var items = webhookEvent switch
        {
            ClienteCriado criado => criado.Data.Select(Cliente),
            ClienteEditado editado => editado.Data.Select(Cliente),
            RegistroRealizado registro => registro.Data.Select(r =>
                $"Codigo={r.Codigo} DataCheckIn={Format(r.DataCheckIn)}"),
            ChecklistRespondido checklist => checklist.Data.Select(c =>
                $"Id={c.Id} Situacao={c.Situacao} Respostas={c.Respostas.Count}"),
            UnknownWebhookEvent => ["(unknown event type: kept as JSON)"],
            _ => [],
        };

        return $"{webhookEvent.GetType().Name} (Tipo {(int)webhookEvent.Tipo}), {webhookEvent.ItemCount} item(s): "
            + string.Join("; ", items);
    }

    private static string Cliente(Cliente cliente) => $"IdCliente={cliente.IdCliente} Nome={cliente.Nome}";

    private static string Format(DateTimeOffset? value)
        => value?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture) ?? "-";
}
