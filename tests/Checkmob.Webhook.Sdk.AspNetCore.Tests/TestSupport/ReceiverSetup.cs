using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>How a test's <see cref="Receiver"/> is set up; by default, inline mode with the primary secret.</summary>
public sealed class ReceiverSetup
{
    /// <summary>The application's configuration; by default, the primary secret in <c>Checkmob:Webhooks</c>.</summary>
    public Dictionary<string, string?> Configuration { get; } = new()
    {
        ["Checkmob:Webhooks:Secret"] = Secrets.Primary,
    };

    public Action<CheckmobWebhookEndpointOptions>? ConfigureEndpoint { get; set; }

    public Action<IEndpointConventionBuilder>? ConfigureConventions { get; set; }

    /// <summary>Changes Kestrel's own options (its limits, say).</summary>
    public Action<KestrelServerOptions>? ConfigureKestrel { get; set; }

    /// <summary>Whether deliveries go to a SQLite inbox in a temporary folder (else the handlers run inline).</summary>
    public bool UseInbox { get; set; }

    /// <summary>Whether the README's filter keeps the hosting diagnostics below Warning.</summary>
    public bool FilterHostingDiagnostics { get; set; } = true;
}
