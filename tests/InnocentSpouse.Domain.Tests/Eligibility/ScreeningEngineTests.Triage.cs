using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    private static readonly ReliefType[] Section6015 = [ReliefType.InnocentSpouse, ReliefType.SeparationOfLiability, ReliefType.EquitableRelief];

    // Triage and bars (rules.md §1 steps 2-3, §7, §6.4) stop all three §6015 reliefs the same way.
    public static TheoryData<string, string, Determination> TriageCases => new()
    {
        { "Separate return outside a community-property state", "filed-joint-return=separate", Determination.NotApplicable },
        { "Forged signature: not a valid joint return (Thomassen)", "filed-joint-return=forged", Determination.NotApplicable },
        { "Signed under duress: not a valid joint return", "filed-joint-return=duress", Determination.NotApplicable },
        { "Not sure a joint return was filed", "filed-joint-return=not-sure", Determination.NeedMoreInformation },
        { "Final court decision, meaningfully participated (§6015(g)(2))", "final-court-decision=yes; took-part-in-court-case=yes", Determination.DoesNotQualify },
        { "Final court decision, did not participate: not barred", "final-court-decision=yes; took-part-in-court-case=no", Determination.MayQualify },
        { "Not sure about participation", "final-court-decision=yes; took-part-in-court-case=not-sure", Determination.NeedMoreInformation },
        { "Not sure about a court decision", "final-court-decision=not-sure", Determination.NeedMoreInformation },
        { "Accepted offer in compromise", "accepted-offer-in-compromise=yes", Determination.DoesNotQualify },
        { "Closing agreement", "closing-agreement=yes", Determination.DoesNotQualify },
        { "Premature: the IRS has not contacted her yet", "irs-contacted-you=no", Determination.NotYet },
    };

    [Theory]
    [MemberData(nameof(TriageCases))]
    public void Triage_Case_AppliesToEverySection6015Relief(string name, string changes, Determination expected)
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set(changes));

        foreach (var relief in Section6015)
        {
            // When (b) may cover everything, (f) is "not needed" rather than "may qualify".
            var want = relief == ReliefType.EquitableRelief && expected == Determination.MayQualify ? Determination.NotApplicable : expected;
            var actual = result.Relief(relief).Determination;
            Assert.True(want == actual, $"{name}: {relief} was {actual}, expected {want}");
        }
    }

    [Fact]
    public void Triage_Forged_ExplainsWhyItIsNotA6015Case()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("filed-joint-return=forged")).Relief(ReliefType.InnocentSpouse);

        Assert.Contains("no valid joint return", result.Summary, StringComparison.Ordinal);
        Assert.Equal("Thomassen v. Commissioner", result.Source.Document);
    }

    [Fact]
    public void Triage_Premature_SaysWhenToFile()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("irs-contacted-you=no")).Relief(ReliefType.SeparationOfLiability);

        Assert.Contains("as soon as that happens", result.Summary, StringComparison.Ordinal);
        Assert.Equal("§1.6015-5(b)(5)", result.Source.Locator);
    }

    [Fact]
    public void Triage_ClosingAgreement_MentionsHopkinsException()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("closing-agreement=yes")).Relief(ReliefType.InnocentSpouse);

        Assert.Contains(result.Caveats, c => c.Contains("Hopkins", StringComparison.Ordinal) && c.Contains("July 22, 1998", StringComparison.Ordinal));
    }

    [Fact]
    public void Triage_BarReached_LaterQuestionsAreNotAsked()
    {
        var truth = Scenario.Baseline().Set("accepted-offer-in-compromise=yes");

        var (result, asked) = Scenario.Interview(truth);

        Assert.True(result.IsComplete);
        Assert.DoesNotContain(asked, a => a.Key is "knew-of-item" or "first-collection-action" or "liability-type");
    }

    // Form 8379 routing (rules.md §10).
    public static TheoryData<string, string, Determination> InjuredSpouseCases => new()
    {
        { "No refund kept", "", Determination.NotApplicable },
        { "Joint refund kept for his child support; she had wages", "refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=yes", Determination.MayQualify },
        { "Joint refund kept for his debt; she had no income or payments", "refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=no", Determination.DoesNotQualify },
        { "Her own later refund applied to the joint debt: collection activity", "refund-kept=separate-refund-to-joint-debt", Determination.NotApplicable },
        { "Joint refund applied to a joint debt", "refund-kept=joint-refund-joint-debt", Determination.NotApplicable },
        { "Not sure whether a refund was kept", "refund-kept=not-sure", Determination.NeedMoreInformation },
    };

    [Theory]
    [MemberData(nameof(InjuredSpouseCases))]
    public void InjuredSpouse_Case_HasExpectedOutcome(string name, string changes, Determination expected)
    {
        // Tax year 2023: the joint return was due April 15, 2024, so Form 8379 is still in time on the as-of date.
        var result = Scenario.Evaluate(Scenario.Baseline(2023).Set(changes, 2023));

        Assert.True(expected == result.Relief(ReliefType.InjuredSpouse, 2023).Determination, name);
    }

    [Fact]
    public void InjuredSpouse_AndInnocentSpouse_BothEvaluatedForTheSameYear()
    {
        var result = Scenario.Evaluate(Scenario.Baseline(2023).Set("refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=yes", 2023));

        Assert.Equal(Determination.MayQualify, result.Relief(ReliefType.InjuredSpouse, 2023).Determination);
        Assert.Equal(Determination.MayQualify, result.Relief(ReliefType.InnocentSpouse, 2023).Determination);
        Assert.Contains("Form 8857 as well", result.Relief(ReliefType.InjuredSpouse, 2023).Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Last day: 3 years after April 15, 2022", "2025-04-15", Determination.MayQualify)]
    [InlineData("Day after: an extension or a later payment may still allow it, so never too late", "2025-04-16", Determination.NeedMoreInformation)]
    [InlineData("Ten years after: still not certain", "2032-04-16", Determination.NeedMoreInformation)]
    public void InjuredSpouse_ThreeYearsAfterDueDate_IsTheDeadlineButNeverTooLate(string name, string asOf, Determination expected)
    {
        var answers = Scenario.Baseline().Set("refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=yes; first-collection-date=2024-06-01");

        var result = Scenario.Evaluate(answers, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(expected == result.Relief(ReliefType.InjuredSpouse).Determination, name);
    }

    [Fact]
    public void InjuredSpouse_SeparateRefundOffset_ExplainsItStartsTheClock()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("refund-kept=separate-refund-to-joint-debt")).Relief(ReliefType.InjuredSpouse);

        Assert.Contains("collection activity", result.Summary, StringComparison.Ordinal);
        Assert.Contains("year of the debt", result.Summary, StringComparison.Ordinal);
    }
}
