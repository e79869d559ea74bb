using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>Letter 3172: IRC §6320(a)(2), (3)(B); Treas. Reg. §301.6320-1(c)(2), Q&amp;A-C3 (issue 10 §6).</summary>
public partial class DeadlineCalculatorTests
{
    private static Deadline Lien(string letter, string id, string? filed = null, string? printed = null, string? postmark = null, string? asOf = null)
    {
        var evt = new DeadlineEvent(DeadlineEventType.LienNotice, D(letter), postmark is null ? null : D(postmark), printed is null ? null : D(printed))
        {
            LienFilingDate = filed is null ? null : D(filed),
        };
        return Assert.Single(DeadlineCalculator.For(evt, asOf is null ? null : D(asOf)), d => d.Id == id);
    }

    [Fact]
    public void LienHearing_FilingDateGiven_Counts30DaysFromTheFifthBusinessDay_Newsome()
    {
        // Newsome, T.C. Memo. 2007-111: filed Thu 2004-11-04; 5th business day Fri 11-12 (weekend and Veterans Day
        // skipped); day 30 Sun 12-12 rolls to Mon 2004-12-13.
        var deadline = Lien("2004-11-08", "cdp-hearing-lien", filed: "2004-11-04");

        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
        Assert.Equal(D("2004-12-13"), deadline.Date);
        Assert.Equal(D("2004-11-12"), deadline.Working.Anchor);
        Assert.Equal(D("2004-12-12"), deadline.Working.Counted);
        Assert.Contains(deadline.Working.Lines, l => l.Contains("Veterans Day", StringComparison.Ordinal) && l.EndsWith("not a business day.", StringComparison.Ordinal));
        Assert.Contains("The 5th business day after the filing is Friday 2004-11-12. The 30-day period starts the next day (IRC §6320(a)(3)(B); Treas. Reg. §301.6320-1(c)(2), Q&A-C3).", deadline.Working.Lines);
        Assert.Contains(deadline.Sources, s => s.Document == "Newsome v. Commissioner");
        Assert.Contains(deadline.Sources, s => s.Display == "Treas. Reg. §301.6320-1(c)(2), Q&A-C3");
        Assert.Empty(deadline.Alternatives);
    }

    [Fact]
    public void LienHearing_FiveBusinessDaysOverEmancipationDay_CountsItAsABusinessDayAndShowsTheDcReading()
    {
        // Filed Mon 2026-04-13. Counting Thu 04-16 (a D.C.-only holiday) as a business day ends the 5 days on Mon 04-20
        // (day 30 Wed 2026-05-20); skipping it ends them on Tue 04-21 (day 30 Thu 2026-05-21).
        var deadline = Lien("2026-04-14", "cdp-hearing-lien", filed: "2026-04-13");

        Assert.Equal(D("2026-05-20"), deadline.Date);
        Assert.Equal(D("2026-05-21"), Assert.Single(deadline.Alternatives).Date);
        Assert.Contains(deadline.Working.Lines, l => l.Contains("Emancipation Day", StringComparison.Ordinal) && l.Contains("counts it as a business day", StringComparison.Ordinal));
        Assert.Contains(deadline.Caveats, c => c.Contains("not defined in §6320", StringComparison.Ordinal));
    }

    [Fact]
    public void LienHearing_LetterMailedAfterTheFiveBusinessDays_CountsFromTheFilingAndNeverSaysPassed()
    {
        // Filed Mon 2026-03-02; 5th business day Mon 03-09; day 30 Wed 2026-04-08. The letter is dated 03-20: letter + 30
        // (Mon 2026-04-20) would be LATER than the law's date.
        var deadline = Lien("2026-03-20", "cdp-hearing-lien", filed: "2026-03-02", asOf: "2026-04-10");

        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
        Assert.Equal(D("2026-04-08"), deadline.Date);
        Assert.Contains(deadline.Caveats, c => c.Contains("after the 5 business days ended on Monday 2026-03-09", StringComparison.Ordinal));
        Assert.Equal(-2, deadline.Status!.Days);
        Assert.StartsWith("May already have passed", deadline.Status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LienHearing_FilingAndEarlierPrintedDate_ShowsTheEarlierPrintedDate()
    {
        var deadline = Lien("2026-03-04", "cdp-hearing-lien", filed: "2026-03-02", printed: "2026-04-07");

        Assert.Equal(D("2026-04-07"), deadline.Date);
        Assert.Contains(deadline.Alternatives, a => a.Date == D("2026-04-08"));
    }

    [Fact]
    public void LienHearing_PrintedDateOnly_UsesThePrintedDateAndAsksForTheFilingDate()
    {
        var deadline = Lien("2026-03-02", "cdp-hearing-lien", printed: "2026-04-08");

        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
        Assert.Equal(D("2026-04-08"), deadline.Date);
        Assert.Contains(deadline.Working.Lines, l => l.Contains("Enter the date the lien was filed", StringComparison.Ordinal));
    }

    [Fact]
    public void LienHearing_NeitherFilingNorPrintedDate_IsAnEstimateThatSaysWhatItAssumes()
    {
        // Letter Mon 2026-03-02 + 30 = Wed 2026-04-01.
        var deadline = Lien("2026-03-02", "cdp-hearing-lien", asOf: "2026-04-03");

        Assert.Equal(DeadlineKind.Estimate, deadline.Kind);
        Assert.Equal(D("2026-04-01"), deadline.Date);
        Assert.StartsWith("Estimated", deadline.Title, StringComparison.Ordinal);
        Assert.Contains(deadline.Working.Lines, l => l.StartsWith("This assumes the IRS mailed the letter on time", StringComparison.Ordinal));
        Assert.Contains(deadline.Caveats, c => c.Contains("the real last day is EARLIER", StringComparison.Ordinal));
        Assert.DoesNotContain(deadline.Caveats.Concat(deadline.Working.Lines), t => t.Contains("rotective", StringComparison.Ordinal) || t.Contains("earlier than or equal", StringComparison.Ordinal));
        Assert.StartsWith("May already have passed", deadline.Status!.Text, StringComparison.Ordinal);
        Assert.NotNull(deadline.ActBy);
    }

    [Fact]
    public void LienEquivalentHearing_FilingDateGiven_OneYearFromTheEndOfTheFiveBusinessDays()
    {
        // Newsome: the 5 business days end Fri 2004-11-12; one year later is Sat 2005-11-12; Fri 11-11 is Veterans Day,
        // so the business day before is Thu 2005-11-10. §7503 would give Mon 2005-11-14.
        var deadline = Lien("2004-11-08", "equivalent-hearing-lien", filed: "2004-11-04");

        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
        Assert.Equal(D("2005-11-10"), deadline.Date);
        Assert.Equal(D("2004-11-12"), deadline.Working.Anchor);
        Assert.Contains(deadline.Alternatives, a => a.Date == D("2005-11-14"));
        Assert.Contains(deadline.Sources, s => s.Document.StartsWith("TAS, Form 668(Y)(c)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Printed day a Wednesday: the 5 business days ended 30 days before", "2026-04-08", "2027-03-09")]
    [InlineData("Printed day a Monday: day 30 may have been the Saturday before", "2026-04-06", "2027-03-05")]
    public void LienEquivalentHearing_PrintedDateOnly_CountsBackToTheEarliestEndOfTheFiveBusinessDays(string name, string printed, string expected)
    {
        var deadline = Lien("2026-03-02", "equivalent-hearing-lien", printed: printed);

        Assert.Equal(DeadlineKind.LastDay, deadline.Kind);
        Assert.True(D(expected) == deadline.Date, $"{name}: expected {expected}, got {deadline.Date}");
    }

    [Fact]
    public void LienEquivalentHearing_NeitherDate_IsAnEstimateFromTheLetter()
    {
        var deadline = Lien("2026-03-02", "equivalent-hearing-lien");

        Assert.Equal(DeadlineKind.Estimate, deadline.Kind);
        Assert.Equal(D("2027-03-02"), deadline.Date);
        Assert.DoesNotContain(deadline.Caveats, c => c.Contains("conservative", StringComparison.Ordinal));
        Assert.Contains(deadline.Caveats, c => c.Contains("EARLIER", StringComparison.Ordinal));
    }
}
