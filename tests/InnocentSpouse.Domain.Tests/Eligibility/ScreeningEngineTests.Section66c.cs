using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    private const string SeparateIn = "filed-joint-return=separate; community-property-state=";

    public static TheoryData<string, string, Determination> Section66cCases => new()
    {
        { "Joint return: §66(c) does not apply", "", Determination.NotApplicable },
        { "Separate return in Texas, husband's wages, did not know: traditional", SeparateIn + "texas", Determination.MayQualify },
        { "Separate return in Wisconsin, she reported his income: equitable, streamlined", SeparateIn + "wisconsin; reported-community-income=yes", Determination.MayQualify },
        { "Separate return in California, knew of the income, still married, no hardship", SeparateIn + "california; knew-of-item=yes; marital-status=married-living-together; monthly-income=9000; monthly-basic-expenses=4000; significant-benefit=i-benefited; later-years-compliant=no", Determination.Unlikely },
        { "Separate return in Arizona, fraudulent scheme", SeparateIn + "arizona; knew-of-item=yes; fraudulent-transfer-scheme=yes", Determination.DoesNotQualify },
        { "Alaska opt-in community property: human review", SeparateIn + "opt-in-state", Determination.NeedMoreInformation },
        { "Puerto Rico: human review", SeparateIn + "territory", Determination.NeedMoreInformation },
        { "Separate return in a common-law state", SeparateIn + "none", Determination.NotApplicable },
    };

    [Theory]
    [MemberData(nameof(Section66cCases))]
    public void Section66c_Case_HasExpectedOutcome(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(changes));

        Assert.True(expected == result.Relief(ReliefType.CommunityProperty).Determination, name);
    }

    [Fact]
    public void Section66c_SeparateReturn_AllSection6015ReliefsNotApplicable()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(SeparateIn + "texas"));

        Assert.All(Section6015, r => Assert.Equal(Determination.NotApplicable, result.Relief(r).Determination));
        Assert.Contains(result.Relief(ReliefType.CommunityProperty).Caveats, c => c.Contains("Bernal", StringComparison.Ordinal));
    }
}
