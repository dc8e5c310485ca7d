using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>Mapping: the route, the check that the services are registered, and the conventions users chain.</summary>
public sealed class CheckmobWebhookEndpointRouteBuilderExtensionsTests
{
    [Fact]
    public void MapCheckmobWebhooks_WithoutAddEndpoint_ThrowsNamingTheMissingCall()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddCheckmobWebhooks();
        using var app = builder.Build();

        var map = () => app.MapCheckmobWebhooks();

        map.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("AddEndpoint()");
    }

    [Fact]
    public async Task MapCheckmobWebhooks_OtherPath_IsNotTheEndpoint()
    {
        await using var receiver = await Receiver.StartAsync();

        using var response = await receiver.Client.PostAsync(
            "/webhooks/other?token=" + Secrets.Primary, new ByteArrayContent(Payloads.Cliente(1)));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MapCheckmobWebhooks_RequireHostChained_OtherHostsGet404()
    {
        var setup = new ReceiverSetup { ConfigureConventions = endpoint => endpoint.RequireHost("checkmob.example") };
        await using var receiver = await Receiver.StartAsync(setup);

        using var response = await receiver.PostAsync(Payloads.Cliente(3001));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        receiver.Handled.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task MapCheckmobWebhooks_EndpointFilterChained_RunsBeforeTheEndpoint()
    {
        var setup = new ReceiverSetup
        {
            ConfigureConventions = endpoint => endpoint.AddEndpointFilter(
                (_, _) => ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status429TooManyRequests))),
        };
        await using var receiver = await Receiver.StartAsync(setup);

        using var response = await receiver.PostAsync(Payloads.Cliente(3002));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        receiver.Handled.Events.Should().BeEmpty();
    }
}
