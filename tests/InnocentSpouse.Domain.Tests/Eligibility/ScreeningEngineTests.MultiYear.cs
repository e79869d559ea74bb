using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    [Fact]
    public void MultiYear_HouseholdFactsAskedOnce_YearFactsAskedPerYear()
    {
        var truth = Scenario.Baseline(2019).WithYearDefaults(2020)
            .Set("liability-type=underpayment", 2019)
            .Set("refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=yes", 2020);

        var (result, asked) = Scenario.Interview(truth);

        Assert.True(result.IsComplete);
        Assert.Single(asked, a => a.Key == "marital-status");
        Assert.All(asked.Where(a => a.Key == "marital-status"), a => Assert.Null(a.Year));
        Assert.Contains(("filed-joint-return", (int?)2019), asked);
        Assert.Contains(("filed-joint-return", (int?)2020), asked);
        Assert.True(asked.FindIndex(a => a.Year == 2020) > asked.FindLastIndex(a => a.Year == 2019), "Year 2019 is finished before 2020 starts.");
    }

    [Fact]
    public void MultiYear_EachYearGetsItsOwnOutcomes()
    {
        var answers = Scenario.Baseline(2019).WithYearDefaults(2020).WithYearDefaults(2021)
            .Set("liability-type=underpayment", 2019)
            .Set("first-collection-date=2022-01-10", 2020)
            .Set("irs-contacted-you=no", 2021);

        var result = Scenario.Evaluate(answers);

        Assert.Equal([2019, 2020, 2021], result.Years.Select(y => y.TaxYear));
        Assert.Equal(Determination.NotApplicable, result.Relief(ReliefType.InnocentSpouse, 2019).Determination);
        Assert.Equal(Determination.MayQualify, result.Relief(ReliefType.EquitableRelief, 2019).Determination);
        Assert.Equal(Determination.TooLate, result.Relief(ReliefType.InnocentSpouse, 2020).Determination);
        Assert.Equal(Determination.TooLate, result.Relief(ReliefType.SeparationOfLiability, 2020).Determination);
        Assert.Equal(Determination.MayQualify, result.Relief(ReliefType.EquitableRelief, 2020).Determination);
        Assert.All(Section6015, r => Assert.Equal(Determination.NotYet, result.Relief(r, 2021).Determination));
    }

    [Fact]
    public void MultiYear_IncompleteSecondYear_FirstYearResultsAlreadyAvailable()
    {
        var answers = Scenario.Baseline(2019).WithTaxYear(2020);

        var result = Scenario.Evaluate(answers);

        Assert.False(result.IsComplete);
        Assert.Equal(2020, result.NextQuestion!.TaxYear);
        Assert.Equal(5, result.Years.Single(y => y.TaxYear == 2019).Reliefs.Length);
    }
}
