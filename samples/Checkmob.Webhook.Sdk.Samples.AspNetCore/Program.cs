using Checkmob.Webhook.Sdk;
using Checkmob.Webhook.Sdk.Samples.AspNetCore;

// A Checkmob webhook receiver: every delivery is stored in a SQLite file before the 200, then handled in the
// background. The secret comes from configuration (Checkmob:Webhooks:Secret, or the environment variable
// Checkmob__Webhooks__Secret); the address from --urls.
var builder = WebApplication.CreateBuilder(args);

// The inbox file: Inbox:Path (relative to the content root), or checkmob-inbox.db in the content root.
var inboxPath = Path.GetFullPath(
    builder.Configuration["Inbox:Path"] is { Length: > 0 } configured ? configured : "checkmob-inbox.db",
    builder.Environment.ContentRootPath);

builder.Services.AddCheckmobWebhooks()
    .AddHandler<ClienteHandler>()
    .AddHandler<RegistroHandler>()
    .AddEndpoint()
    // A lease of seconds, not the default minute: a restarted sample picks up at once a delivery a crash interrupted.
    .AddInbox(options => options.LeaseDuration = TimeSpan.FromSeconds(5))
    .UseSqliteInbox(inboxPath);

var app = builder.Build();
app.MapCheckmobWebhooks();
app.Run();
