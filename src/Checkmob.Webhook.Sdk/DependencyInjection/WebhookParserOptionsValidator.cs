using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>Checks <see cref="WebhookParserOptions"/> once, at start-up, and reports every problem together.</summary>
internal sealed class WebhookParserOptionsValidator : IValidateOptions<WebhookParserOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookParserOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
