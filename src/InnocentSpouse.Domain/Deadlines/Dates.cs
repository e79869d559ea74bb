using System.Globalization;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>Formatting and calendar helpers shared by the deadline rules.</summary>
internal static class Dates
{
    /// <summary>"Monday 2027-07-05": the weekday is always shown next to the date (letters-deadlines.md §0 rule 8).</summary>
    public static string Show(DateOnly date) =>
        date.ToString("dddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"July 4, 2027".</summary>
    public static string Long(DateOnly date) =>
        date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"July 2027".</summary>
    public static string Month(DateOnly date) =>
        date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The <paramref name="n"/>th given weekday of a month (n = 1 for the first).</summary>
    public static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>The last given weekday of a month.</summary>
    public static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
