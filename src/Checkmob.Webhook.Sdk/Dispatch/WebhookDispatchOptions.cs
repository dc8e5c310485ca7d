namespace Checkmob.Webhook.Sdk;

/// <summary>How <see cref="IWebhookDispatcher"/> behaves when a handler fails.</summary>
public sealed class WebhookDispatchOptions
{
    /// <summary>Whether a failing handler stops the handlers after it.</summary>
    /// <value>
    /// False, the default: every handler runs, then one <see cref="WebhookDispatchException"/> reports every failure.
    /// Set it when later handlers depend on earlier ones having succeeded.
    /// </value>
    public bool StopOnFirstFailure { get; set; }
}
