using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk;

/// <summary>The two ways a delivery is handled once its body is read: stored in the inbox, or handled inline.</summary>
internal sealed partial class CheckmobWebhookEndpoint
{
    /// <summary>Inbox mode: store the body durably, then answer 200 at once (400 when the parser rejects it).</summary>
    private async Task StoreAsync(Delivery delivery)
    {
        var context = delivery.Context;

        // Parsed here only to name the event in the request's log line; the writer checks the body itself.
        // TODO: the body is parsed twice before the answer (here and in the writer); an AcceptAsync result that carries
        // the event's type and item count (an Inbox package change) would save one parse, about 1 ms for 1 MiB.
        var parsed = TryParse(delivery.Body);

        // Not cancelled when the sender hangs up: Checkmob never sends the event again, so a delivery that arrived
        // whole is better stored (and processed) than lost.
        var writer = context.RequestServices.GetRequiredService<IWebhookInboxWriter>();
        WebhookInboxAcceptResult accepted;
        try
        {
            accepted = await writer.AcceptAsync(delivery.Body, delivery.Metadata, CancellationToken.None)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the store throws, the answer is a 500 without internals, and one log line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.DeliveryThrew(_logger, "storing it in the inbox", ex, delivery.Started, delivery.Remote);
            await AnswerServerErrorAsync(context).ConfigureAwait(false);
            return;
        }

        if (!accepted.Accepted)
        {
            Log.DeliveryRejected(_logger, accepted.ParseError, delivery.Started, delivery.Remote);
            await ProblemResponse.WriteRejectedAsync(context, accepted.ParseError).ConfigureAwait(false);
            return;
        }

        Log.DeliveryStored(
            _logger, accepted, parsed?.Tipo ?? default, parsed?.ItemCount ?? 0, delivery.Started, delivery.Remote);
        AnswerOk(context);
    }

    /// <summary>Inline mode: run the handlers, then answer 200, 400 (rejected body) or 500 (failed handler).</summary>
    private async Task ProcessAsync(Delivery delivery)
    {
        var context = delivery.Context;

        // Resolved from the request's scope, so scoped handlers share it; the request's cancellation flows to them.
        var processor = context.RequestServices.GetRequiredService<IWebhookProcessor>();
        WebhookProcessingResult result;
        try
        {
            result = await processor.ProcessAsync(delivery.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            Log.RequestAborted(_logger, "the handlers ran", delivery.Started, delivery.Remote);
            return;
        }
#pragma warning disable CA1031 // Whatever processing throws, the answer is a 500 without internals, and one log line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.DeliveryThrew(_logger, "processing it", ex, delivery.Started, delivery.Remote);
            await AnswerServerErrorAsync(context).ConfigureAwait(false);
            return;
        }

        switch (result.Status)
        {
            case WebhookProcessingStatus.Processed:
                Log.DeliveryProcessed(_logger, result.Event!, delivery.Started, delivery.Remote);
                AnswerOk(context);
                break;
            case WebhookProcessingStatus.Rejected:
                Log.DeliveryRejected(_logger, result.ParseError!, delivery.Started, delivery.Remote);
                await ProblemResponse.WriteRejectedAsync(context, result.ParseError!).ConfigureAwait(false);
                break;
            default:
                Log.HandlersFailed(_logger, result.Event!, result.DispatchError!, delivery.Started, delivery.Remote);
                await AnswerServerErrorAsync(context).ConfigureAwait(false);
                break;
        }
    }

    private WebhookEvent? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return _parser.Parse(body.Span);
        }
#pragma warning disable CA1031 // The writer decides what a body that breaks the parser becomes; this is for the log.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
