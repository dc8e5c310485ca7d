using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Checkmob.Webhook.Sdk.Tests.Models;

/// <summary>Checks on a record's <c>ToString()</c>: it lists every property and leaks no personal value.</summary>
internal static class PersonalDataAssertions
{
    /// <summary>Every public property appears as <c>Name = </c>, so a new one cannot be forgotten silently.</summary>
    public static void ShouldPrintEveryProperty<T>(T record)
        where T : notnull
    {
        var printed = record.ToString();
        var names = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);

        foreach (var name in names)
        {
            printed.Should().Contain($"{name} = ", "every property must be printed or masked on purpose");
        }
    }

    /// <summary>None of the values (an address, an e-mail, a note) appears in the text as sent.</summary>
    public static void ShouldContainNoneOf(string printed, IEnumerable<string?> values)
    {
        foreach (var value in values.OfType<string>().Where(v => v.Length > 0))
        {
            printed.Should().NotContain(value);
        }
    }

    /// <summary>
    /// None of the numbers (a CPF, a CNPJ, a phone, a coordinate) appears in the text: neither as sent, nor as its
    /// bare digits, nor any run of four or more of its digits (the local part of a phone, the branch of a CNPJ).
    /// </summary>
    public static void ShouldContainNoDigitsOf(string printed, IEnumerable<string?> values)
    {
        foreach (var value in values.OfType<string>().Where(v => v.Length > 0))
        {
            foreach (var fragment in Fragments(value))
            {
                printed.Should().NotContain(fragment);
            }
        }
    }

    public static string Text(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static IEnumerable<string> Fragments(string value)
    {
        yield return value;

        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 4)
        {
            yield return digits;
        }

        foreach (Match run in Regex.Matches(value, "[0-9]{4,}"))
        {
            yield return run.Value;
        }
    }
}
