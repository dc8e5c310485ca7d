#if !NET
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Checkmob.Webhook.Sdk;

/// <summary>
/// The static members of newer .NET that the SDK calls, for the netstandard2.0 build: the call sites stay the same
/// on both builds, and the .NET 10 build never sees this class.
/// </summary>
/// <remarks>
/// Each member does what its .NET namesake documents for the inputs the SDK passes. Those that parse take the
/// slower way through a string: they only read custom field values, never the webhook body.
/// </remarks>
[Microsoft.CodeAnalysis.Embedded]
internal static class FrameworkShims
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull(
            [NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                Throw(paramName);
            }
        }
    }

    extension(Array)
    {
        /// <summary>The largest number of elements an array can hold, as .NET's <c>Array.MaxLength</c>.</summary>
        public static int MaxLength => 0x7FFFFFC7;
    }

    extension(Math)
    {
        public static long Clamp(long value, long min, long max) => Math.Min(Math.Max(value, min), max);
    }

    extension(Stopwatch)
    {
        public static TimeSpan GetElapsedTime(long startingTimestamp)
        {
            var elapsed = Stopwatch.GetTimestamp() - startingTimestamp;
            return new TimeSpan((long)(elapsed * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
        }
    }

    extension(char)
    {
        public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= '9' - '0';

        public static bool IsAsciiLetterUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';
    }

    extension(double)
    {
        public static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
    }

    extension(string)
    {
        public static string Create(IFormatProvider? provider, FormattableString text) => text.ToString(provider);
    }

    extension(long)
    {
        public static bool TryParse(
            ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out long result)
            => long.TryParse(s.ToString(), style, provider, out result);
    }

    extension(decimal)
    {
        public static bool TryParse(
            ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out decimal result)
            => decimal.TryParse(s.ToString(), style, provider, out result);
    }

    extension(DateTime)
    {
        public static bool TryParseExact(
            ReadOnlySpan<char> s,
            string[] formats,
            IFormatProvider? provider,
            DateTimeStyles style,
            out DateTime result)
            => DateTime.TryParseExact(s.ToString(), formats, provider, style, out result);
    }

    [DoesNotReturn]
    private static void Throw(string? paramName) => throw new ArgumentNullException(paramName);
}
#endif
