using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts.Pub971;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    // 2026-07-04 is a Saturday, Friday July 3 is the observed Independence Day, so the 2-year window
    // that starts on 2024-07-04 ends on Monday 2026-07-06 (IRC §7503), not on the Saturday.
    [Theory]
    [InlineData("On the Monday the deadline rolled to: still in time", "2026-07-06", Determination.MayQualify)]
    [InlineData("The day after: too late for (b)", "2026-07-07", Determination.TooLate)]
    public void TwoYearWindow_AnniversaryOnSaturdayBeforeObservedHoliday_RollsToMonday(string name, string asOf, Determination expected)
    {
        var answers = Scenario.Baseline().Set("first-collection-date=2024-07-04");

        var result = Scenario.Evaluate(answers, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))
            .Relief(ReliefType.InnocentSpouse);

        Assert.True(expected == result.Determination, name);
        Assert.Contains(result.Reasons, s => s.Answer.Contains("July 6, 2026", StringComparison.Ordinal)
            && s.Answer.Contains("moved from July 4, 2026", StringComparison.Ordinal));
        Assert.Contains(ReliefWindows.RolledForwardCaveat, result.Caveats);
    }

    [Fact]
    public void TwoYearWindow_AnniversaryOnBusinessDay_IsNotMovedAndHasNoRollCaveat()
    {
        var result = Scenario.Evaluate(Scenario.Baseline()).Relief(ReliefType.InnocentSpouse);

        Assert.DoesNotContain(ReliefWindows.RolledForwardCaveat, result.Caveats);
        Assert.DoesNotContain(result.Reasons, s => s.Answer.Contains("moved from", StringComparison.Ordinal));
    }
}
