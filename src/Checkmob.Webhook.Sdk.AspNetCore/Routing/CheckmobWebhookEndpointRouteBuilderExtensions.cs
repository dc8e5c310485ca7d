using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Checkmob.Webhook.Sdk;

/// <summary>Maps the Checkmob webhook endpoint in an ASP.NET Core application.</summary>
public static class CheckmobWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The route <see cref="MapCheckmobWebhooks"/> maps by default.</summary>
    public const string DefaultPattern = "/webhooks/checkmob";

    /// <summary>
    /// Maps the endpoint Checkmob posts its webhooks to. Give Checkmob the URL with the secret as its token, such as
    /// <c>https://example.com/webhooks/checkmob?token=...</c>.
    /// </summary>
    /// <param name="endpoints">The application, or a route group.</param>
    /// <param name="pattern">The route; <see cref="DefaultPattern"/> by default.</param>
    /// <returns>
    /// The endpoint's convention builder, to chain <c>RequireHost</c>, <c>RequireRateLimiting</c>, filters or metadata.
    /// </returns>
    /// <remarks>
    /// The endpoint answers every method on its route: 405 for anything but POST, then 401 without a valid token,
    /// 415 for a body that is not JSON in UTF-8, 413 for one over
    /// <see cref="CheckmobWebhookEndpointOptions.MaxRequestBodySize"/>, 400 (problem details with the error's kind and
    /// JSON path) for a body the parser rejects, and 200 once the delivery is stored in the inbox or, without one,
    /// handled.
    /// </remarks>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="endpoints"/> or <paramref name="pattern"/> is null.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// <c>AddCheckmobWebhooks().AddEndpoint()</c> was not called on the application's services.
    /// </exception>
    public static IEndpointConventionBuilder MapCheckmobWebhooks(
        this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);

        var isService = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (isService?.IsService(typeof(CheckmobWebhookEndpoint)) != true)
        {
            throw new InvalidOperationException(EndpointMessages.MapWithoutRegistration);
        }

        // Resolved at the first request, after the host validated the options at start-up.
        return endpoints
            .Map(pattern, HandleAsync)
            .WithDisplayName("Checkmob webhooks");
    }

    private static Task HandleAsync(HttpContext context)
        => context.RequestServices.GetRequiredService<CheckmobWebhookEndpoint>().HandleAsync(context);
}
