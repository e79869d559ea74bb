using System.Globalization;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>Formatting and calendar helpers shared by the deadline rules.</summary>
internal static class Dates
{
    /// <summary>
    /// "Monday 2027-07-05": the weekday is always shown next to the date (letters-deadlines.md §0 rule 8). In another
    /// language, the reader's long date with the weekday (<see cref="DateText.DayWithWeekday"/>).
    /// </summary>
    public static string Show(DateOnly date) => DomainText.IsSourceLanguage(CultureInfo.CurrentUICulture)
        ? date.ToString("dddd yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateText.DayWithWeekday(date);

    /// <summary>"July 4, 2027" (<see cref="DateText.Day"/> in another language).</summary>
    public static string Long(DateOnly date) => DomainText.IsSourceLanguage(CultureInfo.CurrentUICulture)
        ? date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
        : DateText.Day(date);

    /// <summary>
    /// "July 4, 2027" whatever the reader's language: for texts built once and cached for every reader (the holiday
    /// calendar), which must not take the language of the first request.
    /// </summary>
    public static string EnglishLong(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"July 2027" (<see cref="DateText.Month"/> in another language).</summary>
    public static string Month(DateOnly date) => DomainText.IsSourceLanguage(CultureInfo.CurrentUICulture)
        ? date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : DateText.Month(date);

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
