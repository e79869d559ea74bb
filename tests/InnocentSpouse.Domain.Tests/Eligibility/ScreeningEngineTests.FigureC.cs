using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    private const string Underpayment = "liability-type=underpayment; ";
    private const string KnewStillMarriedNoHardship =
        "liability-type=underpayment; expected-payment=no; marital-status=married-living-together; monthly-income=9000; monthly-basic-expenses=4000; ";

    public static TheoryData<string, string, Determination> FigureCCases => new()
    {
        { "Not needed: (b) may cover the whole understatement", "", Determination.NotApplicable },
        { "Unpaid tax, divorced, low income, expected payment: streamlined", Underpayment, Determination.MayQualify },
        { "Pocock: abused spouse who knew the tax would not be paid (streamlined)", Underpayment + "expected-payment=no; abused-and-afraid=yes", Determination.MayQualify },
        { "Financial control overrides knowledge", Underpayment + "expected-payment=no; financial-control=yes", Determination.MayQualify },
        { "Knew, still married, no hardship: one factor each way is a tie", KnewStillMarriedNoHardship, Determination.Unlikely },
        { "Same, but only the other spouse benefited and poor health: 3 for, 1 against", KnewStillMarriedNoHardship + "significant-benefit=only-other-person; health-problem=yes", Determination.MayQualify },
        { "Hale: widow with assets to pay who knew and benefited", Underpayment + "marital-status=widowed; assets-to-pay-tax=yes; expected-payment=no; significant-benefit=i-benefited", Determination.Unlikely },
        { "Lantz and Pullins: no 2-year limit for (f)", "first-collection-date=2015-01-05", Determination.MayQualify },
        { "(b) and (c) partial: (f) weighed for the rest", "knew-of-item=partly", Determination.MayQualify },
        { "Fraudulent transfer scheme (threshold §4.01(4))", Underpayment + "fraudulent-transfer-scheme=yes", Determination.DoesNotQualify },
        { "Knowingly signed a fraudulent return (threshold §4.01(6))", Underpayment + "knowingly-signed-fraudulent-return=yes", Determination.DoesNotQualify },
        { "Disqualified assets limit relief (threshold §4.01(5))", Underpayment + "property-transferred-to-you=yes", Determination.MayQualifyPartial },
        { "Minton: item in her name, nominal-ownership exception", Underpayment + "erroneous-item-owner=me; attribution-exception=nominal-ownership", Determination.MayQualify },
        { "Item in her name, community-property-law exception", Underpayment + "erroneous-item-owner=me; attribution-exception=community-property-law", Determination.MayQualify },
        { "Item in her name, misappropriated tax money", Underpayment + "erroneous-item-owner=me; attribution-exception=misappropriation", Determination.MayQualify },
        { "Heydon-Grauss: abuse exception to attribution needs fear of retaliation", Underpayment + "erroneous-item-owner=me; attribution-exception=abuse", Determination.MayQualify },
        { "Item in her name caused by the other spouse's fraud", Underpayment + "erroneous-item-owner=me; attribution-exception=fraud-by-other-person", Determination.MayQualify },
        { "Own item, no attribution exception", Underpayment + "erroneous-item-owner=me; attribution-exception=none", Determination.DoesNotQualify },
        { "Paid in full from own money last year: refund period open", Underpayment + "balance-still-owed=no; paid-with-own-money=yes; last-own-payment-date=2025-01-10", Determination.MayQualify },
        { "Paid in full from own money in 2023, return filed 2022: both refund periods over", Underpayment + "balance-still-owed=no; paid-with-own-money=yes; last-own-payment-date=2023-06-01; return-filed-date=2022-04-15", Determination.TooLate },
        { "Paid in 2023, return filed late in 2023: 3 years from filing still open", Underpayment + "balance-still-owed=no; paid-with-own-money=yes; last-own-payment-date=2023-06-01; return-filed-date=2023-06-01", Determination.MayQualify },
        { "Paid in 2023, filing date not known: never too late", Underpayment + "balance-still-owed=no; paid-with-own-money=yes; last-own-payment-date=2023-06-01; return-filed-date=not-sure", Determination.NeedMoreInformation },
        { "Nothing owed and nothing paid from own money", Underpayment + "balance-still-owed=no; paid-with-own-money=no", Determination.NotApplicable },
        { "Collection period over and nothing paid from own money", Underpayment + "collection-period-open=no; paid-with-own-money=no", Determination.TooLate },
        { "Not sure the IRS can still collect: assumed it can", Underpayment + "collection-period-open=not-sure", Determination.MayQualify },
    };

    [Theory]
    [MemberData(nameof(FigureCCases))]
    public void FigureC_Case_HasExpectedOutcome(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(changes));

        Assert.True(expected == result.Relief(ReliefType.EquitableRelief).Determination, name);
    }

    [Fact]
    public void FigureC_FactorPath_ShowsAllSevenFactorsWithLeanAndSource()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(KnewStillMarriedNoHardship + "significant-benefit=only-other-person; health-problem=yes"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(7, result.Factors.Length);
        Assert.Equal(
            ["Marital status", "Economic hardship", "Knowledge or reason to know", "Legal obligation to pay", "Significant benefit", "Compliance with tax laws", "Mental or physical health"],
            result.Factors.Select(f => f.Factor));
        Assert.Equal(
            [FactorLean.Neutral, FactorLean.Neutral, FactorLean.Against, FactorLean.Neutral, FactorLean.Favors, FactorLean.Favors, FactorLean.Favors],
            result.Factors.Select(f => f.Lean));
        Assert.Equal("§4.03(2)(g)", result.Factors[6].Source.Locator);
        Assert.Contains(result.Caveats, c => c.Contains("no single factor decides", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("benefited, no abuse or control", "significant-benefit=i-benefited", FactorLean.Against)]
    [InlineData("benefited, but the other person controlled the money", "significant-benefit=i-benefited; financial-control=yes", FactorLean.Neutral)]
    [InlineData("benefited, but abused and afraid", "significant-benefit=i-benefited; abused-and-afraid=yes", FactorLean.Neutral)]
    [InlineData("not sure, no abuse or control", "significant-benefit=not-sure", FactorLean.Against)]
    [InlineData("not sure, but the other person controlled the money", "significant-benefit=not-sure; financial-control=yes", FactorLean.Neutral)]
    [InlineData("basic support only, with control", "significant-benefit=no-one-or-basic-support; financial-control=yes", FactorLean.Favors)]
    [InlineData("only the other person benefited", "significant-benefit=only-other-person", FactorLean.Favors)]
    public void FigureC_SignificantBenefit_AbuseOrControlMakesABenefitNeutral(string name, string changes, FactorLean expected)
    {
        // Rev. Proc. 2013-34 §4.03(2)(e): a benefit beyond normal support weighs against relief, but when the other
        // spouse controlled the finances or there was abuse, so that they decided the spending, the factor is neutral.
        var result = Scenario.Evaluate(Scenario.Baseline().Set(KnewStillMarriedNoHardship + changes)).Relief(ReliefType.EquitableRelief);

        var benefit = Assert.Single(result.Factors, f => f.Factor == "Significant benefit");
        Assert.True(expected == benefit.Lean, $"{name}: {benefit.Lean}, {benefit.Because}");
    }

    [Fact]
    public void FigureC_Streamlined_TableShownAndFactorsNotCounted()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(Underpayment + "expected-payment=no; abused-and-afraid=yes")).Relief(ReliefType.EquitableRelief);

        Assert.Equal(7, result.Factors.Length);
        Assert.Equal(FactorLean.Favors, result.Factors[2].Lean);
        Assert.Contains("Pocock", result.Factors[2].Because, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Reasons, s => s.Node.Value == "c-factors");
    }

    [Fact]
    public void FigureC_Hale_HardshipFactorCarriesTheCaseCaveat()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(Underpayment + "marital-status=widowed; assets-to-pay-tax=yes; expected-payment=no; significant-benefit=i-benefited"))
            .Relief(ReliefType.EquitableRelief);

        var hardship = result.Factors[1];
        Assert.Equal(FactorLean.Neutral, hardship.Lean);
        Assert.Contains("Hale v. Commissioner", hardship.Because, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureC_SeparationOfLiabilityCoversAll_WarnsThatCNeverRefunds()
    {
        // (b) fails on reason to know; (c) covers all; (f) is not needed but the user must hear (c) gives no refund.
        var result = Scenario.Evaluate(Scenario.Baseline().Set("reason-to-know=yes")).Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.NotApplicable, result.Determination);
        Assert.Contains(result.Caveats, c => c.Contains("never gives refunds", StringComparison.Ordinal));
    }
}
