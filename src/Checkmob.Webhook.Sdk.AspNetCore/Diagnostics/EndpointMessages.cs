using System.Globalization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Every text of the endpoint package in one place: the start-up problems, which name the option and the fix, and the
/// titles and details of the problem details answered. None carries a token, a secret or a payload value.
/// </summary>
internal static class EndpointMessages
{
    public const string MapWithoutRegistration =
        "MapCheckmobWebhooks needs the endpoint's services: call builder.Services.AddCheckmobWebhooks()"
        + ".AddEndpoint() (with your handlers and, preferably, UseSqliteInbox) before building the application.";

    public const string NoSecret =
        "No secret is configured for the Checkmob webhook endpoint: set CheckmobWebhookEndpointOptions.Secret "
        + "(configuration key Checkmob:Webhooks:Secret, environment variable Checkmob__Webhooks__Secret) to a random "
        + "string of at least 32 characters and put it in the URL given to Checkmob as ?token=..., or set "
        + "CheckmobWebhookEndpointOptions.AllowUnauthenticated to true, for local development only.";

    public const string UnauthenticatedWithSecrets =
        "CheckmobWebhookEndpointOptions.AllowUnauthenticated is true while secrets are configured: remove "
        + "AllowUnauthenticated to check tokens, or remove Secret and Secrets for an unauthenticated development "
        + "endpoint.";

    // Problem details: a title per status, and details that say what to send instead.
    public const string UnauthorizedTitle = "Unauthorized";
    public const string UnauthorizedDetail =
        "A valid token is required, in the query string parameter 'token' or the header X-Checkmob-Token.";

    public const string MethodNotAllowedTitle = "Method not allowed";
    public const string MethodNotAllowedDetail = "Checkmob webhooks are delivered with POST.";

    public const string UnsupportedMediaTypeTitle = "Unsupported media type";
    public const string UnsupportedMediaTypeDetail =
        "The body must be JSON in UTF-8: Content-Type application/json (or a +json type), with or without "
        + "charset=utf-8, or no Content-Type.";

    public const string PayloadTooLargeTitle = "Payload too large";

    public const string BadBodyTitle = "Invalid webhook body";
    public const string UnreadableBodyDetail =
        "The request body could not be read as sent: its HTTP framing (a chunk, say) was malformed.";

    public const string RequestTimeoutTitle = "Request timeout";
    public const string RequestTimeoutDetail = "The request body arrived too slowly.";

    public const string ServerErrorTitle = "Internal server error";
    public const string ServerErrorDetail = "The delivery could not be processed.";

    public static string SecretTooShort(string name)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"CheckmobWebhookEndpointOptions.{name} is shorter than {CheckmobWebhookEndpointOptions.MinSecretLength} "
            + $"characters: generate a longer random secret (for example 32 random bytes as hex).");

    public static string SecretHasWhiteSpace(string name)
        => $"CheckmobWebhookEndpointOptions.{name} begins or ends with white space: remove it (a copy-and-paste slip), "
            + "since the token in Checkmob's URL cannot match it.";

    public static string MaxRequestBodySizeOutOfRange(int parserMaxBodyLength)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"CheckmobWebhookEndpointOptions.MaxRequestBodySize must be from 1 to {parserMaxBodyLength} bytes "
            + $"(WebhookParserOptions.MaxBodyLength; raise it with ConfigureParser for more); the default is 1 MiB "
            + $"(1048576).");

    public static string PayloadTooLargeDetail(long limit)
        => string.Create(CultureInfo.InvariantCulture, $"The body must not exceed {limit} bytes.");
}
