using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>Letter 4390's two printed dates and the CDP determination without a §6015 issue (issue 10 §6).</summary>
public partial class DeadlineCalculatorTests
{
    private static (Deadline Cdp, Deadline Innocent) Letter4390(DeadlineEvent evt)
    {
        var deadlines = DeadlineCalculator.For(evt);
        return (Assert.Single(deadlines, d => d.Id == "tax-court-cdp"), Assert.Single(deadlines, d => d.Id == "tax-court-6015"));
    }

    [Fact]
    public void Letter4390_PrintedCdpDate_AppliesOnlyToTheThirtyDayPetition()
    {
        // Letter Wed 2026-03-04: day 30 Fri 04-03, day 90 Tue 06-02. The printed 30-day date must not hide days 31 to 90.
        var (cdp, innocent) = Letter4390(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04")) { PrintedCdpPetitionDate = D("2026-04-01") });

        Assert.Equal(D("2026-04-01"), cdp.Date);
        Assert.Equal(D("2026-04-03"), Assert.Single(cdp.Alternatives).Date);
        Assert.Equal(D("2026-06-02"), innocent.Date);
        Assert.Empty(innocent.Alternatives);
    }

    [Fact]
    public void Letter4390_PrintedInnocentSpouseDate_AppliesOnlyToTheNinetyDayPetition()
    {
        var (cdp, innocent) = Letter4390(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04")) { PrintedInnocentSpousePetitionDate = D("2026-05-29") });

        Assert.Equal(D("2026-04-03"), cdp.Date);
        Assert.Empty(cdp.Alternatives);
        Assert.Equal(D("2026-05-29"), innocent.Date);
    }

    [Fact]
    public void Letter4390_BothPrintedDates_EachComparedWithItsOwnDeadline()
    {
        var (cdp, innocent) = Letter4390(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04"))
        {
            PrintedCdpPetitionDate = D("2026-04-03"),
            PrintedInnocentSpousePetitionDate = D("2026-06-05"),
        });

        Assert.Equal(D("2026-04-03"), cdp.Date);
        Assert.Contains("The date printed on the letter matches the computed date.", cdp.Working.Lines);
        Assert.Equal(D("2026-06-02"), innocent.Date);
        Assert.Equal(D("2026-06-05"), Assert.Single(innocent.Alternatives).Date);
    }

    [Fact]
    public void Letter4390_PrintedDateForNoDeadline_IsNotUsedAndSaysSo()
    {
        var (cdp, innocent) = Letter4390(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04"), printedDate: D("2026-04-01")));

        Assert.Equal(D("2026-04-03"), cdp.Date);
        Assert.Equal(D("2026-06-02"), innocent.Date);
        Assert.All([cdp, innocent], d => Assert.Contains(d.Caveats, c => c.Contains("without saying which deadline it is for", StringComparison.Ordinal)));
    }

    [Fact]
    public void CdpDetermination_WithoutInnocentSpouseIssue_GivesOnlyTheThirtyDayPetition_Guralnik()
    {
        // Guralnik: day 30 Sun 2015-02-15, then Washington's Birthday, so Tue 2015-02-17.
        var deadline = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.CdpDetermination, D("2015-01-16"))));

        Assert.Equal("tax-court-cdp", deadline.Id);
        Assert.Equal(D("2015-02-17"), deadline.Date);
        Assert.True(deadline.IsTaxCourtPetition);
        Assert.DoesNotContain("innocent spouse", deadline.Title, StringComparison.Ordinal);
        Assert.Contains(deadline.Sources, s => s.Document == "TAS, Letter 3193");
        Assert.Contains(deadline.Sources, s => s.Display == "IRC §6330(d)(1)");
        Assert.Contains(deadline.Caveats, c => c.Contains("Letter 4390", StringComparison.Ordinal));
    }

    [Fact]
    public void CdpDetermination_PrintedDateLater_UsesTheComputedDate()
    {
        var deadline = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.CdpDetermination, D("2026-03-04"), printedDate: D("2026-04-06"))));

        Assert.Equal(D("2026-04-03"), deadline.Date);
        Assert.Equal(D("2026-04-06"), Assert.Single(deadline.Alternatives).Date);
    }
}
