using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Answers one Checkmob webhook request: 405 for a method other than POST, 401 without a valid token, 415 for a body
/// that is not JSON in UTF-8, 413 for one over the limit; then stores the body in the inbox (inbox mode) or runs the
/// handlers (inline mode), and answers 200, 400 or 500. One log line per request.
/// </summary>
internal sealed partial class CheckmobWebhookEndpoint
{
    private readonly TokenAuthenticator _authenticator;
    private readonly int _maxRequestBodySize;
    private readonly IWebhookParser _parser;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public CheckmobWebhookEndpoint(
        CheckmobWebhookEndpointOptions options,
        IWebhookParser parser,
        bool usesInbox,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        _authenticator = new TokenAuthenticator(options);
        _maxRequestBodySize = checked((int)options.MaxRequestBodySize);
        _parser = parser;
        UsesInbox = usesInbox;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = loggerFactory?.CreateLogger(Log.EndpointCategory) ?? NullLogger.Instance;
    }

    /// <summary>Whether deliveries are stored in the inbox before the answer (else the handlers run inline).</summary>
    public bool UsesInbox { get; }

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var receivedAt = _timeProvider.GetUtcNow();
        var remote = context.Connection.RemoteIpAddress?.ToString();
        var request = context.Request;

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await RefuseAsync(
                context, StatusCodes.Status405MethodNotAllowed, "method not allowed",
                EndpointMessages.MethodNotAllowedTitle, EndpointMessages.MethodNotAllowedDetail, started, remote)
                .ConfigureAwait(false);
            return;
        }

        if (!_authenticator.IsAuthenticated(request))
        {
            // The same answer for a missing and a wrong token: no hint of which.
            await RefuseAsync(
                context, StatusCodes.Status401Unauthorized, "missing or wrong token",
                EndpointMessages.UnauthorizedTitle, EndpointMessages.UnauthorizedDetail, started, remote)
                .ConfigureAwait(false);
            return;
        }

        if (!JsonContentType.IsAccepted(request.ContentType))
        {
            await RefuseAsync(
                context, StatusCodes.Status415UnsupportedMediaType, "not JSON in UTF-8",
                EndpointMessages.UnsupportedMediaTypeTitle, EndpointMessages.UnsupportedMediaTypeDetail,
                started, remote)
                .ConfigureAwait(false);
            return;
        }

        using var body = await ReadBodyAsync(context, started, remote).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        var metadata = new WebhookDeliveryMetadata
        {
            ContentType = request.ContentType,
            RemoteAddress = remote,
            ReceivedAt = receivedAt,
        };
        var delivery = new Delivery(context, body.Memory, metadata, started);
        await (UsesInbox ? StoreAsync(delivery) : ProcessAsync(delivery)).ConfigureAwait(false);
    }

    /// <summary>Reads the body; when it cannot, answers (413, 400) or logs the aborted request, and returns null.
    /// </summary>
    private async Task<RequestBody?> ReadBodyAsync(HttpContext context, long started, string? remote)
    {
        RequestBody? body;
        try
        {
            body = await RequestBody.ReadAsync(context, _maxRequestBodySize).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit was lower than ours, and could not be raised.
            await RefuseAsync(
                context, StatusCodes.Status413PayloadTooLarge, "body over the server's limit",
                EndpointMessages.PayloadTooLargeTitle, EndpointMessages.PayloadTooLargeDetail(_maxRequestBodySize),
                started, remote)
                .ConfigureAwait(false);
            return null;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            // Kestrel's body timeout: the data arrived too slowly (MinRequestBodyDataRate). Its 408 is passed on.
            await RefuseAsync(
                context, StatusCodes.Status408RequestTimeout, "body arrived too slowly",
                EndpointMessages.RequestTimeoutTitle, EndpointMessages.RequestTimeoutDetail, started, remote)
                .ConfigureAwait(false);
            return null;
        }
        catch (BadHttpRequestException)
        {
            // A malformed chunk, say: the framing of the body, not its JSON, was wrong.
            await RefuseAsync(
                context, StatusCodes.Status400BadRequest, "unreadable body",
                EndpointMessages.BadBodyTitle, EndpointMessages.UnreadableBodyDetail, started, remote)
                .ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            if (context.RequestAborted.IsCancellationRequested)
            {
                // The sender hung up: nobody is left to answer. Aborting makes sure nothing, least of all ASP.NET
                // Core's default 200, is sent for a body that was never read.
                Log.RequestAborted(_logger, "its body was read", started, remote);
                context.Abort();
                return null;
            }

            // The server could not read the body of a sender still there (Kestrel reports a chunk size too large for
            // it this way): it was not read, so it must not be answered 200.
            await RefuseAsync(
                context, StatusCodes.Status400BadRequest, "unreadable body",
                EndpointMessages.BadBodyTitle, EndpointMessages.UnreadableBodyDetail, started, remote)
                .ConfigureAwait(false);
            return null;
        }

        if (body is null)
        {
            await RefuseAsync(
                context, StatusCodes.Status413PayloadTooLarge, "body too large",
                EndpointMessages.PayloadTooLargeTitle, EndpointMessages.PayloadTooLargeDetail(_maxRequestBodySize),
                started, remote)
                .ConfigureAwait(false);
        }

        return body;
    }

    private async Task RefuseAsync(
        HttpContext context, int status, string reason, string title, string detail, long started, string? remote)
    {
        Log.RequestRefused(_logger, status, reason, started, remote);
        await ProblemResponse.WriteAsync(context, status, title, detail).ConfigureAwait(false);
    }

    private static void AnswerOk(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }

    private static Task AnswerServerErrorAsync(HttpContext context)
        => ProblemResponse.WriteAsync(
            context,
            StatusCodes.Status500InternalServerError,
            EndpointMessages.ServerErrorTitle,
            EndpointMessages.ServerErrorDetail);

    /// <summary>One request whose body was read: what the inbox and inline steps need.</summary>
    private readonly record struct Delivery(
        HttpContext Context, ReadOnlyMemory<byte> Body, WebhookDeliveryMetadata Metadata, long Started)
    {
        public string? Remote => Metadata.RemoteAddress;
    }
}
