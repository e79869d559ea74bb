using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// Pub. 971 Figure A: innocent spouse relief, IRC §6015(b). Triage (joint return, bars, premature),
/// liability type, the 2-year clock, then Figure A Decisions (3)-(5), with partial relief for items of
/// both spouses or partial knowledge (§6015(b)(2)).
/// </summary>
/// <remarks>
/// Partial knowledge: relief covers only the part of the item the requester did not know and had no reason
/// to know about (§6015(b)(2)), so on the "I knew about part of it" path both "reason to know"
/// (<c>reason-to-know-unknown-part</c>) and the benefit test of Decision (5) (<c>significant-benefit-unknown-part</c>,
/// Treas. Reg. §1.6015-2(d)) are asked about that part only. A benefit from the known part does not make
/// relief for the unknown part unlikely. The whole-item keys <c>reason-to-know</c> and <c>significant-benefit</c>
/// keep their meaning and are not asked on that path by this chart.
/// </remarks>
public static class FigureA
{
    /// <summary>The chart.</summary>
    public static Flowchart Definition { get; } = new(
        "figure-a",
        "Figure A: Innocent spouse relief, IRC §6015(b)",
        ReliefType.InnocentSpouse,
        Citations.Pub971("Figure A"),
        "a-joint-return",
        Nodes());

    private static IEnumerable<Node> Nodes()
    {
        foreach (var node in SharedSteps.Gateway("a", "A", "a-liability-type"))
        {
            yield return node;
        }

        yield return new ChoiceQuestion("a-liability-type", Citations.Pub971("Figure A, Decision (3)"), Q.LiabilityType,
            new Branch("understatement", Edge.To("a-collection-action")),
            new Branch("underpayment", Edge.To("a-underpayment-only")),
            new Branch("both", Edge.Partial("a-collection-action", "Only the extra tax from the other person's items can be covered; unpaid tax shown on the return cannot.")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("a-liability-unknown",
                "You weren't sure what kind of tax problem it is. (b) covers only extra tax the IRS added, so we could not screen it.")));
        yield return new Outcome("a-underpayment-only", Citations.Pub971("Figure A, Decision (3)"), Determination.NotApplicable,
            "(b) covers only extra tax the IRS added after changing the return. For tax that was shown on the return but not paid, only equitable relief can help; it is screened separately.");
        yield return new Outcome("a-liability-unknown", Citations.Pub971("Figure A, Decision (3)"), Determination.NeedMoreInformation,
            "We need to know whether the IRS added tax by changing the return (an audit or a notice proposing more tax) or whether tax shown on the return was not paid. The IRS letter says which.");

        foreach (var node in SharedSteps.TwoYearClock("a", "A", "a-item-owner"))
        {
            yield return node;
        }

        yield return new ChoiceQuestion("a-item-owner", Citations.Pub971("Figure A, Decision (3)"), Q.ErroneousItemOwner,
            new Branch("other-person", Edge.To("a-knew-of-item")),
            new Branch("me", Edge.To("a-own-item")),
            new Branch("both", Edge.Partial("a-knew-of-item", "Only the tax from the other person's items can be relieved; tax from your own items stays with you.")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("a-item-owner-unknown",
                "You weren't sure whose item caused the tax, and (b) covers only the other person's items, so we could not screen it.")));
        yield return new Outcome("a-own-item", Citations.Pub971("Figure A, Decision (3)"), Determination.DoesNotQualify,
            "(b) covers only tax from the other person's items. Tax from your own income or deductions is not covered. Equitable relief has some exceptions for items in your name; it is screened separately.");
        yield return new Outcome("a-item-owner-unknown", Citations.Pub971("Figure A, Decision (3)"), Determination.NeedMoreInformation,
            "We need to know whose income, deduction or credit caused the extra tax. The IRS notice lists the items it changed.");

        yield return new ChoiceQuestion("a-knew-of-item", Citations.Pub971("Figure A, Decision (4)"), Q.KnewOfItem,
            new Branch("no", Edge.To("a-reason-to-know")),
            new Branch("partly", Edge.Partial("a-reason-to-know-unknown-part",
                "You knew about part of the item, so relief can cover only the part you did not know about (IRC §6015(b)(2)).")),
            new Branch("yes", Edge.To("a-abuse")));
        yield return new YesNoQuestion("a-reason-to-know", Citations.Pub971("Figure A, Decision (4)"), Q.ReasonToKnow,
            Edge.To("a-abuse"), Edge.To("a-significant-benefit"),
            Edge.Assuming("a-reason-to-know-unclear",
                "You weren't sure whether you should have known. The IRS decides that from the facts, so we could not count you as having no reason to know."));
        // §6015(b)(2): partial knowledge. Relief is for the part the requester neither knew nor had reason to
        // know about, so both "reason to know" and the benefit test are asked about that part only.
        yield return new YesNoQuestion("a-reason-to-know-unknown-part", Citations.Irc("§6015(b)(2)"), Q.ReasonToKnowUnknownPart,
            Edge.To("a-abuse"), Edge.To("a-unknown-part-benefit"),
            Edge.Assuming("a-reason-to-know-unclear",
                "You weren't sure whether you should have known about the rest of the item. The IRS decides that from the facts, so we could not count you as having no reason to know."));
        yield return new ChoiceQuestion("a-unknown-part-benefit", Citations.Reg("§1.6015-2(d)"), Q.SignificantBenefitUnknownPart,
            new Branch("i-benefited", Edge.To("a-unknown-part-benefited")),
            new Branch("only-other-person", Edge.To("a-may-qualify")),
            new Branch("no-one-or-basic-support", Edge.To("a-may-qualify")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("a-unknown-part-benefited",
                "You weren't sure whether you benefited from the part you did not know about, so we could not count it as unfair to hold you liable for that part.")));
        yield return new Outcome("a-unknown-part-benefited", Citations.Reg("§1.6015-2(d)"), Determination.Unlikely,
            "You got a benefit beyond normal support from the part you did not know about. That makes it harder to show it would be unfair to hold you liable for that part. The IRS also looks at desertion, divorce or separation and other facts, so consider filing anyway and explain.",
            "A benefit from the part you knew about does not count here: (b) can cover only the part you did not know about (IRC §6015(b)(2)).");

        yield return new Outcome("a-reason-to-know-unclear", Citations.Pub971("Figure A, Decision (4)"), Determination.Unlikely,
            "It is unclear whether you had reason to know about the item. The IRS looks at the size of the item, your education, your part in the family finances, and whether you asked questions. Consider filing anyway and explain what you knew and why.");
        yield return new YesNoQuestion("a-abuse", Citations.Pub971("Figure A, Decision (4)"), Q.AbusedAndAfraid,
            Edge.WithCaveat("a-knew-abused",
                "The law for (b) has no abuse exception, but the IRS manual notes abuse can bear on what you knew or could question (IRM 25.15.3). This is uncertain."),
            Edge.To("a-knew"));
        yield return new Outcome("a-knew-abused", Citations.Pub971("Figure A, Decision (4)"), Determination.Unlikely,
            "You knew, or should have known, about the item, which usually rules out (b). Because abuse made you afraid to question the return, describe it on Form 8857: the IRS may take it into account, and it counts strongly for separation of liability and equitable relief.");
        yield return new Outcome("a-knew", Citations.Case("Cheshire v. Commissioner", "115 T.C. 183 (2000), aff'd 282 F.3d 326 (5th Cir. 2002)", "knowledge of the transaction defeats (b)"), Determination.DoesNotQualify,
            "You knew, or should have known, about the item when you signed, so (b) does not apply. Knowing about the income counts even if you thought it was not taxable. Separation of liability and equitable relief are screened separately.");

        yield return new ChoiceQuestion("a-significant-benefit", Citations.Pub971("Figure A, Decision (5)"), Q.SignificantBenefit,
            new Branch("i-benefited", Edge.To("a-benefited")),
            new Branch("only-other-person", Edge.To("a-may-qualify")),
            new Branch("no-one-or-basic-support", Edge.To("a-may-qualify")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("a-benefited",
                "You weren't sure whether you benefited, so we could not count it as unfair to hold you liable.")));
        yield return new Outcome("a-benefited", Citations.Pub971("Figure A, Decision (5)"), Determination.Unlikely,
            "A benefit beyond normal support makes it harder to show it would be unfair to hold you liable. The IRS also looks at desertion, divorce or separation and other facts, so consider filing anyway and explain.");
        yield return new Outcome("a-may-qualify", Citations.Irc("§6015(b)(1)"), Determination.MayQualify,
            "You may qualify for innocent spouse relief (b). It covers the tax, interest and penalties from the other person's items. (b) can also refund payments you made with your own money (not withholding and not payments sent with the joint return); keep proof of them.",
            "Whether it is unfair to hold you liable is decided on all the facts, including the equitable-relief factors (Pub. 971).");
    }
}
