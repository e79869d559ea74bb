using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// Form 8379 routing (rules.md §1 step 1 and §10): a joint refund kept for the other spouse's separate
/// debt is an injured-spouse claim, not innocent spouse relief, and both forms may be needed. Your own
/// separate refund applied to a joint tax debt is collection activity instead.
/// </summary>
public static class InjuredSpouseRoute
{
    /// <summary>The chart.</summary>
    public static Flowchart Definition { get; } = new(
        "injured-spouse",
        "Injured spouse routing, Form 8379",
        ReliefType.InjuredSpouse,
        Citations.Form8857Instructions("Line 2"),
        "is-refund-kept",
        Nodes());

    private static IEnumerable<Node> Nodes()
    {
        yield return new ChoiceQuestion("is-refund-kept", Citations.Form8857Instructions("Line 2"), Q.RefundKept,
            new Branch("none", Edge.To("is-no-refund-kept")),
            new Branch("joint-refund-other-spouse-debt", Edge.To("is-own-share")),
            new Branch("separate-refund-to-joint-debt", Edge.To("is-collection-activity")),
            new Branch("joint-refund-joint-debt", Edge.To("is-joint-debt")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("is-refund-unknown",
                "You weren't sure whether or why a refund was kept, so we could not screen an injured spouse claim. Your IRS offset notice or account transcript will say.")));
        yield return new Outcome("is-no-refund-kept", Citations.Form8379Instructions("Purpose of Form"), Determination.NotApplicable,
            "No refund was kept, so an injured spouse claim (Form 8379) does not apply.");
        yield return new Outcome("is-collection-activity", Citations.Irc("§6402"), Determination.NotApplicable,
            "This is not an injured spouse case: the debt is joint. When the IRS keeps your own refund to pay a joint tax debt, that is collection activity, which can start the 2-year clock for (b) and (c). On Form 8857, name the year of the debt, not the refund year.");
        yield return new Outcome("is-joint-debt", Citations.Form8379Instructions("Purpose of Form"), Determination.NotApplicable,
            "This is not an injured spouse case: you both owe the debt the refund paid. If that debt is from a joint return, screen its year for innocent spouse relief; your share of the refund may be recoverable under (b) or equitable relief.");
        yield return new Outcome("is-refund-unknown", Citations.Form8857Instructions("Line 2"), Determination.NeedMoreInformation,
            "We need to know whether the IRS kept a refund for this year, and for whose debt. The offset notice you got names the debt.");
        yield return new YesNoQuestion("is-own-share", Citations.Form8379Instructions("Who Must File"), Q.HadOwnIncomeOrPayments,
            Edge.To("is-window"), Edge.To("is-no-share"));
        yield return new Outcome("is-no-share", Citations.Form8379Instructions("Who Must File"), Determination.DoesNotQualify,
            "Form 8379 gives back only your share of the refund, which comes from your income, withholding, estimated payments or refundable credits. With none of these, there is no share to give back.");
        yield return new RuleCheck("is-window", Citations.Form8379Instructions("When To File"),
            "Is it still within 3 years of the joint return's due date?", TimingRules.InjuredSpouseWindowOpen,
            Edge.To("is-may-qualify"), Edge.To("is-window-unclear"));
        yield return new Outcome("is-may-qualify", Citations.Form8379Instructions("Purpose of Form"), Determination.MayQualify,
            "You may be an injured spouse: file Form 8379 to get back your share of the joint refund. This is separate from innocent spouse relief; if you also owe joint tax you should not have to pay, you may need Form 8857 as well.",
            "In community-property states, your share is worked out under state law.");
        yield return new Outcome("is-window-unclear", Citations.Form8379Instructions("When To File"), Determination.NeedMoreInformation,
            "More than 3 years have passed since this return's April 15 due date, so Form 8379 may be too late, but we can't be sure. "
            + "You have longer if you had an extension to file, or if the tax was paid within the last 2 years. If either may be true, file Form 8379 now; the IRS will check the dates.");
    }
}
