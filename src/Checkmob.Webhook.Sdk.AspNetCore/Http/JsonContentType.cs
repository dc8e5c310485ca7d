using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Checkmob.Webhook.Sdk;

/// <summary>Which <c>Content-Type</c> headers announce a body the endpoint reads: JSON, in UTF-8.</summary>
internal static class JsonContentType
{
    /// <summary>
    /// True for no header, <c>application/json</c> and any <c>type/subtype+json</c>, with no charset or a UTF-8 one;
    /// false for anything else (another media type, another charset, a header that does not parse).
    /// </summary>
    public static bool IsAccepted(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        return isJson && IsUtf8(mediaType.Charset);
    }

    private static bool IsUtf8(StringSegment charset)
    {
        if (!charset.HasValue)
        {
            return true;
        }

        var name = HeaderUtilities.RemoveQuotes(charset);
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
