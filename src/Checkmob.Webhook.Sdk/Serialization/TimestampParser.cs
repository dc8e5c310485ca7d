namespace Checkmob.Webhook.Sdk.Serialization;

/// <summary>
/// Parses ISO 8601 dates and timestamps straight from UTF-8: <c>yyyy-MM-dd</c>, then optionally <c>T</c> (or a
/// space) and <c>HH:mm[:ss[.fffffff]]</c>, then optionally <c>Z</c> or an offset <c>±HH[:mm]</c>.
/// </summary>
/// <remarks>
/// A value without an offset is read in the given zone (UTC when none). A value whose UTC instant falls outside
/// the range of <see cref="DateTimeOffset"/> (the "no date" sentinels .NET senders write, shifted by an offset) is
/// clamped to <see cref="DateTimeOffset.MinValue"/> or <see cref="DateTimeOffset.MaxValue"/> instead of failing.
/// </remarks>
internal static class TimestampParser
{
    private const int MaxFractionDigits = 7;

    public static bool TryParse(ReadOnlySpan<byte> text, TimeZoneInfo? zone, out DateTimeOffset value)
    {
        value = default;
        if (!TryParseDate(text, out var ticks))
        {
            return false;
        }

        var rest = text[10..];
        if (!rest.IsEmpty && !TryParseTime(ref rest, ref ticks))
        {
            return false;
        }

        if (rest.IsEmpty)
        {
            var offset = zone is null
                ? TimeSpan.Zero
                : zone.GetUtcOffset(new DateTime(ticks, DateTimeKind.Unspecified));
            value = Create(ticks, offset);
            return true;
        }

        if (!TryParseOffset(rest, out var explicitOffset))
        {
            return false;
        }

        value = Create(ticks, explicitOffset);
        return true;
    }

    private static bool TryParseDate(ReadOnlySpan<byte> text, out long ticks)
    {
        ticks = 0;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year)
            || !TryDigits(text.Slice(5, 2), out var month)
            || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        ticks = new DateTime(year, month, day).Ticks;
        return true;
    }

    private static bool TryParseTime(ref ReadOnlySpan<byte> rest, ref long ticks)
    {
        // "THH:mm" at least.
        if (rest.Length < 6 || rest[0] is not ((byte)'T' or (byte)'t' or (byte)' ') || rest[3] != ':'
            || !TryDigits(rest.Slice(1, 2), out var hour)
            || !TryDigits(rest.Slice(4, 2), out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        rest = rest[6..];
        var second = 0;
        if (rest.Length >= 3 && rest[0] == ':')
        {
            if (!TryDigits(rest.Slice(1, 2), out second) || second > 59)
            {
                return false;
            }

            rest = rest[3..];
        }

        ticks += (hour * TimeSpan.TicksPerHour)
            + (minute * TimeSpan.TicksPerMinute)
            + (second * TimeSpan.TicksPerSecond);
        if (rest.Length > 0 && rest[0] is (byte)'.' or (byte)',')
        {
            rest = rest[1..];
            var digits = 0;
            long fraction = 0;
            while (digits < rest.Length && IsDigit(rest[digits]))
            {
                if (digits < MaxFractionDigits)
                {
                    fraction = (fraction * 10) + (rest[digits] - '0');
                }

                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (var scale = Math.Min(digits, MaxFractionDigits); scale < MaxFractionDigits; scale++)
            {
                fraction *= 10;
            }

            ticks += fraction;
            rest = rest[digits..];
        }

        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<byte> rest, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (rest.Length == 1 && rest[0] is (byte)'Z' or (byte)'z')
        {
            return true;
        }

        if (rest.Length < 3 || rest[0] is not ((byte)'+' or (byte)'-') || !TryDigits(rest.Slice(1, 2), out var hours))
        {
            return false;
        }

        var minutes = 0;
        var tail = rest[3..];
        if (tail.Length == 3 && tail[0] == ':')
        {
            tail = tail[1..];
        }

        if (tail.Length == 2)
        {
            if (!TryDigits(tail, out minutes) || minutes > 59)
            {
                return false;
            }
        }
        else if (tail.Length != 0)
        {
            return false;
        }

        if (hours > 14 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (rest[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static DateTimeOffset Create(long localTicks, TimeSpan offset)
    {
        var utcTicks = localTicks - offset.Ticks;
        if (utcTicks < DateTimeOffset.MinValue.UtcTicks)
        {
            return DateTimeOffset.MinValue;
        }

        if (utcTicks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return DateTimeOffset.MaxValue;
        }

        return new DateTimeOffset(localTicks, offset);
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (!IsDigit(b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
