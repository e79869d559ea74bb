using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    public static TheoryData<string, string, Determination> FigureBCases => new()
    {
        { "Divorced, did not know", "", Determination.MayQualify },
        { "Widowed counts as no longer married (Figure B)", "marital-status=widowed", Determination.MayQualify },
        { "Legally separated by decree", "marital-status=legally-separated", Determination.MayQualify },
        { "Married and living together", "marital-status=married-living-together", Determination.DoesNotQualify },
        { "Married, apart less than 12 months", "marital-status=married-living-apart; lived-apart-12-months=no", Determination.DoesNotQualify },
        { "Apart 12 months and estranged", "marital-status=married-living-apart; lived-apart-12-months=yes; absence-is-temporary=no", Determination.MayQualify },
        { "Apart 12 months but temporary (military service) = same household", "marital-status=married-living-apart; lived-apart-12-months=yes; absence-is-temporary=yes", Determination.DoesNotQualify },
        { "Not sure whether the absence is temporary", "marital-status=married-living-apart; lived-apart-12-months=yes; absence-is-temporary=not-sure", Determination.NeedMoreInformation },
        { "King: reason to know is not enough to deny (c)", "reason-to-know=yes", Determination.MayQualify },
        { "Cheshire: actual knowledge of the distribution", "knew-of-item=yes", Determination.DoesNotQualify },
        { "Actual knowledge, abuse exception (Reg. §1.6015-3(c)(2)(v))", "knew-of-item=yes; abused-and-afraid=yes", Determination.MayQualify },
        { "Knew part of the item", "knew-of-item=partly", Determination.MayQualifyPartial },
        { "Knew part of the item, but abuse made her afraid to challenge it: the exception covers that part too", "knew-of-item=partly; abused-and-afraid=yes", Determination.MayQualify },
        { "Fraudulent transfer scheme", "fraudulent-transfer-scheme=yes", Determination.DoesNotQualify },
        { "Disqualified assets raise the requester's share", "property-transferred-to-you=yes", Determination.MayQualifyPartial },
        { "Not sure about transfers: assumed partial", "property-transferred-to-you=not-sure", Determination.MayQualifyPartial },
        { "Own item stays with the requester", "erroneous-item-owner=me; attribution-exception=none", Determination.DoesNotQualify },
        { "Underpayment only", "liability-type=underpayment", Determination.NotApplicable },
    };

    [Theory]
    [MemberData(nameof(FigureBCases))]
    public void FigureB_Case_HasExpectedOutcome(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(changes));

        Assert.True(expected == result.Relief(ReliefType.SeparationOfLiability).Determination, name);
    }

    [Fact]
    public void FigureB_MayQualify_SaysRefundsAreNeverAllowed()
    {
        var result = Scenario.Evaluate(Scenario.Baseline()).Relief(ReliefType.SeparationOfLiability);

        Assert.Contains("never gives refunds", result.Summary, StringComparison.Ordinal);
        Assert.Contains("§6015(g)(3)", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureB_AbuseException_FlagsUnconfirmedRegulationText()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("knew-of-item=yes; abused-and-afraid=yes")).Relief(ReliefType.SeparationOfLiability);

        Assert.Contains(result.Caveats, c => c.Contains("not confirmed", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, s => s.Source.Locator == "§1.6015-3(c)(2)(v)");
    }

    [Fact]
    public void FigureB_ReasonToKnowOnly_BDeniedButCMayQualify()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("reason-to-know=yes"));

        Assert.Equal(Determination.DoesNotQualify, result.Relief(ReliefType.InnocentSpouse).Determination);
        Assert.Equal(Determination.MayQualify, result.Relief(ReliefType.SeparationOfLiability).Determination);
        Assert.Equal(Determination.NotApplicable, result.Relief(ReliefType.EquitableRelief).Determination);
    }
}
