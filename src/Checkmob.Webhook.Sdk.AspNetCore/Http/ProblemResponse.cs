using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Writes the endpoint's error answers as RFC 9457 (formerly 7807) problem details, <c>application/problem+json</c>.
/// They say what was wrong and, for a rejected body, the error's kind and JSON path; never a payload value, a token or
/// an exception's internals.
/// </summary>
internal static class ProblemResponse
{
    private const string ContentType = "application/problem+json";

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
        => WriteAsync(context, status, title, detail, parseError: null);

    public static Task WriteRejectedAsync(HttpContext context, WebhookParseException parseError)
        => WriteAsync(
            context, StatusCodes.Status400BadRequest, EndpointMessages.BadBodyTitle, parseError.Message, parseError);

    private static async Task WriteAsync(
        HttpContext context, int status, string title, string detail, WebhookParseException? parseError)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";

        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("type", TypeOf(status));
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            if (parseError is not null)
            {
                writer.WriteString("kind", parseError.Kind.ToString());
                writer.WriteString("path", parseError.Path);
                WriteNumberIfKnown(writer, "line", parseError.LineNumber);
                WriteNumberIfKnown(writer, "bytePositionInLine", parseError.BytePositionInLine);
            }

            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteNumberIfKnown(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    // The section of RFC 9110 that defines the status, as ASP.NET Core's own problem details do.
    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        StatusCodes.Status405MethodNotAllowed => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        StatusCodes.Status408RequestTimeout => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status415UnsupportedMediaType => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };
}
