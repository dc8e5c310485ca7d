using System.Globalization;
using System.Text;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The texts stored as a delivery's <see cref="WebhookDelivery.LastError"/>, and the inbox's exception messages, in
/// one place. A stored error names the parse error's kind and path, or the failing handlers and their exception
/// types; never an exception's message from a handler (it may quote a CPF) and never a payload value.
/// </summary>
internal static class DeliveryErrors
{
    /// <summary>The longest error text stored; a longer one is cut.</summary>
    public const int MaxLength = 2000;

    public const string NoInboxRegistered =
        "No IWebhookInbox is registered for the webhook inbox: call UseSqliteInbox(path) on the builder that "
        + "AddCheckmobWebhooks() returned, or register your own IWebhookInbox implementation.";

    public static string Rejected(WebhookParseException error)
        => Cut(string.Create(
            CultureInfo.InvariantCulture, $"Rejected: {error.Kind} at {error.Path}. {error.Message}"));

    public static string HandlersFailed(WebhookDispatchException error)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{error.Failures.Count} of {error.HandlerCount} handlers failed:");
        for (var i = 0; i < error.Failures.Count; i++)
        {
            var failure = error.Failures[i];
            text.Append(i == 0 ? " " : "; ")
                .Append(failure.HandlerName)
                .Append(" threw ")
                .Append(TypeName(failure.Exception));
        }

        return Cut(text.Append('.').ToString());
    }

    public static string Threw(Exception exception)
        => Cut($"Processing threw {TypeName(exception)}.");

    public static string TimedOut(TimeSpan attemptTimeout)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"The attempt did not end within WebhookInboxOptions.AttemptTimeout ({attemptTimeout}) and was cancelled.");

    public static string Abandoned(int attempts)
        => "Dead-lettered after " + attempts.ToString(CultureInfo.InvariantCulture) + " attempts; the last ones "
            + "ended without an outcome (their processor stopped or crashed while the delivery was claimed).";

    public static string TypeName(Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
