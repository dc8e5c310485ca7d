using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// A real ASP.NET Core application on Kestrel, on a free port of 127.0.0.1, with the endpoint mapped, a recording
/// handler, every log line captured, and optionally a SQLite inbox in a temporary folder; and a client to post to it.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _inboxFolder;

    private Receiver(WebApplication app, HandledEvents handled, CapturingLoggerProvider logs, string? inboxFolder)
    {
        _app = app;
        _inboxFolder = inboxFolder;
        Handled = handled;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    /// <summary>The address Kestrel listens on, for a test that writes raw HTTP on a socket.</summary>
    public Uri Address => Client.BaseAddress!;

    public HandledEvents Handled { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The endpoint's URL with <paramref name="token"/> as its token; none when null.</summary>
    public static string Url(string? token)
    {
        const string Pattern = CheckmobWebhookEndpointRouteBuilderExtensions.DefaultPattern;
        return token is null ? Pattern : $"{Pattern}?token={Uri.EscapeDataString(token)}";
    }

    /// <summary>Builds and starts the application; throws what its start throws (invalid options, say).</summary>
    public static async Task<Receiver> StartAsync(ReceiverSetup? setup = null)
    {
        setup ??= new ReceiverSetup();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (setup.ConfigureKestrel is { } configureKestrel)
        {
            builder.WebHost.ConfigureKestrel(configureKestrel);
        }

        builder.Configuration.AddInMemoryCollection(setup.Configuration);

        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        if (setup.FilterHostingDiagnostics)
        {
            // The README's recommendation: the hosting line "Request starting" carries the query string.
            builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        }

        var handled = new HandledEvents();
        builder.Services.AddSingleton(handled);
        var webhooks = builder.Services.AddCheckmobWebhooks()
            .AddHandler<RecordingHandler>()
            .AddEndpoint(setup.ConfigureEndpoint);
        string? inboxFolder = null;
        if (setup.UseInbox)
        {
            inboxFolder = Path.Combine(Path.GetTempPath(), "checkmob-aspnetcore-tests", Guid.NewGuid().ToString("N"));
            webhooks
                .AddInbox(options =>
                {
                    options.PollInterval = TimeSpan.FromMilliseconds(10);
                    options.BatchSize = 50;
                })
                .UseSqliteInbox(Path.Combine(inboxFolder, "inbox.db"));
        }

        var app = builder.Build();
        var endpoint = app.MapCheckmobWebhooks();
        setup.ConfigureConventions?.Invoke(endpoint);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new Receiver(app, handled, logs, inboxFolder);
    }

    public Task<HttpResponseMessage> PostAsync(
        byte[] body, string? token = Secrets.Primary, string? contentType = "application/json")
        => Client.SendAsync(Post(body, token, contentType));

    public static HttpRequestMessage Post(byte[] body, string? token, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(HttpMethod.Post, Url(token)) { Content = content };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_inboxFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_inboxFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is no test failure.
            }
        }
    }
}
