using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>
/// Registration: options from configuration and the delegate, validated when the host starts with every problem
/// reported together; the application refuses to start without a secret unless explicitly unauthenticated.
/// </summary>
public sealed class CheckmobWebhooksBuilderEndpointExtensionsTests
{
    [Fact]
    public async Task AddEndpoint_NoSecret_StartFailsNamingTheOptionAndTheFix()
    {
        var setup = new ReceiverSetup();
        setup.Configuration.Clear();

        var start = () => Receiver.StartAsync(setup);

        var failure = await start.Should().ThrowAsync<OptionsValidationException>();
        failure.Which.OptionsType.Should().Be<CheckmobWebhookEndpointOptions>();
        failure.Which.Message.Should().Contain("CheckmobWebhookEndpointOptions.Secret")
            .And.Contain("Checkmob__Webhooks__Secret").And.Contain("AllowUnauthenticated");
    }

    [Fact]
    public async Task AddEndpoint_ShortSecret_StartFailsNamingTheOption()
    {
        var setup = new ReceiverSetup();
        setup.Configuration["Checkmob:Webhooks:Secret"] = new string('s', 31);

        var start = () => Receiver.StartAsync(setup);

        var failure = await start.Should().ThrowAsync<OptionsValidationException>();
        failure.Which.Failures.Should().ContainSingle()
            .Which.Should().Contain("CheckmobWebhookEndpointOptions.Secret ").And.Contain("32");
        failure.Which.Message.Should().NotContain(new string('s', 31), "a secret is never echoed");
    }

    [Fact]
    public async Task AddEndpoint_ShortSecretInTheList_StartFailsNamingItsIndex()
    {
        var setup = new ReceiverSetup();
        setup.Configuration["Checkmob:Webhooks:Secrets:0"] = Secrets.Rotated;
        setup.Configuration["Checkmob:Webhooks:Secrets:1"] = "short";

        var start = () => Receiver.StartAsync(setup);

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().ContainSingle()
            .Which.Should().Contain("CheckmobWebhookEndpointOptions.Secrets[1]");
    }

    [Fact]
    public async Task AddEndpoint_SeveralProblems_StartFailsReportingEveryOne()
    {
        var setup = new ReceiverSetup
        {
            ConfigureEndpoint = options =>
            {
                options.Secret = "short";
                options.Secrets.Add(" " + Secrets.Rotated);
                options.MaxRequestBodySize = 0;
            },
        };

        var start = () => Receiver.StartAsync(setup);

        var failures = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures;
        failures.Should().HaveCount(3);
        failures.Should().ContainSingle(failure => failure.Contains(".Secret ", StringComparison.Ordinal));
        failures.Should().ContainSingle(failure => failure.Contains(".Secrets[0]", StringComparison.Ordinal));
        failures.Should().ContainSingle(failure => failure.Contains(".MaxRequestBodySize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddEndpoint_MaxRequestBodySizeOverTheParserLimit_StartFails()
    {
        var setup = new ReceiverSetup
        {
            ConfigureEndpoint = options => options.MaxRequestBodySize = WebhookParserOptions.DefaultMaxBodyLength + 1L,
        };

        var start = () => Receiver.StartAsync(setup);

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("MaxRequestBodySize").And.Contain("WebhookParserOptions.MaxBodyLength");
    }

    [Fact]
    public async Task AddEndpoint_AllowUnauthenticated_AcceptsWithoutTokenAndWarnsAtStart()
    {
        var setup = new ReceiverSetup();
        setup.Configuration.Clear();
        setup.Configuration["Checkmob:Webhooks:AllowUnauthenticated"] = "true";
        await using var receiver = await Receiver.StartAsync(setup);

        using var response = await receiver.PostAsync(Payloads.Cliente(4001), token: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        receiver.Handled.IdsCliente.Should().Equal(4001);
        receiver.Logs.Logs.Should().ContainSingle(log => log.EventId.Name == "EndpointUnauthenticated")
            .Which.Level.Should().Be(LogLevel.Warning);
    }

    [Fact]
    public async Task AddEndpoint_AllowUnauthenticatedWithASecret_StartFails()
    {
        var setup = new ReceiverSetup { ConfigureEndpoint = options => options.AllowUnauthenticated = true };

        var start = () => Receiver.StartAsync(setup);

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("AllowUnauthenticated");
    }

    [Fact]
    public async Task AddEndpoint_SecretAndSecretsFromConfiguration_BothTokensAcceptedAndNoOther()
    {
        var setup = new ReceiverSetup();
        setup.Configuration["Checkmob:Webhooks:Secrets:0"] = Secrets.Rotated;
        await using var receiver = await Receiver.StartAsync(setup);

        using var withPrimary = await receiver.PostAsync(Payloads.Cliente(4101), Secrets.Primary);
        using var withRotated = await receiver.PostAsync(Payloads.Cliente(4102), Secrets.Rotated);
        using var withNeither = await receiver.PostAsync(Payloads.Cliente(4103), Secrets.Rotated + Secrets.Primary);

        withPrimary.StatusCode.Should().Be(HttpStatusCode.OK);
        withRotated.StatusCode.Should().Be(HttpStatusCode.OK);
        withNeither.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        receiver.Handled.IdsCliente.Should().Equal(4101, 4102);
    }

    [Fact]
    public async Task AddEndpoint_Delegate_AppliesOnTopOfConfiguration()
    {
        var setup = new ReceiverSetup { ConfigureEndpoint = options => options.Secret = Secrets.Rotated };
        await using var receiver = await Receiver.StartAsync(setup);

        using var withConfigured = await receiver.PostAsync(Payloads.Cliente(4201), Secrets.Primary);
        using var withDelegates = await receiver.PostAsync(Payloads.Cliente(4202), Secrets.Rotated);

        withConfigured.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        withDelegates.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void AddEndpoint_CalledTwice_BindsTheConfigurationOnce()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Checkmob:Webhooks:Secrets:0"] = Secrets.Rotated;
        builder.Services.AddCheckmobWebhooks().AddEndpoint().AddEndpoint(options => options.Secret = Secrets.Primary);
        using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<CheckmobWebhookEndpointOptions>>().Value;

        options.Secrets.Should().Equal(Secrets.Rotated);
        options.Secret.Should().Be(Secrets.Primary);
    }

    [Fact]
    public void AddEndpoint_Defaults_AreTheDocumentedOnes()
    {
        var options = new CheckmobWebhookEndpointOptions();

        options.MaxRequestBodySize.Should().Be(1_048_576);
        options.Secret.Should().BeNull();
        options.Secrets.Should().BeEmpty();
        options.AllowUnauthenticated.Should().BeFalse();
    }
}
