using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    // Each case: readable name, answers changed from the baseline ("key=value; ..."), expected (b) outcome.
    public static TheoryData<string, string, Determination> FigureACases => new()
    {
        { "Baseline: other spouse's omitted income, did not know, no benefit", "", Determination.MayQualify },
        { "Pub. 971 partial relief: knew of $5,000 of $25,000 gambling winnings", "knew-of-item=partly", Determination.MayQualifyPartial },
        { "Partial knowledge: a whole-item benefit answer does not decide (b)", "knew-of-item=partly; significant-benefit=i-benefited", Determination.MayQualifyPartial },
        { "Items of both spouses: only the other spouse's part", "erroneous-item-owner=both", Determination.MayQualifyPartial },
        { "Cheshire: knew the distribution, told it was not taxable", "knew-of-item=yes", Determination.DoesNotQualify },
        { "Had reason to know (large item, involved in the finances)", "reason-to-know=yes", Determination.DoesNotQualify },
        { "Not sure about reason to know: routed conservatively", "reason-to-know=not-sure", Determination.Unlikely },
        { "Knew, but abuse made her afraid to question (IRM note; uncertain)", "knew-of-item=yes; abused-and-afraid=yes", Determination.Unlikely },
        { "Own item: (b) covers only the other spouse's items", "erroneous-item-owner=me; attribution-exception=none", Determination.DoesNotQualify },
        { "Pub. 971 significant benefit (beyond normal support)", "significant-benefit=i-benefited", Determination.Unlikely },
        { "Only the other spouse benefited", "significant-benefit=only-other-person", Determination.MayQualify },
        { "Underpayment only: (b) never covers unpaid tax shown on the return", "liability-type=underpayment", Determination.NotApplicable },
        { "Understatement and underpayment: (b) for the understatement only", "liability-type=both", Determination.MayQualifyPartial },
        { "Not sure of the liability type", "liability-type=not-sure", Determination.NeedMoreInformation },
        { "Still married and living together: (b) has no marital-status test", "marital-status=married-living-together", Determination.MayQualify },
        { "Levy hearing notice more than 2 years ago", "first-collection-date=2024-01-15", Determination.TooLate },
        { "No collection activity yet: the clock has not started", "first-collection-action=none-yet; first-collection-date=2010-01-01", Determination.MayQualify },
        { "Collection date not known", "first-collection-date=not-sure", Determination.NeedMoreInformation },
    };

    [Theory]
    [MemberData(nameof(FigureACases))]
    public void FigureA_Case_HasExpectedOutcome(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(changes));

        Assert.True(expected == result.Relief(ReliefType.InnocentSpouse).Determination, name);
    }

    [Theory]
    // 2030-02-28 is a Thursday, so no weekend or holiday moves it.
    [InlineData("Deadline day itself is in time", "2030-02-28", Determination.MayQualify)]
    [InlineData("March 1 is the other reading: can't tell, never too late", "2030-03-01", Determination.NeedMoreInformation)]
    [InlineData("After both readings it is late", "2030-03-04", Determination.TooLate)]
    public void TwoYearWindow_FirstCollectionOnLeapDay_ActByFebruary28_TooLateOnlyAfterMarch1(string name, string asOf, Determination expected)
    {
        var answers = Scenario.Baseline().Set("first-collection-date=2028-02-29");

        var result = Scenario.Evaluate(answers, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(expected == result.Relief(ReliefType.InnocentSpouse).Determination, name);
        Assert.True(expected == result.Relief(ReliefType.SeparationOfLiability).Determination, name);
    }

    [Fact]
    public void FigureA_PartialKnowledge_SummaryExplainsTheLimit()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("knew-of-item=partly")).Relief(ReliefType.InnocentSpouse);

        Assert.Contains("§6015(b)(2)", result.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Reasons, s => s.Fact?.Value == "knew-of-item" && s.Answer == "I knew about part of it" && s.Source.Locator == "Figure A, Decision (4)");
    }

    // §6015(b)(2): with partial knowledge, relief is for the part the requester did not know about, so
    // "reason to know" and the benefit test (Decision (5); Treas. Reg. §1.6015-2(d)) are about that part only.
    public static TheoryData<string, string, Determination> PartialKnowledgeCases => new()
    {
        { "Benefited only from the part she knew about: (b) for the rest", "significant-benefit=i-benefited; significant-benefit-unknown-part=no-one-or-basic-support", Determination.MayQualifyPartial },
        { "Only the other spouse benefited from the unknown part", "significant-benefit-unknown-part=only-other-person", Determination.MayQualifyPartial },
        { "Benefited from the unknown part", "significant-benefit=no-one-or-basic-support; significant-benefit-unknown-part=i-benefited", Determination.Unlikely },
        { "Not sure about a benefit from the unknown part: routed conservatively", "significant-benefit-unknown-part=not-sure", Determination.Unlikely },
        { "Should have known about the rest too: (b)(2) needs no reason to know", "reason-to-know-unknown-part=yes", Determination.DoesNotQualify },
        { "Should have known about the rest, but abuse made her afraid (uncertain)", "reason-to-know-unknown-part=yes; abused-and-afraid=yes", Determination.Unlikely },
        { "Not sure whether she should have known about the rest", "reason-to-know-unknown-part=not-sure", Determination.Unlikely },
        { "Whole-item reason-to-know does not decide the partial path", "reason-to-know=yes", Determination.MayQualifyPartial },
    };

    [Theory]
    [MemberData(nameof(PartialKnowledgeCases))]
    public void PartialKnowledge_UnfairnessAndReasonToKnow_AreAboutTheUnknownPart(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("knew-of-item=partly; " + changes)).Relief(ReliefType.InnocentSpouse);

        Assert.True(expected == result.Determination, $"{name}: {result.Determination}");
    }

    [Fact]
    public void PartialKnowledge_BenefitOnlyFromKnownPart_MayQualifyForTheUnknownPart()
    {
        var answers = Scenario.Baseline().Set("knew-of-item=partly; significant-benefit=i-benefited; significant-benefit-unknown-part=no-one-or-basic-support");

        var result = Scenario.Evaluate(answers).Relief(ReliefType.InnocentSpouse);

        Assert.Equal(Determination.MayQualifyPartial, result.Determination);
        Assert.Equal("§6015(b)(1)", result.Source.Locator);
        Assert.Contains("part you did not know about", result.Summary, StringComparison.Ordinal);
        var benefit = Assert.Single(result.Reasons, s => s.Fact?.Value == "significant-benefit-unknown-part");
        Assert.Equal("Treas. Reg.", benefit.Source.Document);
        Assert.Equal("§1.6015-2(d)", benefit.Source.Locator);
        Assert.DoesNotContain(result.Reasons, s => s.Fact?.Value == "significant-benefit");
    }

    [Fact]
    public void PartialKnowledge_Interview_AsksTheUnknownPartQuestionsInFigureA()
    {
        var truth = Scenario.Baseline().Set("knew-of-item=partly");

        var (result, asked) = Scenario.Interview(truth);

        var keys = asked.Select(a => a.Key).ToList();
        Assert.True(result.IsComplete);
        Assert.True(keys.IndexOf("reason-to-know-unknown-part") < keys.IndexOf("significant-benefit-unknown-part"));
        Assert.True(keys.IndexOf("significant-benefit-unknown-part") < keys.IndexOf("marital-status"), "Figure A asks it before Figure B starts.");
        Assert.DoesNotContain("reason-to-know", keys);
    }

    [Fact]
    public void FigureA_MayQualify_ReasonsCiteEachBoxInOrder()
    {
        var result = Scenario.Evaluate(Scenario.Baseline()).Relief(ReliefType.InnocentSpouse);

        var locators = result.Reasons.Select(s => s.Source.Locator).ToList();
        Assert.Equal("Figure A, Decision (1)", locators[0]);
        Assert.True(locators.IndexOf("Figure A, Decision (2)") < locators.IndexOf("Figure A, Decision (4)"));
        Assert.Contains("Figure A, Decision (5)", locators);
        Assert.Contains(result.Reasons, s => s.Question.Contains("2 years", StringComparison.Ordinal) && s.Answer.StartsWith("Yes: the 2-year deadline is June 1, 2027", StringComparison.Ordinal));
    }

    [Fact]
    public void FigureA_KnewWithAbuse_CarriesTheUncertaintyCaveat()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("knew-of-item=yes; abused-and-afraid=yes")).Relief(ReliefType.InnocentSpouse);

        Assert.Contains(result.Caveats, c => c.Contains("no abuse exception", StringComparison.Ordinal) && c.Contains("uncertain", StringComparison.Ordinal));
    }

    /// <summary>
    /// Treas. Reg. §1.6015-5(b)(2)(ii) names only a §6330 notice, an offset of the requester's refund, a suit and a court
    /// claim. A notice that may not start the clock, however old, never makes (b) or (c) too late (docs/adr/0008): the
    /// chart goes on, says why, and gives the protective date 2 years after the notice.
    /// </summary>
    [Theory]
    [InlineData("intent-to-levy-cp504", "", "A CP504 most likely does not start the 2-year clock")]
    [InlineData("lien-hearing-notice", "", "A lien hearing notice (Letter 3172, IRC §6320) does not start the 2-year clock")]
    [InlineData("refund-offset", "offset-notice-described-relief=no", "McGee")]
    [InlineData("refund-offset", "offset-notice-described-relief=not-sure", "McGee")]
    [InlineData("not-sure", "", "only some kinds start the 2-year clock")]
    public void TwoYearClock_NoticeThatMayNotStartTheClock_IsNeverTooLate(string action, string more, string explains)
    {
        var answers = Scenario.Baseline().Set($"first-collection-action={action}; first-collection-date=2023-06-01; {more}");

        var result = Scenario.Evaluate(answers);

        foreach (var relief in new[] { ReliefType.InnocentSpouse, ReliefType.SeparationOfLiability })
        {
            var r = result.Relief(relief);
            Assert.Equal(Determination.MayQualify, r.Determination);
            var step = Assert.Single(r.Reasons, s => s.Node.Value.EndsWith("-protective-window", StringComparison.Ordinal));
            Assert.Contains(explains, step.Answer, StringComparison.Ordinal);
            Assert.Contains("the 2 years would have ended on June 2, 2025", step.Answer, StringComparison.Ordinal);
            Assert.Contains(r.Caveats, c => c.Contains("More than 2 years have passed since that notice", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("intent-to-levy-cp504")]
    [InlineData("lien-hearing-notice")]
    public void TwoYearClock_NoticeThatMayNotStartTheClock_StillOpen_GivesTheProtectiveDate(string action)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set($"first-collection-action={action}; first-collection-date=2025-06-01")).Relief(ReliefType.InnocentSpouse);

        Assert.Equal(Determination.MayQualify, result.Determination);
        var step = Assert.Single(result.Reasons, s => s.Node.Value == "a-protective-window");
        Assert.Contains("To be safe, file Form 8857 by June 1, 2027", step.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoYearClock_OffsetNoticeDescribedRelief_StartsTheClockAndCanBeTooLate()
    {
        var answers = Scenario.Baseline().Set("first-collection-action=refund-offset; offset-notice-described-relief=yes; first-collection-date=2023-06-01");

        var result = Scenario.Evaluate(answers);

        Assert.Equal(Determination.TooLate, result.Relief(ReliefType.InnocentSpouse).Determination);
        Assert.Equal(Determination.TooLate, result.Relief(ReliefType.SeparationOfLiability).Determination);
    }

    [Fact]
    public void TwoYearClock_RefundOffset_AsksWhetherTheNoticeDescribedRelief()
    {
        var answers = Scenario.Baseline().Set("first-collection-action=refund-offset");

        var result = Scenario.Evaluate(answers);

        Assert.Equal("offset-notice-described-relief", result.NextQuestion?.Question.Key.Value);
    }

    [Fact]
    public void TwoYearClock_NoticeThatMayNotStartTheClock_DateNotKnown_StillScreensAndSaysFileSoon()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("first-collection-action=intent-to-levy-cp504; first-collection-date=not-sure")).Relief(ReliefType.InnocentSpouse);

        Assert.Equal(Determination.MayQualify, result.Determination);
        Assert.Contains(result.Caveats, c => c.Contains("file Form 8857 as soon as you can", StringComparison.Ordinal));
    }

    /// <summary>The results page picks its deadline card with TwoYearClockEvent; it must route every answer as the charts do.</summary>
    [Theory]
    [InlineData("levy-hearing-notice", "no")]
    [InlineData("collection-lawsuit", "no")]
    [InlineData("court-claim", "no")]
    [InlineData("refund-offset", "yes")]
    [InlineData("refund-offset", "no")]
    [InlineData("refund-offset", "not-sure")]
    [InlineData("lien-hearing-notice", "no")]
    [InlineData("intent-to-levy-cp504", "no")]
    [InlineData("not-sure", "no")]
    public void TwoYearClockEvent_SureStartsOnly_MatchTheChartsTwoYearWindow(string action, string described)
    {
        var answers = Scenario.Baseline().Set($"first-collection-action={action}; offset-notice-described-relief={described}; first-collection-date=2025-06-01");

        var reasons = Scenario.Evaluate(answers).Relief(ReliefType.InnocentSpouse).Reasons;

        var sure = reasons.Any(r => r.Node.Value == "a-two-year-window");
        Assert.NotEqual(sure, reasons.Any(r => r.Node.Value == "a-protective-window"));
        Assert.Equal(sure, Domain.Deadlines.TwoYearClockEvent.EventFor(action, described) == Domain.Deadlines.DeadlineEventType.FirstCollectionActivity);
    }
}
