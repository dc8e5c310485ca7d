namespace Checkmob.Webhook.Sdk.Samples.AspNetCore;

/// <summary>The sample's log lines: the event type and the item's id, never personal data.</summary>
internal static partial class SampleLog
{
    [LoggerMessage(
        EventId = 1, EventName = "ClienteHandled", Level = LogLevel.Information,
        Message = "Handled {Tipo} for client {IdCliente}.")]
    public static partial void ClienteHandled(ILogger logger, TipoEvento tipo, long? idCliente);

    [LoggerMessage(
        EventId = 2, EventName = "RegistroHandled", Level = LogLevel.Information,
        Message = "Handled {Tipo} for record {Id} (item {Index} of the delivery).")]
    public static partial void RegistroHandled(ILogger logger, TipoEvento tipo, long? id, int index);
}
