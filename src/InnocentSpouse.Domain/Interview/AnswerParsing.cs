using System.Globalization;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// Parses stored invariant answer strings. Dates are ISO "yyyy-MM-dd", or "yyyy-MM" for a month whose day
/// is not known; numbers are plain digits.
/// </summary>
public static class AnswerParsing
{
    /// <summary>Parses an ISO calendar date (exact dates only; see <see cref="TryDateRange"/> for months).</summary>
    /// <param name="value">E.g. "2024-03-01".</param>
    /// <param name="date">The date when valid.</param>
    public static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, AnswerValues.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses an ISO year and month with no day, e.g. "2024-03", to the first day of that month.</summary>
    /// <param name="value">E.g. "2024-03".</param>
    /// <param name="firstDay">The first day of the month when valid.</param>
    public static bool TryMonth(string? value, out DateOnly firstDay)
    {
        // Exactly four digits, a hyphen and two digits: "2024-3" and "+2024-03" are not months.
        if (value is { Length: 7 } && value[4] == '-' && value.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0
            && value.AsSpan(5).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            var year = int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            var month = int.Parse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year >= 1 && month is >= 1 and <= 12)
            {
                firstDay = new DateOnly(year, month, 1);
                return true;
            }
        }

        firstDay = default;
        return false;
    }

    /// <summary>
    /// Parses an exact date or a month into the inclusive range of days it may mean: an exact date gives
    /// <paramref name="earliest"/> == <paramref name="latest"/>; "2024-03" gives March 1 to March 31, 2024.
    /// </summary>
    /// <param name="value">E.g. "2024-03-01" or "2024-03".</param>
    /// <param name="earliest">The first day the answer may mean.</param>
    /// <param name="latest">The last day the answer may mean.</param>
    public static bool TryDateRange(string? value, out DateOnly earliest, out DateOnly latest)
    {
        if (TryDate(value, out earliest))
        {
            latest = earliest;
            return true;
        }

        if (TryMonth(value, out earliest))
        {
            latest = new DateOnly(earliest.Year, earliest.Month, DateTime.DaysInMonth(earliest.Year, earliest.Month));
            return true;
        }

        latest = default;
        return false;
    }

    /// <summary>Parses a whole, non-negative number written with digits only.</summary>
    /// <param name="value">E.g. "2150".</param>
    /// <param name="number">The number when valid.</param>
    public static bool TryWholeNumber(string? value, out long number) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
