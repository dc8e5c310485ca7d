using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Tells whether a request carries one of the configured secrets as its token. The token's SHA-256 digest is compared
/// with each secret's, in constant time and with every secret, so the time taken tells nothing about the length or
/// the content of a secret, nor which one matched.
/// </summary>
internal sealed class TokenAuthenticator
{
    private const int StackLimit = 256;

    private readonly byte[][] _secretDigests;

    public TokenAuthenticator(CheckmobWebhookEndpointOptions options)
    {
        var secrets = options.Secret is null ? options.Secrets : [options.Secret, .. options.Secrets];
        _secretDigests = [.. secrets.Select(secret => SHA256.HashData(Encoding.UTF8.GetBytes(secret)))];
        IsDisabled = options.AllowUnauthenticated;
    }

    /// <summary>Whether every request passes: <see cref="CheckmobWebhookEndpointOptions.AllowUnauthenticated"/>.
    /// </summary>
    public bool IsDisabled { get; }

    public bool IsAuthenticated(HttpRequest request)
    {
        if (IsDisabled)
        {
            return true;
        }

        // One value from the query string, or else from the header; none, or several, match no secret.
        var values = request.Query[CheckmobWebhookEndpointOptions.TokenQueryParameterName];
        if (values.Count == 0)
        {
            values = request.Headers[CheckmobWebhookEndpointOptions.TokenHeaderName];
        }

        var token = values.Count == 1 ? values[0] ?? string.Empty : string.Empty;
        return Matches(token) && values.Count == 1;
    }

    private bool Matches(string token)
    {
        var length = Encoding.UTF8.GetByteCount(token);
        byte[]? rented = null;
        var utf8 = length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(token, utf8);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..written], digest);

            // No early exit: every secret is compared, whichever matches.
            var matched = 0;
            foreach (var secretDigest in _secretDigests)
            {
                matched |= CryptographicOperations.FixedTimeEquals(digest, secretDigest) ? 1 : 0;
            }

            return matched == 1;
        }
        finally
        {
            utf8.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
