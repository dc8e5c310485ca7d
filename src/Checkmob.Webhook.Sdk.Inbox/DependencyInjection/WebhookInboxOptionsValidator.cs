using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Checks <see cref="WebhookInboxOptions"/> once, at start-up, together with the registration of an
/// <see cref="IWebhookInbox"/>, and reports every problem together.
/// </summary>
internal sealed class WebhookInboxOptionsValidator : IValidateOptions<WebhookInboxOptions>
{
    private readonly IServiceProviderIsService? _isService;

    public WebhookInboxOptionsValidator(IServiceProviderIsService? isService = null)
    {
        _isService = isService;
    }

    public ValidateOptionsResult Validate(string? name, WebhookInboxOptions options)
    {
        var problems = options.Validate();
        if (_isService is not null && !_isService.IsService(typeof(IWebhookInbox)))
        {
            problems.Add(DeliveryErrors.NoInboxRegistered);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
