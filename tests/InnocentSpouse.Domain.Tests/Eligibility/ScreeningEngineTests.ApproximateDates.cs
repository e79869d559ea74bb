using InnocentSpouse.Domain.Deadlines;
using System.Globalization;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts.Pub971;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Eligibility;

/// <summary>
/// Dates known only to the month ("yyyy-MM"): the window rules count from the month's first and last day
/// and decide only when both agree; otherwise the result asks for the exact date.
/// </summary>
public partial class ScreeningEngineTests
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // June 2025: even from June 1 the deadline (June 1, 2027) is after the check on March 1, 2026.
    [InlineData("Every day of the month is in time", "2025-06", Determination.MayQualify)]
    // January 2024: even from January 31 the deadline (Saturday Jan 31, 2026, moved to Monday Feb 2) has passed.
    [InlineData("Every day of the month is too late", "2024-01", Determination.TooLate)]
    public void TwoYearWindow_MonthOnly_DecidesWhenBothEndsOfTheMonthAgree(string name, string month, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=" + month));

        Assert.True(expected == result.Relief(ReliefType.InnocentSpouse).Determination, name);
        Assert.True(expected == result.Relief(ReliefType.SeparationOfLiability).Determination, name);
    }

    [Fact]
    public void TwoYearWindow_MonthOnlyAndOpen_GivesTheRangeAndTheSafeDate()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2025-06")).Relief(ReliefType.InnocentSpouse);

        var step = Assert.Single(result.Reasons, s => s.Node.Value == "a-two-year-window");
        Assert.Equal(
            "Yes: you gave only the month (June 2025), so the 2-year deadline is between June 1, 2027 and June 30, 2027, depending on the day. To be safe, file Form 8857 by June 1, 2027.",
            step.Answer);
        Assert.Equal("June 2025 (day not known)", Assert.Single(result.Reasons, s => s.Fact?.Value == "first-collection-date").Answer);
    }

    [Fact]
    public void TwoYearWindow_MonthOnlyAndClosed_SaysEvenTheLastDayIsTooLate()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-01")).Relief(ReliefType.InnocentSpouse);

        var step = Assert.Single(result.Reasons, s => s.Node.Value == "a-two-year-window");
        Assert.StartsWith("No: even counting from the last day of January 2024, the 2-year deadline was February 2, 2026 (moved from January 31, 2026", step.Answer, StringComparison.Ordinal);
        Assert.Contains(ReliefWindows.RolledForwardCaveat, result.Caveats);
    }

    [Fact]
    public void TwoYearWindow_MonthOnlyAndDeadlineInsideTheMonthsRange_NeedsTheExactDate()
    {
        // March 2024: the deadline is between Monday March 2, 2026 (from March 1) and March 31, 2026 (from March 31).
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-03"), Day("2026-03-15"));

        foreach (var (relief, prefix) in new[] { (ReliefType.InnocentSpouse, "a"), (ReliefType.SeparationOfLiability, "b") })
        {
            var r = result.Relief(relief);
            Assert.Equal(Determination.NeedMoreInformation, r.Determination);
            Assert.Equal(prefix + "-two-year-window", r.Reasons[^1].Node.Value);
            Assert.Equal(relief == ReliefType.InnocentSpouse ? "§6015(b)(1)(E)" : "§6015(c)(3)(B)", r.Source.Locator);
            Assert.StartsWith("Whether the 2-year deadline has passed depends on a detail we can't settle: you gave only the month", r.Summary, StringComparison.Ordinal);
            Assert.Contains("File Form 8857 right away", r.Summary, StringComparison.Ordinal);
            Assert.Contains("account transcript", r.Summary, StringComparison.Ordinal);
            Assert.Contains("printed on the letter", r.Summary, StringComparison.Ordinal);
            var step = Assert.Single(r.Reasons, s => s.Node.Value == prefix + "-two-year-window");
            Assert.Equal("Can't tell: you gave only the month (March 2024). The 2-year deadline is between March 2, 2026 and March 31, 2026, depending on the day, and March 15, 2026 falls in that range.", step.Answer);
        }

        // Equitable relief has no 2-year limit (Lantz): it is screened just as when the date is not known at all.
        var notSure = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=not-sure"), Day("2026-03-15"));
        Assert.Equal(notSure.Relief(ReliefType.EquitableRelief).Determination, result.Relief(ReliefType.EquitableRelief).Determination);
    }

    [Fact]
    public void FigureC_WhenBAndCNeedTheExactDate_SaysTheyAreNotKnownYetRatherThanUnlikely()
    {
        var undecided = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-03"), Day("2026-03-15")).Relief(ReliefType.EquitableRelief);
        var tooLate = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-01"), Day("2026-03-15")).Relief(ReliefType.EquitableRelief);

        Assert.Equal(
            "Not known yet: we could not finish checking (b) or (c) without more information, so equitable relief is checked as well.",
            Assert.Single(undecided.Reasons, s => s.Node.Value == "c-covered-by-b-or-c").Answer);
        Assert.Equal("No: neither (b) nor (c) looks likely to cover all of it.", Assert.Single(tooLate.Reasons, s => s.Node.Value == "c-covered-by-b-or-c").Answer);
    }

    [Theory]
    // The month's exact first and last days decide as before; the month alone lies between them.
    [InlineData("2024-03-01", Determination.TooLate)]
    [InlineData("2024-03-31", Determination.MayQualify)]
    [InlineData("2024-03", Determination.NeedMoreInformation)]
    public void TwoYearWindow_ExactDaysAtTheEdgesOfTheMonth_DecideAndTheMonthDoesNot(string date, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=" + date), Day("2026-03-15"));

        Assert.Equal(expected, result.Relief(ReliefType.InnocentSpouse).Determination);
    }

    [Fact]
    public void TwoYearWindow_ExactDate_ExplanationUnchanged()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-03-31"), Day("2026-03-15")).Relief(ReliefType.InnocentSpouse);

        Assert.Equal("Yes: the 2-year deadline is March 31, 2026. File Form 8857 by then.", Assert.Single(result.Reasons, s => s.Node.Value == "a-two-year-window").Answer);
        Assert.Equal("2024-03-31", Assert.Single(result.Reasons, s => s.Fact?.Value == "first-collection-date").Answer);
    }

    [Theory]
    // February 2024 (leap year). From Feb 1: Sunday Feb 1, 2026 rolls to Monday Feb 2. From Feb 29: 2026 has no
    // Feb 29, so Feb 28 (a Saturday), which rolls to Monday March 2.
    [InlineData("Last day the earliest reading allows", "2026-02-02", Determination.MayQualify)]
    [InlineData("Day after: some days of February would be late", "2026-02-03", Determination.NeedMoreInformation)]
    [InlineData("Last day the latest reading allows", "2026-03-02", Determination.NeedMoreInformation)]
    [InlineData("Day after: every day of February is late", "2026-03-03", Determination.TooLate)]
    public void TwoYearWindow_FebruaryOfALeapYear_BoundsRollPastWeekends(string name, string asOf, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-02"), Day(asOf));

        Assert.True(expected == result.Relief(ReliefType.InnocentSpouse).Determination, name);
        Assert.True(expected == result.Relief(ReliefType.SeparationOfLiability).Determination, name);
    }

    [Theory]
    // January 2024. From Jan 1: New Year's Day 2026 (a Thursday, a D.C. legal holiday) rolls to Friday Jan 2.
    // From Jan 31: Saturday Jan 31, 2026 rolls to Monday Feb 2.
    [InlineData("2026-01-02", Determination.MayQualify)]
    [InlineData("2026-01-03", Determination.NeedMoreInformation)]
    [InlineData("2026-02-02", Determination.NeedMoreInformation)]
    [InlineData("2026-02-03", Determination.TooLate)]
    public void TwoYearWindow_MonthStartingOnAHoliday_SafeDateIsTheNextBusinessDay(string asOf, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2024-01"), Day(asOf)).Relief(ReliefType.InnocentSpouse);

        Assert.Equal(expected, result.Determination);
        if (expected == Determination.MayQualify)
        {
            var step = Assert.Single(result.Reasons, s => s.Node.Value == "a-two-year-window");
            Assert.Contains("file Form 8857 by January 2, 2026 (moved from January 1, 2026 under IRC §7503", step.Answer, StringComparison.Ordinal);
            Assert.Contains(ReliefWindows.RolledForwardCaveat, result.Caveats);
        }
    }

    // The return was filed on its due date (April 15, 2022, a D.C. holiday, so read as late as April 18), so the 3 years
    // after filing ended on April 18, 2025 at the latest:
    // only the 2 years after the payment can keep the refund open on the dates below.
    private const string PaidInFull = "liability-type=underpayment; balance-still-owed=no; paid-with-own-money=yes; return-filed-date=2022-04-15; ";

    [Theory]
    [InlineData("Every day of the month is in time", "2024-06", "2026-03-01", Determination.MayQualify)]
    [InlineData("Every day of the month is too late", "2023-06", "2026-03-01", Determination.TooLate)]
    [InlineData("Leap February, first reading still open", "2024-02", "2026-02-02", Determination.MayQualify)]
    [InlineData("Leap February, depends on the day", "2024-02", "2026-02-15", Determination.NeedMoreInformation)]
    [InlineData("Leap February, rolled last reading still possible", "2024-02", "2026-03-02", Determination.NeedMoreInformation)]
    [InlineData("Leap February, every reading closed", "2024-02", "2026-03-03", Determination.TooLate)]
    public void RefundWindow_MonthOnly_DecidesOnlyWhenBothEndsAgree(string name, string month, string asOf, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(PaidInFull + "last-own-payment-date=" + month), Day(asOf));

        Assert.True(expected == result.Relief(ReliefType.EquitableRelief).Determination, name);
    }

    [Fact]
    public void RefundWindow_MonthOnlyAndUndecided_AsksForTheExactDateAndNamesBothPeriods()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(PaidInFull + "last-own-payment-date=2024-02"), Day("2026-02-15"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal("c-refund-window", result.Reasons[^1].Node.Value);
        Assert.Equal("§6015(f)(2)(B)", result.Source.Locator);
        Assert.StartsWith("Whether you can still get a refund depends on a date we don't know exactly", result.Summary, StringComparison.Ordinal);
        Assert.Contains("File Form 8857 right away", result.Summary, StringComparison.Ordinal);
        Assert.Contains("bank statement", result.Summary, StringComparison.Ordinal);
        var step = Assert.Single(result.Reasons, s => s.Node.Value == "c-refund-window");
        Assert.Equal(
            "Can't tell: it depends on exact dates. You gave only the month of your latest payment (February 2024): the 2 years after it end between February 2, 2026 and March 2, 2026, depending on the day you paid, and February 15, 2026 falls in that range. The 3 years after the return was filed ended on April 18, 2025.",
            step.Answer);
    }

    [Fact]
    public void RefundWindow_MonthOnlyAndOpen_GivesTheSafeDate()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(PaidInFull + "last-own-payment-date=2024-06")).Relief(ReliefType.EquitableRelief);

        var step = Assert.Single(result.Reasons, s => s.Node.Value == "c-refund-window");
        Assert.Equal(
            "Yes: you gave only the month of your latest payment (June 2024), so you can ask for a refund of it until a day between June 1, 2026 and June 30, 2026, depending on the day you paid. To be safe, file Form 8857 by June 1, 2026.",
            step.Answer);
        Assert.Contains(result.Caveats, c => c.Contains("IRC §6511(a)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-06-30", "Yes: you can ask for a refund of that payment until June 30, 2026, 2 years after you paid.")]
    [InlineData("2023-06-01", "No: the 2 years after your latest payment ended on June 2, 2025 (moved from June 1, 2025 under IRC §7503: ")]
    public void RefundWindow_ExactDate_ExplainsTheLastDay(string date, string expectedStart)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(PaidInFull + "last-own-payment-date=" + date)).Relief(ReliefType.EquitableRelief);

        Assert.StartsWith(expectedStart, Assert.Single(result.Reasons, s => s.Node.Value == "c-refund-window").Answer, StringComparison.Ordinal);
    }
}
