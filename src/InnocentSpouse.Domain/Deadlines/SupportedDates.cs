namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The dates a person may give (letters, events, payments): the one range the date boxes, the deadline calculator,
/// its API and <see cref="DeadlineEvent"/> all check with <see cref="Contains"/>.
/// </summary>
public static class SupportedDates
{
    /// <summary>The first year a date may be in: the holiday calendar's first supported year.</summary>
    public const int FirstYear = DcHolidayCalendar.FirstSupportedYear;

    /// <summary>
    /// The last year a date may be in. A last day can fall up to ten years and a few days after the event (the
    /// §6502 collection period plus a weekend or holiday), and the holiday calendar must reach it.
    /// </summary>
    public const int LastYear = DcHolidayCalendar.LastSupportedYear - 11;

    /// <summary>Whether a date given by a person is in the supported range.</summary>
    /// <param name="date">The date.</param>
    public static bool Contains(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    /// <summary>Whether a year typed in a date is in the supported range.</summary>
    /// <param name="year">The year.</param>
    public static bool ContainsYear(int year) => year is >= FirstYear and <= LastYear;
}
