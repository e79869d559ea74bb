using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

/// <summary>Rev. Proc. 2013-34 §4.03(2)(b): 250% of the HHS poverty guideline in force on the evaluation date, or the $300 surplus test.</summary>
public partial class ScreeningEngineTests
{
    [Theory]
    [InlineData("2025 guideline for 2 ($21,150): at 250% ($52,875) hardship is presumed", "2025-06-01", "4406", "4400", FactorLean.Favors)]
    [InlineData("2025 guideline: $53,400 a year is above 250% and the surplus is over $300", "2025-06-01", "4450", "4000", FactorLean.Neutral)]
    [InlineData("2026 guideline for 2 ($21,640): $53,400 a year is below 250% ($54,100)", "2026-06-01", "4450", "4000", FactorLean.Favors)]
    [InlineData("2026 guideline: $54,108 a year is just above 250% ($54,100)", "2026-06-01", "4509", "4000", FactorLean.Neutral)]
    [InlineData("Above 250% with a surplus of exactly $300", "2026-06-01", "5000", "4700", FactorLean.Favors)]
    [InlineData("Above 250% with a surplus of $301", "2026-06-01", "5000", "4699", FactorLean.Neutral)]
    public void EconomicHardship_GuidelineInForceOnEvaluationDate_ClassifiesAtTheEdges(string name, string asOf, string monthlyIncome, string expenses, FactorLean expected)
    {
        var answers = Scenario.Baseline().Set($"{KnewStillMarriedNoHardship}monthly-income={monthlyIncome}; monthly-basic-expenses={expenses}");

        var hardship = Scenario.Evaluate(answers, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).Relief(ReliefType.EquitableRelief).Factors[1];

        Assert.True(expected == hardship.Lean, name + ": " + hardship.Because);
    }

    [Fact]
    public void EconomicHardship_DayBeforeAndOnEffectiveDate_SwitchesGuideline()
    {
        // The 2026 notice is effective January 13, 2026 (91 FR 1797); $53,400 a year for 2 is above 250% of 2025's and below 2026's.
        var answers = Scenario.Baseline().Set(KnewStillMarriedNoHardship + "monthly-income=4450; monthly-basic-expenses=4000");

        var before = Scenario.Evaluate(answers, new DateOnly(2026, 1, 12)).Relief(ReliefType.EquitableRelief).Factors[1];
        var on = Scenario.Evaluate(answers, new DateOnly(2026, 1, 13)).Relief(ReliefType.EquitableRelief).Factors[1];

        Assert.Equal(FactorLean.Neutral, before.Lean);
        Assert.Contains("2025 HHS poverty guidelines (90 FR 5917", before.Because, StringComparison.Ordinal);
        Assert.Equal(FactorLean.Favors, on.Lean);
        Assert.Contains("2026 HHS poverty guidelines (91 FR 1797", on.Because, StringComparison.Ordinal);
        Assert.Contains("Alaska's and Hawaii's are higher", on.Because, StringComparison.Ordinal);
    }

    [Fact]
    public void EconomicHardship_EvaluationDateOutsideGuidelineTable_SaysSoAndCountsNeitherWay()
    {
        var answers = Scenario.Baseline().Set(KnewStillMarriedNoHardship + "monthly-income=4450; monthly-basic-expenses=4000");

        var result = Scenario.Evaluate(answers, new DateOnly(2027, 2, 1)).Relief(ReliefType.EquitableRelief);

        var hardship = result.Factors[1];
        Assert.Equal(FactorLean.Unknown, hardship.Lean);
        Assert.Contains("covers January 22, 2014 to December 31, 2026, and February 1, 2027 is outside it", hardship.Because, StringComparison.Ordinal);
        Assert.Contains(result.Caveats, c => c.Contains("aspe.hhs.gov/poverty-guidelines", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, s => s.Node.Value == "c-streamlined" && s.Answer.Contains("could not check economic hardship", StringComparison.Ordinal));
    }

    [Fact]
    public void EconomicHardship_OutsideGuidelineTableWithSmallSurplus_StillFavors()
    {
        // Baseline household: $2,500 a month in, $2,400 of basic costs: a $100 surplus favors relief on either test.
        var answers = Scenario.Baseline().Set(Underpayment);

        var hardship = Scenario.Evaluate(answers, new DateOnly(2027, 2, 1)).Relief(ReliefType.EquitableRelief).Factors[1];

        Assert.Equal(FactorLean.Favors, hardship.Lean);
        Assert.Contains("outside it", hardship.Because, StringComparison.Ordinal);
    }
}
