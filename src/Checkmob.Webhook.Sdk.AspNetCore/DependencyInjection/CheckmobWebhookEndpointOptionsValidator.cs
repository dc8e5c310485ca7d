using System.Globalization;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Checks <see cref="CheckmobWebhookEndpointOptions"/> once, when the host starts, and reports every problem together:
/// the application refuses to start rather than expose an endpoint anyone can post to.
/// </summary>
internal sealed class CheckmobWebhookEndpointOptionsValidator : IValidateOptions<CheckmobWebhookEndpointOptions>
{
    private readonly IOptions<WebhookParserOptions> _parserOptions;

    public CheckmobWebhookEndpointOptionsValidator(IOptions<WebhookParserOptions> parserOptions)
    {
        _parserOptions = parserOptions;
    }

    public ValidateOptionsResult Validate(string? name, CheckmobWebhookEndpointOptions options)
    {
        var problems = new List<string>();
        var secretCount = 0;
        if (options.Secret is not null)
        {
            secretCount++;
            CheckSecret(options.Secret, nameof(options.Secret), problems);
        }

        for (var i = 0; i < options.Secrets.Count; i++)
        {
            secretCount++;
            var secretName = string.Create(CultureInfo.InvariantCulture, $"{nameof(options.Secrets)}[{i}]");
            CheckSecret(options.Secrets[i] ?? string.Empty, secretName, problems);
        }

        if (secretCount == 0 && !options.AllowUnauthenticated)
        {
            problems.Add(EndpointMessages.NoSecret);
        }
        else if (secretCount > 0 && options.AllowUnauthenticated)
        {
            problems.Add(EndpointMessages.UnauthenticatedWithSecrets);
        }

        var parserLimit = _parserOptions.Value.MaxBodyLength;
        if (options.MaxRequestBodySize < 1 || options.MaxRequestBodySize > parserLimit)
        {
            problems.Add(EndpointMessages.MaxRequestBodySizeOutOfRange(parserLimit));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckSecret(string secret, string name, List<string> problems)
    {
        if (secret.Length < CheckmobWebhookEndpointOptions.MinSecretLength)
        {
            problems.Add(EndpointMessages.SecretTooShort(name));
        }
        else if (char.IsWhiteSpace(secret[0]) || char.IsWhiteSpace(secret[^1]))
        {
            problems.Add(EndpointMessages.SecretHasWhiteSpace(name));
        }
    }
}
