namespace Checkmob.Webhook.Sdk.AspNetCore.Tests;

/// <summary>One inline-mode receiver with the primary secret, shared by the tests of a class that only post.
/// </summary>
public sealed class InlineReceiverFixture : IAsyncLifetime
{
    private Receiver? _receiver;

    public Receiver Receiver => _receiver ?? throw new InvalidOperationException("The receiver has not started.");

    public async Task InitializeAsync() => _receiver = await Receiver.StartAsync();

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }
}
