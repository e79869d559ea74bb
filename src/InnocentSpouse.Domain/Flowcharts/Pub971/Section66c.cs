using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// IRC §66(c): relief from community-property law for married people who filed separately in one of the
/// nine community-property states. Traditional relief first (Pub. 971), then equitable relief under the
/// last sentence of §66(c) using Rev. Proc. 2013-34. Opt-in states (Alaska etc.) and territories go to
/// human review.
/// </summary>
/// <remarks>
/// Traditional relief has its own deadline (Treas. Reg. §1.66-4(j)(2)(i); rules.md §9.4), checked by
/// <see cref="Section66cRules.TraditionalWindowOpen"/> after the other traditional conditions fit. When the
/// deadline has surely passed the chart goes on to equitable relief (never "too late" for §66(c) as a whole);
/// when it cannot tell, it says to file now and why.
/// </remarks>
public static class Section66c
{
    private const string BernalCaveat =
        "The Tax Court cannot review a §66(c) denial on its own; you can raise it in a deficiency or collection (CDP) case (Bernal v. Commissioner, 120 T.C. 102 (2003)).";

    /// <summary>The chart.</summary>
    public static Flowchart Definition { get; } = new(
        "section-66c",
        "Community-property relief, IRC §66(c)",
        ReliefType.CommunityProperty,
        Citations.Pub971("Community Property Laws"),
        "cp-joint-return",
        Nodes());

    private static IEnumerable<Node> Nodes()
    {
        yield return new ChoiceQuestion("cp-joint-return", Citations.Pub971("Community Property Laws"), Q.FiledJointReturn,
            new Branch("yes", Edge.To("cp-joint-filers")),
            new Branch("separate", Edge.To("cp-state")),
            new Branch("forged", Edge.To("cp-joint-status-dispute")),
            new Branch("duress", Edge.To("cp-joint-status-dispute")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("cp-joint-return-unknown",
                "You weren't sure whether a joint return was filed, so we could not screen community-property relief. " + SharedSteps.NotSureCheck)));
        yield return new Outcome("cp-joint-filers", Citations.Irc("§6015(a)"), Determination.NotApplicable,
            "Community-property relief is for separate returns. On a joint return, community-property law is ignored when deciding whose item it is, so (b), (c) and equitable relief apply instead.");
        yield return new Outcome("cp-joint-status-dispute", Citations.Form8857Instructions("Part III, signature and duress"), Determination.NotApplicable,
            "Your question is whether a valid joint return exists at all. Community-property relief is not the route for that; get help from a Low Income Taxpayer Clinic.");
        yield return new Outcome("cp-joint-return-unknown", Citations.Pub971("Community Property Laws"), Determination.NeedMoreInformation,
            "We need to know how you filed for this year. Your return or an IRS account transcript shows the filing status.");

        yield return new ChoiceQuestion("cp-state", Citations.Pub971("Community Property Laws"), Q.CommunityPropertyState,
            new Branch("none", Edge.To("cp-not-community-state")),
            new Branch("arizona", Edge.To("cp-reported-income")),
            new Branch("california", Edge.To("cp-reported-income")),
            new Branch("idaho", Edge.To("cp-reported-income")),
            new Branch("louisiana", Edge.To("cp-reported-income")),
            new Branch("nevada", Edge.To("cp-reported-income")),
            new Branch("new-mexico", Edge.To("cp-reported-income")),
            new Branch("texas", Edge.To("cp-reported-income")),
            new Branch("washington", Edge.To("cp-reported-income")),
            new Branch("wisconsin", Edge.To("cp-reported-income")),
            new Branch("opt-in-state", Edge.To("cp-human-review")),
            new Branch("territory", Edge.To("cp-human-review")));
        yield return new Outcome("cp-not-community-state", Citations.Pub971("Community Property Laws"), Determination.NotApplicable,
            "Community-property relief applies only in Arizona, California, Idaho, Louisiana, Nevada, New Mexico, Texas, Washington and Wisconsin.");
        yield return new Outcome("cp-human-review", Citations.Pub971("Community Property Laws"), Determination.NeedMoreInformation,
            "Pub. 971 lists nine community-property states. Opt-in community property (such as Alaska) and U.S. territories are not covered by this screener; a tax professional needs to review your case.");

        yield return new YesNoQuestion("cp-reported-income", Citations.Pub971("Community Property Laws, traditional relief"), Q.ReportedCommunityIncome,
            Edge.To("cp-fraud-scheme"), Edge.To("cp-income-type"));
        yield return new YesNoQuestion("cp-income-type", Citations.Irc("§66(c)"), Q.IncomeBelongsToOtherSpouse,
            Edge.To("cp-knew-of-item"), Edge.To("cp-attribution-exception"));

        // Not the other spouse's pay, business, partnership or separate-property income: equitable relief still needs
        // the tax to come from the other spouse's item, or one of the exceptions (Rev. Proc. 2013-34 §4.01(7); rules.md §9.3).
        yield return SharedSteps.AttributionExceptions("cp-attribution-exception", "cp-fraud-scheme", Edge.To("cp-own-income"),
            Edge.Assuming("cp-attribution-unknown", "You weren't sure whether an exception applies, so we could not screen equitable community-property relief."));
        yield return new Outcome("cp-own-income", Citations.RevProc("§4.01(7)"), Determination.DoesNotQualify,
            "Community-property relief is for tax on the other spouse's income. You said this income is not theirs and none of the exceptions fits, so neither traditional nor equitable community-property relief fits.",
            "The exceptions are fact-heavy (Minton v. Commissioner, T.C. Memo. 2018-15). If you think one might fit, have a tax professional look.");
        yield return new Outcome("cp-attribution-unknown", Citations.RevProc("§4.01(7)(a)-(e)"), Determination.NeedMoreInformation,
            "We need to know whether the income is really the other spouse's (community-property law, title in your name only, misused tax money, abuse, or their fraud). A Low Income Taxpayer Clinic can help.");
        yield return new ChoiceQuestion("cp-knew-of-item", Citations.Irc("§66(c)(3)"), Q.KnewOfItem,
            new Branch("no", Edge.To("cp-reason-to-know")),
            new Branch("partly", Edge.WithCaveat("cp-fraud-scheme",
                "For community-property relief, knowing about the income but not how much it was counts as knowing (Treas. Reg. §1.66-4(a)(2)(ii)), so traditional relief does not fit and we screened equitable relief.")),
            new Branch("yes", Edge.To("cp-fraud-scheme")));
        yield return new YesNoQuestion("cp-reason-to-know", Citations.Irc("§66(c)(3)"), Q.ReasonToKnow,
            Edge.To("cp-fraud-scheme"), Edge.To("cp-significant-benefit"),
            Edge.Assuming("cp-fraud-scheme", "You weren't sure whether you should have known, so we did not count traditional relief and went on to equitable relief."));
        yield return new ChoiceQuestion("cp-significant-benefit", Citations.Irc("§66(c)(4)"), Q.SignificantBenefit,
            new Branch("i-benefited", Edge.To("cp-fraud-scheme")),
            new Branch("only-other-person", Edge.To("cp-traditional-window")),
            new Branch("no-one-or-basic-support", Edge.To("cp-traditional-window")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("cp-fraud-scheme",
                "You weren't sure whether you benefited, so we did not count traditional relief and went on to equitable relief.")));
        yield return new RuleCheck("cp-traditional-window", Citations.Reg("§1.66-4(j)(2)(i)"),
            "Is it still in time for traditional relief: no later than 6 months before the IRS's time to add tax for this year ends?",
            Section66cRules.TraditionalWindowOpen,
            Edge.To("cp-traditional"),
            Edge.WithCaveat("cp-fraud-scheme",
                "Traditional community-property relief is too late for this year, so we screened equitable community-property relief, which has a longer deadline."),
            Edge.To("cp-traditional-deadline-unclear"));
        yield return new Outcome("cp-traditional", Citations.Irc("§66(c)"), Determination.MayQualify,
            "You may qualify for traditional community-property relief: the other spouse's income would not be taxed to you. File Form 8857 (check the community-property box) by the date in the reasons below: 6 months before the IRS's time to add tax for the year ends.",
            BernalCaveat);
        yield return new Outcome("cp-traditional-deadline-unclear", Citations.Reg("§1.66-4(j)(2)(i)"), Determination.NeedMoreInformation,
            "Your answers fit traditional community-property relief, but we can't tell whether its deadline has passed; the reasons below say why. File Form 8857 (check the community-property box) now: if you are in time, filing now keeps this relief open. " +
            "If traditional relief turns out to be too late, the IRS considers equitable community-property relief on the same form, and that has a longer deadline.",
            BernalCaveat);

        // Equitable relief: every Rev. Proc. 2013-34 §4.01 threshold condition except the joint return (#1) and (b)/(c)
        // first (#2) (rules.md §9.3): no fraudulent scheme (#4), disqualified assets (#5), no fraudulent return (#6).
        yield return new YesNoQuestion("cp-fraud-scheme", Citations.RevProc("§4.01(4)"), Q.FraudulentTransferScheme,
            Edge.To("cp-fraudulent-scheme"), Edge.To("cp-disqualified-assets"));
        yield return new Outcome("cp-fraudulent-scheme", Citations.RevProc("§4.01(4)"), Determination.DoesNotQualify,
            "Traditional community-property relief does not fit, and equitable relief is not available when spouses moved property between them as part of a fraudulent scheme.");
        foreach (var node in SharedSteps.DisqualifiedAssetsAndFraudulentReturn("cp", "cp-streamlined",
            "Traditional community-property relief does not fit, and equitable relief is not available to someone who knowingly took part in filing a fraudulent return."))
        {
            yield return node;
        }

        yield return new RuleCheck("cp-streamlined", Citations.RevProc("§4.02"),
            "Does the streamlined test fit: no longer married, economic hardship, and you did not know of the income (or abuse or financial control)?",
            EquitableRules.StreamlinedMetCommunityProperty, Edge.To("cp-equitable"), Edge.To("cp-factors"));
        yield return new RuleCheck("cp-factors", Citations.RevProc("§4.03(2)"),
            "Do more factors favor relief than weigh against it? (This screener's rule; see the factor table.)",
            EquitableRules.FactorsFavorReliefCommunityProperty, Edge.To("cp-equitable"), Edge.To("cp-equitable-unlikely"));
        yield return new Outcome("cp-equitable", Citations.Irc("§66(c)"), Determination.MayQualify,
            "Traditional community-property relief does not fit, but you may qualify for equitable community-property relief under the last sentence of §66(c), weighed under Rev. Proc. 2013-34.",
            "The deadline for equitable community-property relief is taken to be the same as for §6015(f): while the IRS can collect, or within the refund period. Proposed regulations (REG-132251-11, 2013) say so; they are not final, and this screener does not check that deadline for §66(c).",
            BernalCaveat);
        yield return new Outcome("cp-equitable-unlikely", Citations.RevProc("§4.03(2)"), Determination.Unlikely,
            "Traditional community-property relief does not fit, and equitable relief looks unlikely on these answers. The IRS weighs all facts, so consider filing anyway.",
            BernalCaveat);
    }
}
