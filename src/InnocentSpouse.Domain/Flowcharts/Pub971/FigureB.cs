using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// Pub. 971 Figure B: separation of liability, IRC §6015(c). Triage, liability type, the 2-year clock,
/// the status test (divorced, widowed, legally separated, or 12 months apart with no temporary absence),
/// whose item, actual knowledge with the abuse exception, a fraudulent scheme, and disqualified assets.
/// </summary>
/// <remarks>
/// Pub. 971 numbers Decisions (1)-(3) as cited here; the later boxes are cited to the statute and
/// regulation because their Rev. Dec. 2021 box numbers were not confirmed (docs/sources-eligibility.md).
/// </remarks>
public static class FigureB
{
    /// <summary>The chart.</summary>
    public static Flowchart Definition { get; } = new(
        "figure-b",
        "Figure B: Separation of liability, IRC §6015(c)",
        ReliefType.SeparationOfLiability,
        Citations.Pub971("Figure B"),
        "b-joint-return",
        Nodes());

    private static IEnumerable<Node> Nodes()
    {
        foreach (var node in SharedSteps.Gateway("b", "B", "b-liability-type"))
        {
            yield return node;
        }

        yield return new ChoiceQuestion("b-liability-type", Citations.Pub971("Figure B, Decision (3)"), Q.LiabilityType,
            new Branch("understatement", Edge.To("b-collection-action")),
            new Branch("underpayment", Edge.To("b-underpayment-only")),
            new Branch("both", Edge.Partial("b-collection-action", "Only the extra tax the IRS added can be separated; unpaid tax shown on the return cannot.")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("b-liability-unknown",
                "You weren't sure what kind of tax problem it is. (c) covers only extra tax the IRS added, so we could not screen it.")));
        yield return new Outcome("b-underpayment-only", Citations.Pub971("Figure B, Decision (3)"), Determination.NotApplicable,
            "(c) splits only extra tax the IRS added after changing the return. For tax shown on the return but not paid, only equitable relief can help; it is screened separately.");
        yield return new Outcome("b-liability-unknown", Citations.Pub971("Figure B, Decision (3)"), Determination.NeedMoreInformation,
            "We need to know whether the IRS added tax by changing the return or whether tax shown on the return was not paid. The IRS letter says which.");

        foreach (var node in SharedSteps.TwoYearClock("b", "B", "b-marital-status"))
        {
            yield return node;
        }

        yield return new ChoiceQuestion("b-marital-status", Citations.Irc("§6015(c)(3)(A)(i)"), Q.MaritalStatus,
            new Branch("married-living-together", Edge.To("b-status-not-met")),
            new Branch("married-living-apart", Edge.To("b-lived-apart")),
            new Branch("divorced", Edge.To("b-item-owner")),
            new Branch("widowed", Edge.To("b-item-owner")),
            new Branch("legally-separated", Edge.To("b-item-owner")));
        yield return new YesNoQuestion("b-lived-apart", Citations.Irc("§6015(c)(3)(A)(i)(II)"), Q.LivedApart12Months,
            Edge.To("b-temporary-absence"), Edge.To("b-status-not-met"));
        yield return new YesNoQuestion("b-temporary-absence", Citations.Reg("§1.6015-3(b)(3)"), Q.AbsenceIsTemporary,
            Edge.To("b-status-not-met"), Edge.To("b-item-owner"),
            Edge.Assuming("b-household-unknown",
                "You weren't sure whether the time apart is temporary. A temporary absence counts as living in the same household, so we could not count the 12 months."));
        yield return new Outcome("b-household-unknown", Citations.Reg("§1.6015-3(b)(3)"), Determination.NeedMoreInformation,
            "We need to know whether your time apart is temporary (for example prison, illness, work or military service, with the home kept for the return) or whether you have separated.");
        yield return new Outcome("b-status-not-met", Citations.Irc("§6015(c)(3)(A)(i)"), Determination.DoesNotQualify,
            "(c) is for people who are divorced, widowed, legally separated, or have not lived in the same household for the 12 months before filing. That does not fit you today. If it changes, you can ask again. Innocent spouse relief (b) and equitable relief do not need this.");

        yield return new ChoiceQuestion("b-item-owner", Citations.Irc("§6015(d)(3)(A)"), Q.ErroneousItemOwner,
            new Branch("other-person", Edge.To("b-knew-of-item")),
            new Branch("me", Edge.To("b-own-item")),
            new Branch("both", Edge.Partial("b-knew-of-item", "Tax from your own items is allocated to you; only the other person's share is separated from you.")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("b-item-owner-unknown",
                "You weren't sure whose item caused the tax, and (c) allocates each item to the person it belongs to, so we could not screen it.")));
        yield return new Outcome("b-own-item", Citations.Irc("§6015(d)(3)(A)"), Determination.DoesNotQualify,
            "(c) splits the extra tax as if you had filed separately, and items are allocated to the person they belong to. The item is yours, so the tax on it stays with you.");
        yield return new Outcome("b-item-owner-unknown", Citations.Irc("§6015(d)(3)(A)"), Determination.NeedMoreInformation,
            "We need to know whose income, deduction or credit caused the extra tax. The IRS notice lists the items it changed.");

        yield return new ChoiceQuestion("b-knew-of-item", Citations.Irc("§6015(c)(3)(C)"), Q.KnewOfItem,
            new Branch("no", Edge.To("b-fraud-scheme")),
            new Branch("partly", Edge.To("b-abuse-partly")),
            new Branch("yes", Edge.To("b-abuse")));

        // The abuse exception lifts the actual-knowledge bar for the part known too (Treas. Reg. §1.6015-3(c)(2)(v); rules.md §3).
        yield return new YesNoQuestion("b-abuse-partly", Citations.Reg("§1.6015-3(c)(2)(v)"), Q.AbusedAndAfraid,
            Edge.WithCaveat("b-fraud-scheme",
                "You knew about part of the item, but abuse made you afraid to challenge the return; the abuse exception then keeps actual knowledge from barring (c) for that part too. The regulation's exact text was not confirmed in our sources."),
            Edge.Partial("b-fraud-scheme", "You knew about part of the item, so the IRS can keep you liable for the part you knew about."));
        yield return new YesNoQuestion("b-abuse", Citations.Reg("§1.6015-3(c)(2)(v)"), Q.AbusedAndAfraid,
            Edge.WithCaveat("b-fraud-scheme",
                "You knew about the item, but abuse made you afraid to challenge the return; the abuse exception then keeps actual knowledge from barring (c). The regulation's exact text was not confirmed in our sources."),
            Edge.To("b-actual-knowledge"));
        yield return new Outcome("b-actual-knowledge", Citations.Case("King v. Commissioner", "116 T.C. 198 (2001)", "actual knowledge of the facts behind the item"), Determination.DoesNotQualify,
            "You actually knew about the item when you signed, so the IRS can deny (c) for it. The IRS must prove that knowledge; knowing the facts is enough even if you did not know the tax rules (Cheshire v. Commissioner, 115 T.C. 183 (2000)).");

        yield return new YesNoQuestion("b-fraud-scheme", Citations.Irc("§6015(c)(3)(A)(ii)"), Q.FraudulentTransferScheme,
            Edge.To("b-fraudulent-scheme"), Edge.To("b-disqualified-assets"));
        yield return new Outcome("b-fraudulent-scheme", Citations.Irc("§6015(c)(3)(A)(ii)"), Determination.DoesNotQualify,
            "When spouses move property between them as part of a fraudulent scheme, (c) is not available to either of them.");

        yield return new YesNoQuestion("b-disqualified-assets", Citations.Irc("§6015(c)(4)"), Q.PropertyTransferredToYou,
            Edge.Partial("b-may-qualify", "Your share of the tax goes up by the value of property the other person transferred to you to avoid tax (disqualified assets)."),
            Edge.To("b-may-qualify"),
            new Edge(new NodeKey("b-may-qualify"),
                Assumption: "You weren't sure whether the other person transferred property to you, so we assumed your share may go up by its value.",
                Limitation: "Your share of the tax may go up by the value of any property the other person transferred to you to avoid tax."));
        yield return new Outcome("b-may-qualify", Citations.Irc("§6015(c)(1), (d)"), Determination.MayQualify,
            "You may qualify for separation of liability (c). The extra tax would be split as if you had filed separate returns, and you would owe only your share. (c) never gives refunds (IRC §6015(g)(3)).",
            "You must show which items belong to whom; the IRS must prove actual knowledge or a fraudulent transfer.");
    }
}
