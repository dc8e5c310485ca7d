using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk;

/// <summary>Stores the Checkmob webhook inbox in a SQLite file.</summary>
public static class CheckmobWebhooksBuilderSqliteInboxExtensions
{
    /// <summary>
    /// Adds the inbox (as <c>AddInbox</c> does) and stores it in the SQLite file at <paramref name="path"/>,
    /// created on first use.
    /// </summary>
    /// <param name="builder">The builder <c>AddCheckmobWebhooks()</c> returned.</param>
    /// <param name="path">The SQLite file, an absolute path on a local disk; it holds personal data.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public static CheckmobWebhooksBuilder UseSqliteInbox(this CheckmobWebhooksBuilder builder, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        return builder.UseSqliteInbox(options => options.Path = path);
    }

    /// <summary>
    /// Adds the inbox (as <c>AddInbox</c> does) and stores it in a SQLite file; replaces any
    /// <see cref="IWebhookInbox"/> registered before. The options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The builder <c>AddCheckmobWebhooks()</c> returned.</param>
    /// <param name="configure">Sets the options; <see cref="SqliteWebhookInboxOptions.Path"/> is required.</param>
    /// <returns>The builder.</returns>
    public static CheckmobWebhooksBuilder UseSqliteInbox(
        this CheckmobWebhooksBuilder builder, Action<SqliteWebhookInboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        builder.AddInbox();
        var services = builder.Services;
        services.AddOptions<SqliteWebhookInboxOptions>().ValidateOnStart();
        services.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor
            .Singleton<IValidateOptions<SqliteWebhookInboxOptions>, SqliteWebhookInboxOptionsValidator>());
        services.Replace(ServiceDescriptor.Singleton<IWebhookInbox>(provider => new SqliteWebhookInbox(
            provider.GetRequiredService<IOptions<SqliteWebhookInboxOptions>>().Value,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>())));
        return builder;
    }
}
