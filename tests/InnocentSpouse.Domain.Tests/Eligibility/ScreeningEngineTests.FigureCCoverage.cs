using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts.Pub971;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Eligibility;

/// <summary>
/// Figure C for items of both spouses (Rev. Proc. 2013-34 §4.01(7) exceptions for the requester's own part) and
/// what (b) and (c) leave for equitable relief (IRC §6015(f)(1)(B); Treas. Reg. §1.6015-4).
/// </summary>
public partial class ScreeningEngineTests
{
    // Unpaid tax: (b) and (c) cannot cover any of it, so equitable relief weighs both spouses' parts.
    private const string UnpaidTaxOfBoth = "liability-type=underpayment; erroneous-item-owner=both; ";

    // Extra tax from items of both: (b) and (c) may cover the other person's part.
    private const string ExtraTaxOfBoth = "erroneous-item-owner=both; ";

    [Fact]
    public void BothSpousesItem_AttributionException_AsksAboutOwnPart()
    {
        var answers = Scenario.Baseline().Set(UnpaidTaxOfBoth).Without(QuestionCatalog.AttributionException, Scenario.Year);

        var next = ScreeningEngine.Evaluate(answers, Scenario.AsOf).NextQuestion;

        Assert.NotNull(next);
        Assert.Equal("attribution-exception", next.Question.Key.Value);
        Assert.Equal("c-own-part-exception", next.Node.Value);
        Assert.Equal(ReliefType.EquitableRelief, next.Relief);
    }

    [Theory]
    [InlineData("community-property-law")]
    [InlineData("nominal-ownership")]
    [InlineData("misappropriation")]
    [InlineData("abuse")]
    [InlineData("fraud-by-other-person")]
    public void BothSpousesItem_OwnPartAttributionException_ReliefIsNotPartial(string exception)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(UnpaidTaxOfBoth + "attribution-exception=" + exception))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.MayQualify, result.Determination);
        Assert.DoesNotContain("Partial:", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void BothSpousesItem_NoOwnPartException_PartialForTheOtherPersonsPart()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(UnpaidTaxOfBoth + "attribution-exception=none"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.MayQualifyPartial, result.Determination);
        Assert.Contains("no exception fits your own part", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void BothSpousesItem_OwnPartExceptionNotSure_PartialAndSaysWhatWasAssumed()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(UnpaidTaxOfBoth + "attribution-exception=not-sure"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.MayQualifyPartial, result.Determination);
        Assert.Contains("You weren't sure whether an exception fits your own part, so we did not count one.", result.Caveats);
    }

    [Fact]
    public void WhatBAndCLeave_BothSpousesItemNoException_NothingLeftThatEquitableReliefCovers()
    {
        // (b) may cover the other person's part; the rest is the requester's own part, which needs an exception.
        var year = Scenario.Evaluate(Scenario.Baseline().Set(ExtraTaxOfBoth + "attribution-exception=none"));
        var equitable = year.Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.MayQualifyPartial, year.Relief(ReliefType.InnocentSpouse).Determination);
        Assert.Equal(Determination.NotApplicable, equitable.Determination);
        Assert.Equal("c-other-part-left", equitable.Reasons[^1].Node.Value);
        Assert.StartsWith("No:", equitable.Reasons[^1].Answer, StringComparison.Ordinal);
        Assert.Contains("so what is left is your own part", equitable.Summary, StringComparison.Ordinal);
        Assert.Contains(CoverageRules.IrsConsidersTheRestCaveat, equitable.Caveats);
    }

    [Fact]
    public void WhatBAndCLeave_BothSpousesItemOwnPartException_EquitableReliefWeighsOnlyTheOwnPart()
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set(ExtraTaxOfBoth + "attribution-exception=nominal-ownership"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.MayQualify, equitable.Determination);
        var coverage = Assert.Single(equitable.Reasons, s => s.Node.Value == "c-covered-by-b-or-c");
        Assert.Contains("weighed only for what is left: your own share of the extra tax", coverage.Answer, StringComparison.Ordinal);
        Assert.Contains(equitable.Caveats, c => c.Contains("does not weigh again the part (b) or (c) may cover", StringComparison.Ordinal));
        Assert.Contains(equitable.Caveats, c => c.Contains("Treas. Reg. §1.6015-4(a)", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatBAndCLeave_BothSpousesItemOwnPartNotSure_NeedsMoreInformation()
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set(ExtraTaxOfBoth + "attribution-exception=not-sure"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.NeedMoreInformation, equitable.Determination);
        Assert.Equal("c-other-part-left-unsure", equitable.Reasons[^1].Node.Value);
        Assert.Contains("We need to know whether your part is really the other person's", equitable.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatBAndCLeave_PartialKnowledge_EquitableReliefWeighsTheKnownPart()
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set("knew-of-item=partly")).Relief(ReliefType.EquitableRelief);

        var coverage = Assert.Single(equitable.Reasons, s => s.Node.Value == "c-covered-by-b-or-c");
        Assert.Contains("what is left: the part of the item you knew about", coverage.Answer, StringComparison.Ordinal);
        Assert.Equal(FactorLean.Against, equitable.Factors[2].Lean);
    }

    [Fact]
    public void WhatBAndCLeave_BothSpousesItemWithPartialKnowledge_OtherPersonsKnownPartStillWeighed()
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set(ExtraTaxOfBoth + "attribution-exception=none; knew-of-item=partly"))
            .Relief(ReliefType.EquitableRelief);

        Assert.Contains(equitable.Reasons, s => s.Node.Value == "c-other-part-left" && s.Answer.StartsWith("Yes", StringComparison.Ordinal));
        Assert.NotEqual(Determination.NotApplicable, equitable.Determination);
    }

    [Fact]
    public void WhatBAndCLeave_ExtraAndUnpaidTax_EquitableReliefWeighsTheUnpaidTax()
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set("liability-type=both")).Relief(ReliefType.EquitableRelief);

        var coverage = Assert.Single(equitable.Reasons, s => s.Node.Value == "c-covered-by-b-or-c");
        Assert.StartsWith("Part of it: innocent spouse relief (b)", coverage.Answer, StringComparison.Ordinal);
        Assert.Contains("the unpaid tax shown on the return", coverage.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatBAndCLeave_BCoversAll_NotNeededAndSaysIrsConsidersEquitableReliefIfDenied()
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline()).Relief(ReliefType.EquitableRelief);

        Assert.Equal(Determination.NotApplicable, equitable.Determination);
        Assert.Contains(CoverageRules.IrsConsidersTheRestCaveat, equitable.Caveats);
    }

    [Fact]
    public void WhatBAndCLeave_OnlyCCovers_NoRefundThroughEquitableRelief()
    {
        // (b) fails on reason to know; (c) may cover all. Treas. Reg. §1.6015-4(b): (f) cannot get around (c)'s no-refund rule.
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set("reason-to-know=yes")).Relief(ReliefType.EquitableRelief);

        Assert.Contains(CoverageRules.NoRefundUnderCCaveat, equitable.Caveats);
        Assert.Contains("§1.6015-4(b)", CoverageRules.NoRefundUnderCCaveat, StringComparison.Ordinal);
    }

    [Fact]
    public void LegalObligation_MarriedLivingApart_AsksAboutSeparationAgreement()
    {
        var answers = Scenario.Baseline()
            .Set(MarriedApartKnewUnpaid)
            .Without(QuestionCatalog.DivorceDecreeSaysWhoPays);

        var next = ScreeningEngine.Evaluate(answers, Scenario.AsOf).NextQuestion;

        Assert.NotNull(next);
        Assert.Equal("divorce-decree-says-who-pays", next.Question.Key.Value);
        Assert.Equal("c-factors", next.Node.Value);
    }

    [Theory]
    [InlineData("other-person", FactorLean.Favors)]
    [InlineData("me", FactorLean.Against)]
    [InlineData("both-or-no-decree", FactorLean.Neutral)]
    public void LegalObligation_MarriedLivingApartWithSeparationAgreement_ReadsTheAgreement(string whoPays, FactorLean expected)
    {
        var equitable = Scenario.Evaluate(Scenario.Baseline().Set(MarriedApartKnewUnpaid + "divorce-decree-says-who-pays=" + whoPays))
            .Relief(ReliefType.EquitableRelief);

        Assert.Equal(expected, equitable.Factors[3].Lean);
    }

    [Fact]
    public void LegalObligation_MarriedLivingTogether_NotAskedAndNeutral()
    {
        var truth = Scenario.Baseline().Set(KnewStillMarriedNoHardship);

        var (result, asked) = Scenario.Interview(truth);

        Assert.DoesNotContain(asked, q => q.Key == "divorce-decree-says-who-pays");
        var legal = result.Relief(ReliefType.EquitableRelief).Factors[3];
        Assert.Equal(FactorLean.Neutral, legal.Lean);
        Assert.Contains("Any legally binding agreement", legal.Because, StringComparison.Ordinal);
    }

    // Married, apart for 12 months (not temporarily), knew the tax would not be paid: the streamlined test fails
    // on knowledge, so the factors (including the legal obligation) are weighed.
    private const string MarriedApartKnewUnpaid =
        "marital-status=married-living-apart; lived-apart-12-months=yes; absence-is-temporary=no; liability-type=underpayment; expected-payment=no; ";
}
