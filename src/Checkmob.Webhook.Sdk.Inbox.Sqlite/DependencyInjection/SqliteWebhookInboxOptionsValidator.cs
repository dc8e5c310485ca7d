using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>Checks <see cref="SqliteWebhookInboxOptions"/> once, at start-up, reporting every problem.</summary>
internal sealed class SqliteWebhookInboxOptionsValidator : IValidateOptions<SqliteWebhookInboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteWebhookInboxOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
