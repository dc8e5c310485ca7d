namespace Checkmob.Webhook.Sdk;

/// <summary>
/// Compares text typed by people the way they read it: ignoring case, accents and the cedilla ("Observação"
/// equals "OBSERVACAO"), and white space at either end.
/// </summary>
/// <remarks>
/// Culture-independent and allocation-free, and it works the same under invariant globalization (where the
/// culture-aware <c>CompareOptions.IgnoreNonSpace</c> is silently ordinal). Folds the accented letters of
/// Latin-1 (every Portuguese one) and skips combining marks, so decomposed input ("c" + U+0327) also matches.
/// </remarks>
internal static class TextFolding
{
    // Upper-case base letter of U+00C0..U+00FF; symbols and letters without a base letter map to themselves.
    private const string Latin1Folded = "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞß" + "AAAAAAÆCEEEEIIIIÐNOOOOO÷OUUUUYÞY";

    public static bool EqualsIgnoringCaseAndAccents(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        left = left.Trim();
        right = right.Trim();

        int i = 0, j = 0;
        while (true)
        {
            i = SkipCombiningMarks(left, i);
            j = SkipCombiningMarks(right, j);
            if (i == left.Length || j == right.Length)
            {
                return i == left.Length && j == right.Length;
            }

            if (Fold(left[i++]) != Fold(right[j++]))
            {
                return false;
            }
        }
    }

    private static int SkipCombiningMarks(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] is >= '\u0300' and <= '\u036F')
        {
            index++;
        }

        return index;
    }

    private static char Fold(char c)
        => c is >= '\u00C0' and <= '\u00FF' ? Latin1Folded[c - '\u00C0'] : char.ToUpperInvariant(c);
}
