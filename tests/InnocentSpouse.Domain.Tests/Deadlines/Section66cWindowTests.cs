using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

public class Section66cWindowTests
{
    [Fact]
    public void Traditional_EarlyReturn_CountsFromTheDueDateUnderBothReadings()
    {
        // 2021 return filed early. April 15, 2022 was Emancipation Day (observed), so the due date moved to
        // Monday April 18, 2022 under §7503: act by October 15, 2024; the latest reading ends October 18, 2024.
        var deadline = Section66cWindow.Traditional(2021, new DateOnly(2022, 2, 1), new DateOnly(2022, 2, 1), Section66cWindow.GeneralYears);

        Assert.Equal(new DateOnly(2025, 4, 15), deadline.AssessmentEnds);
        Assert.Equal(new DateOnly(2024, 10, 15), deadline.ActBy);
        Assert.Equal(new DateOnly(2024, 10, 18), deadline.LastDay);
    }

    [Fact]
    public void Traditional_LateReturn_CountsFromTheFilingDate()
    {
        var deadline = Section66cWindow.Traditional(2021, new DateOnly(2022, 6, 10), new DateOnly(2022, 6, 10), Section66cWindow.GeneralYears);

        Assert.Equal(new DateOnly(2024, 12, 10), deadline.ActBy);
        Assert.Equal(new DateOnly(2024, 12, 10), deadline.LastDay);
    }

    [Fact]
    public void Traditional_SubstantialOmission_SixYears()
    {
        var deadline = Section66cWindow.Traditional(2021, new DateOnly(2022, 6, 10), new DateOnly(2022, 6, 10), Section66cWindow.SubstantialOmissionYears);

        Assert.Equal(new DateOnly(2027, 12, 10), deadline.ActBy);
    }

    [Fact]
    public void Traditional_MonthEndClamped_LatestReadingTakesTheNextDayThenRollsPastTheWeekend()
    {
        // August 31, 2025 minus 6 months: February 28 (earliest); March 1, a Saturday, moved to Monday March 3 (latest).
        var deadline = Section66cWindow.Traditional(2021, new DateOnly(2022, 8, 31), new DateOnly(2022, 8, 31), Section66cWindow.GeneralYears);

        Assert.Equal(new DateOnly(2025, 2, 28), deadline.ActBy);
        Assert.Equal(new DateOnly(2025, 3, 3), deadline.LastDay);
        Assert.True(deadline.LastDayRoll!.Moved);
    }

    [Fact]
    public void Traditional_FilingMonthOnly_SpansTheMonth()
    {
        var deadline = Section66cWindow.Traditional(2021, new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 30), Section66cWindow.GeneralYears);

        Assert.Equal(new DateOnly(2025, 3, 1), deadline.ActBy);
        Assert.Equal(new DateOnly(2025, 3, 31), deadline.LastDay);
    }

    [Fact]
    public void TraditionalFilingDateUnknown_HasOnlyTheEarliestReading()
    {
        var deadline = Section66cWindow.TraditionalFilingDateUnknown(2021, Section66cWindow.GeneralYears);

        Assert.Equal(new DateOnly(2024, 10, 15), deadline.ActBy);
        Assert.Null(deadline.LastDay);
        Assert.False(deadline.SurelyClosed(new DateOnly(2040, 1, 1)));
    }

    [Fact]
    public void AfterExamLetter_ThirtyDays_LastDayMovedPastTheWeekend()
    {
        // Friday May 2, 2025 + 30 days = Sunday June 1, 2025; the latest reading moves it to Monday June 2.
        var (actBy, lastDay) = Section66cWindow.AfterExamLetter(new DateOnly(2025, 5, 2), new DateOnly(2025, 5, 2));

        Assert.Equal(new DateOnly(2025, 6, 1), actBy);
        Assert.Equal(new DateOnly(2025, 6, 2), lastDay);
    }
}
