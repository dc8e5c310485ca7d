using System.Globalization;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// One or more handlers failed while dispatching an event. Every handler still ran (unless
/// <see cref="WebhookDispatchOptions.StopOnFirstFailure"/> is set); <see cref="Failures"/> names each one that failed.
/// </summary>
public sealed class WebhookDispatchException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public WebhookDispatchException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookDispatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Failures = [];
    }

    /// <summary>Creates an exception for the handlers that failed on one event.</summary>
    /// <param name="tipo">The type of the event that was dispatched.</param>
    /// <param name="failures">The handlers that failed, in the order they ran; at least one.</param>
    /// <param name="handlerCount">How many handlers ran or were due to run.</param>
    public WebhookDispatchException(TipoEvento tipo, IReadOnlyList<WebhookHandlerFailure> failures, int handlerCount)
        : base(Describe(tipo, failures, handlerCount), failures is { Count: > 0 } ? failures[0].Exception : null)
    {
        Tipo = tipo;
        Failures = failures;
        HandlerCount = handlerCount;
    }

    /// <summary>The type of the event that was dispatched.</summary>
    public TipoEvento Tipo { get; }

    /// <summary>
    /// The handlers that failed, in the order they ran. The first one's exception is also
    /// <see cref="Exception.InnerException"/>.
    /// </summary>
    public IReadOnlyList<WebhookHandlerFailure> Failures { get; }

    /// <summary>How many handlers ran or were due to run for the event.</summary>
    public int HandlerCount { get; }

    private static string Describe(TipoEvento tipo, IReadOnlyList<WebhookHandlerFailure> failures, int handlerCount)
    {
        ArgumentNullException.ThrowIfNull(failures);

        var failed = failures.Count;
        var number = (int)tipo;
        var names = string.Join(", ", failures.Select(failure => failure.HandlerName));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{failed} of {handlerCount} webhook handlers failed on {tipo} ({number}): {names}. See Failures.");
    }
}
