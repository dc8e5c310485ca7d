namespace Checkmob.Webhook.Sdk.Samples.Console;

/// <summary>
/// Totals the time spent on visits, from check-in to check-out. Checkmob notifies the same record many times, so
/// it keeps the latest duration per record id (or code) rather than adding every notification.
/// </summary>
internal sealed class VisitDurationTotals : IWebhookHandler<RegistroRealizado>
{
    private readonly Dictionary<string, TimeSpan> _durations = [];
    private readonly Lock _lock = new();

    public Task HandleAsync(RegistroRealizado webhookEvent, CancellationToken cancellationToken)
    {
        foreach (var registro in webhookEvent.Data)
        {
            if (registro.Incompleto == true || registro.DataCheckIn is not { } checkIn
                || registro.DataCheckOut is not { } checkOut || checkOut < checkIn)
            {
                continue;
            }

            var key = registro.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"#{registro.Codigo}";
            lock (_lock)
            {
                _durations[key] = checkOut - checkIn;
            }

            System.Console.WriteLine($"  visit {key}: {(checkOut - checkIn).TotalMinutes:0} min");
        }

        return Task.CompletedTask;
    }

    public string Summary()
    {
        lock (_lock)
        {
            var total = _durations.Values.Aggregate(TimeSpan.Zero, (sum, duration) => sum + duration);
            return $"Visits: {_durations.Count}, total time on site: {total.TotalHours:0.##} h";
        }
    }
}
