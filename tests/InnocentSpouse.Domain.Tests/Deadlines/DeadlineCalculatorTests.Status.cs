using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>"Passed" only when the right is surely lost (issue 10 §2): otherwise "may already have passed".</summary>
public partial class DeadlineCalculatorTests
{
    [Theory]
    [InlineData("Earlier printed date shown; the law's date (2021-09-14) is still ahead", DeadlineEventType.FinalDetermination, "2021-06-16", "2021-09-10", "2021-09-12", "tax-court-6015")]
    [InlineData("Collection period is only a floor", DeadlineEventType.Assessment, "2016-03-09", null, "2026-03-10", "collection-period-f")]
    [InlineData("Equivalent hearing: business day before a Saturday anniversary; §7503 would give Monday", DeadlineEventType.CdpLevyNotice, "2026-03-06", null, "2027-03-06", "equivalent-hearing")]
    public void Status_DateInDoubt_SaysMayHavePassedNotPassed(string name, DeadlineEventType type, string date, string? printed, string asOf, string id)
    {
        var deadline = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(type, D(date), printedDate: printed is null ? null : D(printed)), D(asOf)), d => d.Id == id);

        Assert.True(deadline.Status!.Days < 0, name);
        Assert.StartsWith("May already have passed", deadline.Status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_LawsOwnDatePassed_SaysPassed()
    {
        var deadline = Single(DeadlineEventType.FinalDetermination, "2021-06-16", "tax-court-6015", printed: "2021-09-14");
        var status = Assert.Single(DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FinalDetermination, D("2021-06-16"), printedDate: D("2021-09-14")), D("2021-09-16"))).Status!;

        Assert.Equal(D("2021-09-14"), deadline.Date);
        Assert.Equal("Passed 2 days ago", status.Text);
    }
}
