using System.Globalization;
using CsCheck;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>
/// One rule, one implementation: over generated dates (exact or month only) and as-of days, the interview's window
/// decision (the engine walking Figure A or Figure C) and the deadline calculator's dates always agree. Both call
/// <see cref="ReliefWindows"/>; these properties fail if either side ever computes a window of its own.
/// </summary>
public class WindowAgreementProperties
{
    private const long Iterations = 3000;

    // Start days from 1995 to 2045 (the D.C. calendar covers 1990-2100), as-of days 0-1,100 days after the start.
    private static readonly Gen<(DateOnly Start, bool MonthOnly, int Offset)> Cases = CasesFrom(new DateOnly(1995, 1, 1));

    [Fact]
    public void TwoYearWindow_InterviewDecisionAndCalculatorDate_AlwaysAgree() =>
        Cases.Sample(c =>
        {
            var (first, last) = c.MonthOnly ? MonthOf(c.Start) : (c.Start, c.Start);
            var asOf = last.AddDays(c.Offset);
            var answer = c.MonthOnly ? c.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Iso(c.Start);

            var relief = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=" + answer), asOf).Relief(ReliefType.InnocentSpouse);
            var deadlines = c.MonthOnly
                ? DeadlineCalculator.ForMonth(DeadlineEventType.FirstCollectionActivity, first, asOf)
                : DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FirstCollectionActivity, first), asOf);
            var card = Assert.Single(deadlines, d => d.Id == "two-year-bc");
            var latest = LatestReading(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FirstCollectionActivity, last)).Single(d => d.Id == "two-year-bc"));

            var calculator = YearWindow.Standing(asOf, card.Date!.Value, latest);
            Assert.Equal(calculator, InterviewStanding(relief, "a-two-year-window"));
            Assert.Equal(calculator, CardStanding(card));
            var step = Assert.Single(relief.Reasons, s => s.Node.Value == "a-two-year-window");
            Assert.Contains(Long(calculator == WindowStanding.Closed ? latest : card.Date!.Value), step.Answer, StringComparison.Ordinal);
        }, iter: Iterations);

    [Fact]
    public void RefundWindow_InterviewDecisionAndCalculatorDate_AlwaysAgree() =>
        CasesFrom(new DateOnly(2024, 1, 1)).Sample(c =>
        {
            var (first, last) = c.MonthOnly ? MonthOf(c.Start) : (c.Start, c.Start);

            // The 2021 return was filed on April 15, 2022, so its 3 years ended by April 18, 2025: from then on only
            // the 2 years after the payment can keep the refund open, and that is the window compared here.
            var asOf = Max(last.AddDays(c.Offset), new DateOnly(2025, 4, 19));
            var answer = c.MonthOnly ? c.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Iso(c.Start);

            var relief = Scenario.Evaluate(Scenario.Baseline().Set(
                "first-collection-date=2020-06-01; liability-type=underpayment; balance-still-owed=no; paid-with-own-money=yes; return-filed-date=2022-04-15; last-own-payment-date=" + answer), asOf)
                .Relief(ReliefType.EquitableRelief);
            var early = RefundCard(first, asOf);
            var late = RefundCard(last, asOf);

            var calculator = YearWindow.Standing(asOf, early.Date!.Value, LatestReading(late));
            Assert.Equal(calculator, InterviewStanding(relief, "c-refund-window"));
            var step = Assert.Single(relief.Reasons, s => s.Node.Value == "c-refund-window");
            Assert.Contains(Long(calculator == WindowStanding.Closed ? LatestReading(late) : early.Date!.Value), step.Answer, StringComparison.Ordinal);
        }, iter: Iterations);

    [Fact]
    public void ProtectiveWindow_NeverEndsInTooLate() =>
        Gen.Select(Cases, Gen.OneOf(Gen.Const("intent-to-levy-cp504"), Gen.Const("lien-hearing-notice"), Gen.Const("not-sure"), Gen.Const("refund-offset")), Gen.OneOf(Gen.Const("no"), Gen.Const("not-sure")))
            .Sample((c, action, described) =>
            {
                var answer = c.MonthOnly ? c.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Iso(c.Start);
                var answers = Scenario.Baseline().Set($"first-collection-action={action}; offset-notice-described-relief={described}; first-collection-date={answer}");

                var result = Scenario.Evaluate(answers, MonthOf(c.Start).Last.AddDays(c.Offset));

                Assert.NotEqual(Determination.TooLate, result.Relief(ReliefType.InnocentSpouse).Determination);
                Assert.NotEqual(Determination.TooLate, result.Relief(ReliefType.SeparationOfLiability).Determination);
            }, iter: 1000);

    private static Gen<(DateOnly Start, bool MonthOnly, int Offset)> CasesFrom(DateOnly earliest) =>
        Gen.Select(Gen.Int[earliest.DayNumber, new DateOnly(2045, 12, 31).DayNumber], Gen.Bool, Gen.Int[0, 1100])
            .Select((day, monthOnly, offset) => (DateOnly.FromDayNumber(day), monthOnly, offset));

    /// <summary>
    /// A window from February 29 ends on February 28 or March 1 (letters-deadlines.md §4.1): on the day between, both the
    /// interview and the calculator say it may have passed; "too late" and "passed" come only after March 1.
    /// </summary>
    [Theory]
    [InlineData("2022-02-28", WindowStanding.Open)]
    [InlineData("2022-03-01", WindowStanding.CantTell)]
    [InlineData("2022-03-02", WindowStanding.Closed)]
    public void TwoYearWindow_FromFebruary29_IsTooLateOnlyAfterTheMarch1Reading(string asOf, WindowStanding expected)
    {
        var day = DateOnly.Parse(asOf, CultureInfo.InvariantCulture);

        var relief = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-date=2020-02-29"), day).Relief(ReliefType.InnocentSpouse);
        var card = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FirstCollectionActivity, new DateOnly(2020, 2, 29)), day).Single(d => d.Id == "two-year-bc");

        Assert.Equal(expected, InterviewStanding(relief, "a-two-year-window"));
        Assert.Equal(expected, CardStanding(card));
        Assert.Equal(new DateOnly(2022, 2, 28), card.Date);
    }

    /// <summary>
    /// Where the interview put the as-of day: too late, "can't tell" (the chart stops right after the rule with "need
    /// more information"), or on to the next step.
    /// </summary>
    private static WindowStanding InterviewStanding(ReliefResult relief, string rule)
    {
        Assert.Contains(relief.Reasons, s => s.Node.Value == rule);
        return relief.Determination switch
        {
            Determination.TooLate => WindowStanding.Closed,
            Determination.NeedMoreInformation when relief.Reasons[^1].Node.Value == rule => WindowStanding.CantTell,
            _ => WindowStanding.Open,
        };
    }

    /// <summary>What the calculator's status line says: days left, "may already have passed", or passed.</summary>
    private static WindowStanding CardStanding(Deadline card) => card.Status switch
    {
        { Days: >= 0 } => WindowStanding.Open,
        { Text: var text } when text.StartsWith("May already have passed", StringComparison.Ordinal) => WindowStanding.CantTell,
        _ => WindowStanding.Closed,
    };

    /// <summary>The latest day a card's deadline may fall on: its date, or the March 1 reading of a February 29 start.</summary>
    private static DateOnly LatestReading(Deadline card) =>
        card.Alternatives.Where(a => a.Reading.StartsWith("March 1 reading", StringComparison.Ordinal)).Select(a => a.Date).Append(card.Date!.Value).Max();

    private static Deadline RefundCard(DateOnly paid, DateOnly asOf) =>
        DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.ReturnFiled, new DateOnly(2022, 4, 15), paymentDates: [paid]), asOf)
            .Single(d => d.Id == "refund-2-year-payment-1");

    private static (DateOnly First, DateOnly Last) MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Long(DateOnly day) => day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
