using System.Globalization;
using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>
/// Deadlines for an event known only to the month: counted from the month's first day, with the last day's
/// date beside it, and never "passed" while counting from the last day it has not.
/// </summary>
public class DeadlineCalculatorMonthTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static Deadline TwoYear(string month, string asOf) =>
        Assert.Single(DeadlineCalculator.ForMonth(DeadlineEventType.FirstCollectionActivity, D(month + "-01"), D(asOf)));

    private static Deadline ExactTwoYear(string date, string asOf) =>
        Assert.Single(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FirstCollectionActivity, D(date)), D(asOf)));

    [Fact]
    public void ForMonth_OpenMonth_CountsFromTheFirstDayAndShowsTheLastDaysDateBeside()
    {
        var month = TwoYear("2025-06", "2026-03-01");
        var first = ExactTwoYear("2025-06-01", "2026-03-01");
        var last = ExactTwoYear("2025-06-30", "2026-03-01");

        Assert.Equal(first.Date, month.Date);
        Assert.Equal(first.ActBy, month.ActBy);
        Assert.Equal(first.Status, month.Status);
        Assert.Equal(D("2027-06-01"), month.Date);
        var alternative = month.Alternatives[0];
        Assert.Equal(last.Date, alternative.Date);
        Assert.Equal(D("2027-06-30"), alternative.Date);
        Assert.Contains("depends on the exact day", alternative.Reading, StringComparison.Ordinal);
        Assert.Equal("You gave only the month (June 2025), so we counted from its first day, Sunday 2025-06-01: the earliest this date can be.", month.Working.Lines[0]);
        Assert.Equal([.. first.Working.Lines], month.Working.Lines.RemoveAt(0).ToArray());
    }

    [Fact]
    public void ForMonth_PassedFromTheFirstDayButNotFromTheLast_SaysItMayHavePassed()
    {
        // March 2024: from March 1 the 2-year date is Sunday March 1, 2026, moved to Monday March 2; from March 31, March 31, 2026.
        var month = TwoYear("2024-03", "2026-03-15");

        Assert.Equal(D("2026-03-02"), month.Date);
        Assert.Equal(D("2026-03-31"), month.Alternatives[0].Date);
        Assert.True(month.Status!.Days < 0);
        Assert.Equal("May already have passed: it depends on the exact day, so find it and act today", month.Status.Text);
    }

    [Fact]
    public void ForMonth_PassedEvenFromTheLastDay_CountsTheDaysFromTheLastDaysDate()
    {
        // January 2024: from January 31, the date was Saturday January 31, 2026, moved to Monday February 2.
        var month = TwoYear("2024-01", "2026-03-15");

        Assert.Equal(ExactTwoYear("2024-01-31", "2026-03-15").Status, month.Status);
        Assert.Equal("Passed 41 days ago", month.Status!.Text);
    }

    [Fact]
    public void ForMonth_FebruaryOfALeapYear_ReadsTheWholeMonth()
    {
        var month = TwoYear("2024-02", "2025-01-01");

        Assert.Equal(D("2026-02-02"), month.Date); // Feb 1, 2026 is a Sunday
        Assert.Equal(D("2026-03-02"), month.Alternatives[0].Date); // Feb 29 + 2 years = Feb 28, 2026, a Saturday
    }
}
