namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Options of the endpoint that <c>MapCheckmobWebhooks</c> maps: the secrets a delivery's token must match, and the
/// body size limit.
/// </summary>
/// <remarks>
/// Bound from the configuration section <see cref="ConfigurationSectionPath"/> (<c>Checkmob:Webhooks</c>; as
/// environment variables, <c>Checkmob__Webhooks__Secret</c>), then changed by the delegate given to <c>AddEndpoint</c>.
/// Validated once, when the host starts, with every problem reported together.
/// </remarks>
public sealed class CheckmobWebhookEndpointOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string ConfigurationSectionPath = "Checkmob:Webhooks";

    /// <summary>
    /// The query string parameter that carries the token: Checkmob's configuration holds only a URL, such as
    /// <c>https://example.com/webhooks/checkmob?token=...</c>.
    /// </summary>
    public const string TokenQueryParameterName = "token";

    /// <summary>The request header that may carry the token instead, for a proxy that adds one.</summary>
    public const string TokenHeaderName = "X-Checkmob-Token";

    /// <summary>The shortest secret accepted, in characters.</summary>
    public const int MinSecretLength = 32;

    /// <summary>The default of <see cref="MaxRequestBodySize"/>: 1 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 1024 * 1024;

    /// <summary>The secret a delivery's token must equal.</summary>
    /// <value>
    /// Null, the default. At least <see cref="MinSecretLength"/> characters; generate it (for example
    /// <c>openssl rand -hex 32</c>: 32 random bytes as 64 hex characters) and keep it out of source control. It is
    /// merged with <see cref="Secrets"/>.
    /// </value>
    public string? Secret { get; set; }

    /// <summary>
    /// More secrets, any of which a delivery's token may equal: during a rotation, the old and the new one.
    /// </summary>
    /// <value>Empty by default. Each at least <see cref="MinSecretLength"/> characters; merged with
    /// <see cref="Secret"/>.</value>
    public IList<string> Secrets { get; } = new List<string>();

    /// <summary>Whether the endpoint accepts requests without a token, for local development only.</summary>
    /// <value>
    /// False, the default: the application refuses to start without a secret. True accepts anything anyone posts,
    /// logs a warning when the host starts, and may not be combined with secrets.
    /// </value>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>The largest request body accepted, in bytes; a larger one is answered 413.</summary>
    /// <value>
    /// <see cref="DefaultMaxRequestBodySize"/> (1 MiB, 1048576 bytes), room for about a thousand clients in one
    /// delivery; from 1 to <see cref="WebhookParserOptions.MaxBodyLength"/>.
    /// </value>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;
}
