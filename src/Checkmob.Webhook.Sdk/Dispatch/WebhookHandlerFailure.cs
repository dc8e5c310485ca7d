namespace Checkmob.Webhook.Sdk;

/// <summary>One handler that failed during a dispatch.</summary>
public sealed class WebhookHandlerFailure
{
    /// <summary>Creates a failure record.</summary>
    /// <param name="handlerName">
    /// A readable name of the handler (its type name, or a description of a delegate).
    /// </param>
    /// <param name="handlerType">The handler's type.</param>
    /// <param name="exception">What the handler threw.</param>
    public WebhookHandlerFailure(string handlerName, Type handlerType, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(handlerName);
        ArgumentNullException.ThrowIfNull(handlerType);
        ArgumentNullException.ThrowIfNull(exception);

        HandlerName = handlerName;
        HandlerType = handlerType;
        Exception = exception;
    }

    /// <summary>A readable name of the handler.</summary>
    public string HandlerName { get; }

    /// <summary>The handler's type.</summary>
    public Type HandlerType { get; }

    /// <summary>What the handler threw.</summary>
    public Exception Exception { get; }
}
