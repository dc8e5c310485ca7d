#if !NET
namespace System.Text;

/// <summary>The part of .NET's <c>System.Text.Ascii</c> that the SDK calls, for the netstandard2.0 build.</summary>
[Microsoft.CodeAnalysis.Embedded]
internal static class Ascii
{
    /// <summary>Whether two UTF-8 texts are equal when ASCII letters are compared without case.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && (!IsAsciiLetter(left[i]) || (left[i] | 0x20) != (right[i] | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';
}
#endif
