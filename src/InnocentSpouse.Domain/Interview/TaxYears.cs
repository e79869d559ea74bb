using System.Collections.Immutable;
using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// The tax years the screening works with, and reading them from what a person types. The one place that
/// decides whether a tax year is supported (<see cref="IsSupported"/>: the engine, the API, the years page and
/// start links), and which years a person may type today (<see cref="Parse"/>).
/// </summary>
public static class TaxYears
{
    /// <summary>
    /// The earliest tax year: the holiday calendar's first year (<see cref="DcHolidayCalendar.FirstSupportedYear"/>),
    /// so every date of the year can be counted. §6015 took effect July 22, 1998 for liabilities unpaid then
    /// (IRS Restructuring and Reform Act of 1998 §3201(g)), so older years are rare but possible.
    /// </summary>
    public const int Earliest = DcHolidayCalendar.FirstSupportedYear;

    /// <summary>The latest tax year: the holiday calendar's last year.</summary>
    public const int Latest = DcHolidayCalendar.LastSupportedYear;

    /// <summary>The most tax years one interview takes: more pages than a person can sensibly answer in one go.</summary>
    public const int MaxInOneInterview = 10;

    /// <summary>
    /// Whether the screening works with <paramref name="year"/> at all: from <see cref="Earliest"/> to
    /// <see cref="Latest"/>. The engine, the API and <see cref="Parse"/> all check this.
    /// </summary>
    /// <param name="year">The tax year.</param>
    public static bool IsSupported(int year) => year is >= Earliest and <= Latest;

    /// <summary>
    /// The latest tax year a person may type on <paramref name="today"/>: the last year that has ended (a joint
    /// return for a year is filed after it ends). Only <see cref="Parse"/> applies it; the API takes any supported year.
    /// </summary>
    /// <param name="today">Today's date.</param>
    public static int LatestToEnter(DateOnly today) => Math.Min(today.Year - 1, Latest);

    /// <summary>
    /// Reads "2021, 2022" (commas, semicolons, spaces or "and") into sorted, distinct years; explains what is wrong
    /// otherwise, in words for the person (the error names no field).
    /// </summary>
    /// <param name="text">What the person typed.</param>
    /// <param name="today">Today's date: years that have not ended yet are refused.</param>
    /// <param name="error">Null when the text is usable.</param>
    public static ImmutableArray<int> Parse(string? text, DateOnly today, out string? error)
    {
        error = null;
        var parts = (text ?? "").Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            error = DomainText.Get("years.error.none", "Enter at least one tax year, for example 2021");
            return [];
        }

        var years = new SortedSet<int>();
        foreach (var part in parts)
        {
            if (part.Length != 4 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                error = Text("years.error.not-a-year", "\"{0}\" is not a year. Enter years with 4 numbers, for example 2021", part);
                return [];
            }

            if (!IsSupported(year) || year > LatestToEnter(today))
            {
                error = Text("years.error.range", "Enter tax years from {0} to {1}", Earliest, LatestToEnter(today));
                return [];
            }

            years.Add(year);
        }

        if (years.Count > MaxInOneInterview)
        {
            error = Text("years.error.too-many", "Enter up to {0} tax years at a time", MaxInOneInterview);
            return [];
        }

        return [.. years];
    }

    private static string Text(string key, string english, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, DomainText.Get(key, english), values);
}
