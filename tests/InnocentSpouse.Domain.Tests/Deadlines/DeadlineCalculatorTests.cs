using System.Collections.Immutable;
using System.Globalization;
using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

public partial class DeadlineCalculatorTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static Deadline Single(DeadlineEventType type, string date, string id, string? postmark = null, string? printed = null, bool abroad = false)
    {
        var evt = new DeadlineEvent(type, D(date), postmark is null ? null : D(postmark), printed is null ? null : D(printed), abroad);
        return Assert.Single(DeadlineCalculator.For(evt), d => d.Id == id);
    }

    /// <summary>Dates stated in the sources (letters-deadlines.md §8 item 3).</summary>
    [Theory]
    [InlineData("Frutiger: plain 90 days", DeadlineEventType.FinalDetermination, "2021-06-16", "tax-court-6015", "2021-09-14")]
    [InlineData("Rubel first letter: day 90 Sunday, across Feb 29 2016", DeadlineEventType.FinalDetermination, "2016-01-04", "tax-court-6015", "2016-04-04")]
    [InlineData("Rubel second letter: across Feb 29 2016", DeadlineEventType.FinalDetermination, "2016-01-13", "tax-court-6015", "2016-04-12")]
    [InlineData("Matuszak: day 90 Monday 2015-01-05 (day 91 was too late)", DeadlineEventType.FinalDetermination, "2014-10-07", "tax-court-6015", "2015-01-05")]
    [InlineData("Nutt: day 90 Sunday", DeadlineEventType.NoticeOfDeficiency, "2022-04-18", "tax-court-deficiency", "2022-07-18")]
    [InlineData("Sanders: day 90 Sunday", DeadlineEventType.NoticeOfDeficiency, "2022-09-12", "tax-court-deficiency", "2022-12-12")]
    [InlineData("Sall: day 90 Thanksgiving to Friday", DeadlineEventType.NoticeOfDeficiency, "2022-08-26", "tax-court-deficiency", "2022-11-25")]
    [InlineData("Guralnik: CDP day 30 Sunday then Washington's Birthday", DeadlineEventType.Letter4390, "2015-01-16", "tax-court-cdp", "2015-02-17")]
    public void For_RealCaseDates_ReproducesTheLastDay(string name, DeadlineEventType type, string letter, string id, string expected)
    {
        var deadline = Single(type, letter, id);

        Assert.True(D(expected) == deadline.Date, $"{name}: expected {expected}, got {deadline.Date}");
        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
    }

    [Fact]
    public void For_SallThanksgiving_MentionsTheClosureButDoesNotMoveTheDate()
    {
        var deadline = Single(DeadlineEventType.NoticeOfDeficiency, "2022-08-26", "tax-court-deficiency");

        Assert.Equal(D("2022-11-25"), deadline.Date);
        Assert.Contains(deadline.Caveats, c => c.Contains("closed on Friday 2022-11-25", StringComparison.Ordinal) && c.Contains("never moves", StringComparison.Ordinal));
        Assert.Contains(deadline.Working.Lines, l => l.Contains("Thanksgiving Day", StringComparison.Ordinal));
    }

    [Fact]
    public void For_Letter4390_GivesThe30DayCdpDateAndThe90DayInnocentSpouseDate()
    {
        // Letter dated Wed 2026-03-04: day 30 Fri 2026-04-03; day 90 Tue 2026-06-02.
        var deadlines = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04")));

        Assert.Collection(deadlines,
            cdp =>
            {
                Assert.Equal("tax-court-cdp", cdp.Id);
                Assert.Equal(D("2026-04-03"), cdp.Date);
                Assert.Equal(30, cdp.Working.DayNumber);
            },
            innocent =>
            {
                Assert.Equal("tax-court-6015", innocent.Id);
                Assert.Equal(D("2026-06-02"), innocent.Date);
                Assert.Contains("days 31 to 90", innocent.Rule, StringComparison.Ordinal);
                Assert.Contains("no longer the collection issues", innocent.Rule, StringComparison.Ordinal);
            });
        Assert.All(deadlines, d =>
        {
            Assert.True(d.IsTaxCourtPetition);
            Assert.False(d.CanBeExtended);
            Assert.Contains("11:59 p.m. Eastern", d.FilingNote, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void For_FinalDetermination_ShowsWorkingWithDayNumberWeekdayAndEachRoll()
    {
        // Letter Mon 2026-03-02 → day 90 Sun 2026-05-31 → Mon 2026-06-01.
        var deadline = Single(DeadlineEventType.FinalDetermination, "2026-03-02", "tax-court-6015");

        Assert.Equal(D("2026-06-01"), deadline.Date);
        Assert.Equal(D("2026-05-31"), deadline.Working.Counted);
        Assert.Contains("Day 1 is the day after: Tuesday 2026-03-03. Every calendar day counts, weekends and holidays included.", deadline.Working.Lines);
        Assert.Contains("Day 90 is Sunday 2026-05-31.", deadline.Working.Lines);
        Assert.Contains(deadline.Working.Lines, l => l.StartsWith("Sunday 2026-05-31 is a Sunday, so the last day moves to the next day, Monday 2026-06-01", StringComparison.Ordinal));
        Assert.Equal("Last day: Monday 2026-06-01.", deadline.Working.Lines[^1]);
        Assert.Contains("cannot be extended", deadline.ExtensionNote, StringComparison.Ordinal);
        Assert.Contains(deadline.Sources, s => s.Document == "Frutiger v. Commissioner");
    }

    [Fact]
    public void For_LastDayAfterMemorialDay_ActByIsFiveBusinessDaysEarlier()
    {
        // Letter Wed 2026-02-25 → day 90 Tue 2026-05-26; five business days back skips Memorial Day and the weekend.
        var deadline = Single(DeadlineEventType.FinalDetermination, "2026-02-25", "tax-court-6015");

        Assert.Equal(D("2026-05-26"), deadline.Date);
        Assert.Equal(D("2026-05-18"), deadline.ActBy);
    }

    [Fact]
    public void For_PostmarkEarlierThanLetterDate_CountsFromThePostmark()
    {
        // Letter dated 2022-09-16 but mailed 2022-09-12 (four days early, as in Nutt and Sanders).
        var deadline = Single(DeadlineEventType.FinalDetermination, "2022-09-16", "tax-court-6015", postmark: "2022-09-12");

        Assert.Equal(D("2022-09-12"), deadline.Working.Anchor);
        Assert.Equal(D("2022-12-12"), deadline.Date);
        Assert.Contains(deadline.Working.Lines, l => l.Contains("postmark", StringComparison.Ordinal));
    }

    [Fact]
    public void For_PostmarkLaterThanLetterDate_CountsFromTheLetterDate()
    {
        var deadline = Single(DeadlineEventType.FinalDetermination, "2021-06-16", "tax-court-6015", postmark: "2021-06-18");

        Assert.Equal(D("2021-06-16"), deadline.Working.Anchor);
        Assert.Equal(D("2021-09-14"), deadline.Date);
    }

    [Fact]
    public void For_DeficiencyPrintedDateLater_PrintedDateWinsAndComputedIsAlternative()
    {
        var deadline = Single(DeadlineEventType.NoticeOfDeficiency, "2022-09-12", "tax-court-deficiency", printed: "2022-12-15");

        Assert.Equal(D("2022-12-15"), deadline.Date);
        var alternative = Assert.Single(deadline.Alternatives);
        Assert.Equal(D("2022-12-12"), alternative.Date);
        Assert.Contains(deadline.Working.Lines, l => l.Contains("§6213(a)", StringComparison.Ordinal));
    }

    [Fact]
    public void For_DeficiencyPrintedDateEarlier_KeepsTheLawsDateAndWarns()
    {
        var deadline = Single(DeadlineEventType.NoticeOfDeficiency, "2022-09-12", "tax-court-deficiency", printed: "2022-12-09");

        Assert.Equal(D("2022-12-12"), deadline.Date);
        Assert.Equal(D("2022-12-09"), Assert.Single(deadline.Alternatives).Date);
    }

    [Fact]
    public void For_FinalDeterminationPrintedDateLater_UsesTheComputedDate()
    {
        // Rubel: the IRS said April 19, 2016; the real date was April 12.
        var deadline = Single(DeadlineEventType.FinalDetermination, "2016-01-13", "tax-court-6015", printed: "2016-04-19");

        Assert.Equal(D("2016-04-12"), deadline.Date);
        Assert.Contains("Rubel", Assert.Single(deadline.Alternatives).Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void For_DeficiencyAddressedAbroad_Counts150Days()
    {
        // 2026-03-02 + 150 = Thu 2026-07-30.
        var deadline = Single(DeadlineEventType.NoticeOfDeficiency, "2026-03-02", "tax-court-deficiency", abroad: true);

        Assert.Equal(150, deadline.Working.DayNumber);
        Assert.Equal(D("2026-07-30"), deadline.Date);
    }

    [Theory]
    [InlineData("Plain 30 days", "2026-03-04", "2026-04-03")]
    [InlineData("Day 30 on the observed Independence Day Friday 2026", "2026-06-03", "2026-07-06")]
    [InlineData("Day 30 on Christmas substitute Friday 2027", "2027-11-24", "2027-12-27")]
    [InlineData("Day 30 on New Year's substitute Friday 2027-12-31", "2027-12-01", "2028-01-03")]
    public void For_PreliminaryDetermination_Form12509In30DaysRolledForward(string name, string letter, string expected)
    {
        var deadline = Single(DeadlineEventType.PreliminaryDetermination, letter, "form-12509");

        Assert.True(D(expected) == deadline.Date, name);
        Assert.False(deadline.IsTaxCourtPetition);
        Assert.Contains(deadline.Caveats, c => c.Contains("unsourced", StringComparison.Ordinal));
    }

    [Fact]
    public void For_CdpLevyNotice_GivesHearingEquivalentHearingAndTwoYearClock()
    {
        // LT11 dated Thu 2026-01-15: day 30 Sat 2026-02-14 → Sun → Mon Washington's Birthday → Tue 2026-02-17.
        var deadlines = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.CdpLevyNotice, D("2026-01-15")));

        Assert.Equal(["cdp-hearing", "equivalent-hearing", "two-year-bc"], deadlines.Select(d => d.Id));
        Assert.Equal(D("2026-02-17"), deadlines[0].Date);
        Assert.Equal(3, deadlines[0].Working.Roll!.Steps.Length);
        Assert.Equal(D("2027-01-15"), deadlines[1].Date);
        Assert.Equal(D("2028-01-18"), deadlines[2].Date); // 2028-01-15 is a Saturday; Monday 01-17 is MLK Day.
    }

    [Theory]
    [InlineData("Plain anniversary", "2024-03-05", "2026-03-05", null)]
    [InlineData("Anniversary on Saturday rolls to Monday", "2024-03-07", "2026-03-09", null)]
    [InlineData("Anniversary Sunday then observed Monday holiday", "2025-07-04", "2027-07-06", null)]
    [InlineData("Leap-day start uses February 28 (a Monday)", "2020-02-29", "2022-02-28", "2022-03-01")]
    [InlineData("Leap-day start, February 28 is a Saturday", "2024-02-29", "2026-03-02", "2026-03-02")]
    public void For_FirstCollectionActivity_TwoYearWindow(string name, string start, string expected, string? alternative)
    {
        var deadline = Single(DeadlineEventType.FirstCollectionActivity, start, "two-year-bc");

        Assert.True(D(expected) == deadline.Date, name);
        if (alternative is null)
        {
            Assert.Empty(deadline.Alternatives);
        }
        else
        {
            Assert.Equal(D(alternative), Assert.Single(deadline.Alternatives).Date);
            Assert.Contains(deadline.Working.Lines, l => l.Contains("February 29", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TwoYearWindow_FirstCollectionOnLeapDay_EndsOnFebruary28()
    {
        var deadline = Single(DeadlineEventType.FirstCollectionActivity, "2028-02-29", "two-year-bc");

        Assert.Equal(D("2030-02-28"), deadline.Date); // Thursday
        Assert.Equal(D("2030-03-01"), Assert.Single(deadline.Alternatives).Date);
    }

    [Theory]
    [InlineData("Plain six months: earliest is the day after", "2026-01-10", "2026-07-11", null)]
    [InlineData("Aug 31 start clamps to Feb 28; later reading Mar 1 used", "2025-08-31", "2026-03-02", "2026-03-01")]
    [InlineData("Aug 29 start in a leap year lands on Feb 29", "2027-08-29", "2028-03-01", null)]
    public void For_ReliefRequestFiled_SixMonthRuleEarliestDay(string name, string filed, string expected, string? alternative)
    {
        var deadline = Single(DeadlineEventType.ReliefRequestFiled, filed, "six-month-rule");

        Assert.Equal(DeadlineKind.EarliestDay, deadline.Kind);
        Assert.True(D(expected) == deadline.Date, name);
        Assert.Null(deadline.ActBy);
        if (alternative is not null)
        {
            Assert.Equal(D(alternative), Assert.Single(deadline.Alternatives).Date);
        }
    }

    [Theory]
    [InlineData("Monday assessment lands on a Saturday: target Friday", "2016-03-07", "2026-03-06", "2026-03-09")]
    [InlineData("Monday assessment lands on a Sunday: target Friday", "2017-04-03", "2027-04-02", "2027-04-05")]
    [InlineData("Anniversary on a business day stays", "2016-03-09", "2026-03-09", null)]
    [InlineData("Anniversary on Sunday before observed Monday: back to Friday", "2017-07-04", "2027-07-02", "2027-07-06")]
    public void For_Assessment_CollectionPeriodTargetsPreviousBusinessDay(string name, string assessed, string target, string? rolled)
    {
        var deadline = Single(DeadlineEventType.Assessment, assessed, "collection-period-f");

        Assert.True(D(target) == deadline.Date, name);
        Assert.True(deadline.IsLowerBound);
        Assert.Contains("at least", deadline.Title, StringComparison.Ordinal);
        Assert.Contains(deadline.Caveats, c => c.Contains("suspend", StringComparison.Ordinal));
        if (rolled is not null)
        {
            Assert.Contains(deadline.Alternatives, a => a.Date == D(rolled) && a.Reading.Contains("§7503", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("the moved due date typed", "2023-04-18")]
    [InlineData("the statutory due date typed", "2023-04-15")]
    public void RefundWindows_ReturnFiledEarly_DueDateMovedByAWeekend_CountsFromApril15_AndNeverSaysPassedBeforeTheMovedReading(string name, string typed)
    {
        // April 15, 2023 was a Saturday and April 17 Emancipation Day, so the due date moved to April 18. Whether an early
        // return counts as filed on April 15 or April 18 is an open question (letters-deadlines.md §6): count from April
        // 15 (conservative) and flag it; "passed" only once the April 18 reading (last day 2026-04-20) has passed too.
        var evt = new DeadlineEvent(DeadlineEventType.ReturnFiled, D("2023-03-01"), returnDueDate: D(typed), paymentDates: [D("2025-06-10")]);

        var deadlines = DeadlineCalculator.For(evt, D("2026-04-17"));

        Assert.Equal(["refund-3-year", "refund-2-year-payment-1"], deadlines.Select(d => d.Id));
        var three = deadlines[0];
        Assert.True(D("2026-04-15") == three.Date, name);
        Assert.Equal(D("2023-04-15"), three.Working.Anchor);
        Assert.Contains(three.Alternatives, a => a.Date == D("2026-04-20") && a.Reading.Contains("2023-04-18", StringComparison.Ordinal));
        Assert.Contains(three.Caveats, c => c.Contains("open question", StringComparison.Ordinal) && c.Contains("2023-04-18", StringComparison.Ordinal));
        Assert.StartsWith("May already have passed", three.Status!.Text, StringComparison.Ordinal);
        Assert.StartsWith("Passed", DeadlineCalculator.For(evt, D("2026-04-21"))[0].Status!.Text, StringComparison.Ordinal);
        Assert.Equal(D("2027-06-10"), deadlines[1].Date);
    }

    [Fact]
    public void RefundWindows_ReturnFiledEarly_DueDateOnABusinessDay_HasOneReading()
    {
        // April 15, 2024 was a Monday: nothing to read two ways.
        var evt = new DeadlineEvent(DeadlineEventType.ReturnFiled, D("2024-02-20"), returnDueDate: D("2024-04-15"));

        var three = DeadlineCalculator.For(evt, D("2027-04-16"))[0];

        Assert.Equal(D("2027-04-15"), three.Date);
        Assert.DoesNotContain(three.Alternatives, a => a.Reading.Contains("moved due date", StringComparison.Ordinal));
        Assert.Equal("Passed 1 day ago", three.Status!.Text);
    }

    [Fact]
    public void For_NoConsideration_IsProtectiveNotALastDay()
    {
        var deadline = Single(DeadlineEventType.NoConsideration, "2026-03-02", "tax-court-protective");

        Assert.Equal(DeadlineKind.Protective, deadline.Kind);
        Assert.Equal(D("2026-06-01"), deadline.Date);
        Assert.Contains(deadline.Caveats, c => c.Contains("unconfirmed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3657-C: a Tax Court right is unconfirmed", DeadlineEventType.NoConsideration, "2024-01-10", "tax-court-protective")]
    [InlineData("refund offset: the 2-year clock may not have started", DeadlineEventType.RefundOffsetNotice, "2022-03-10", "two-year-bc")]
    public void ProtectiveDate_GoneBy_NeverSaysPassed_AndUrgesAdvice(string name, DeadlineEventType type, string date, string id)
    {
        var card = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(type, D(date)), D("2024-05-01")), d => d.Id == id);

        Assert.True(DeadlineKind.Protective == card.Kind, name);
        Assert.True(card.Status!.Days < 0, name);
        Assert.DoesNotContain("Passed", card.Status.Text, StringComparison.Ordinal);
        Assert.Contains("not settled", card.Status.Text, StringComparison.Ordinal);
        Assert.Contains("advice today", card.Status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("for any reason", card.ExtensionNote, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfirmedLastDay_GoneBy_StillSaysPassed()
    {
        var card = Single(DeadlineEventType.FirstCollectionActivity, "2022-03-10", "two-year-bc");
        var late = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FirstCollectionActivity, D("2022-03-10")), D("2024-05-01")).Single(d => d.Id == "two-year-bc");

        Assert.Equal(DeadlineKind.LastDay, card.Kind);
        Assert.StartsWith("Passed", late.Status!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_BalanceDueNotice_IsInformationalWithNoDate()
    {
        var deadline = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.BalanceDueNotice, D("2026-03-02"))));

        Assert.Equal(DeadlineKind.Informational, deadline.Kind);
        Assert.Null(deadline.Date);
        Assert.Null(deadline.ActBy);
    }

    [Fact]
    public void For_LienNoticeWithPrintedDate_UsesThePrintedDate()
    {
        var deadline = Single(DeadlineEventType.LienNotice, "2026-03-02", "cdp-hearing-lien", printed: "2026-04-08");

        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
        Assert.Equal(D("2026-04-08"), deadline.Date);
    }

    [Theory]
    [InlineData("Ten days left", "2021-09-04", 10, "10 days left")]
    [InlineData("Last day", "2021-09-14", 0, "Today is the last day")]
    [InlineData("Passed", "2021-09-15", -1, "Passed 1 day ago")]
    public void For_WithAsOf_SaysDaysLeftOrPassed(string name, string asOf, int days, string text)
    {
        var deadline = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FinalDetermination, D("2021-06-16")), D(asOf)));

        Assert.NotNull(deadline.Status);
        Assert.True(days == deadline.Status.Days, name);
        Assert.Equal(text, deadline.Status.Text);
    }

    [Fact]
    public void For_WithoutAsOf_HasNoStatus()
    {
        Assert.All(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04"))), d => Assert.Null(d.Status));
    }

    [Fact]
    public void For_EveryEventType_ReturnsCitedDeadlinesWithWorking()
    {
        foreach (var type in Enum.GetValues<DeadlineEventType>())
        {
            var deadlines = DeadlineCalculator.For(new DeadlineEvent(type, D("2026-03-02"), paymentDates: ImmutableArray<DateOnly>.Empty));

            Assert.False(deadlines.IsEmpty, type.ToString());
            Assert.All(deadlines, d =>
            {
                Assert.NotEmpty(d.Sources);
                Assert.NotEmpty(d.Working.Lines);
                Assert.False(d.CanBeExtended);
                Assert.Equal(d.Kind != DeadlineKind.Informational && d.Kind != DeadlineKind.EarliestDay, d.ActBy is not null);
                if (d.IsTaxCourtPetition)
                {
                    Assert.Contains("11:59 p.m. Eastern", d.FilingNote, StringComparison.Ordinal);
                }
            });
        }
    }

    [Fact]
    public void DeadlineEvent_DateOutsideSupportedYears_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineEvent(DeadlineEventType.FinalDetermination, new DateOnly(1950, 1, 1)));
    }
}
