using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// Pub. 971 Figure C with Rev. Proc. 2013-34: equitable relief, IRC §6015(f). Triage; whether (b)/(c)
/// already cover everything (Decision (1)), and if they may cover part, only what they leave is weighed
/// (§6015(f)(1)(B)); the threshold conditions of §4.01 (fraudulent scheme, disqualified assets, fraudulent
/// return, attribution with its five exceptions, asked also about the requester's own part of an item of
/// both spouses); timing under
/// §6015(f)(2) (collection period or refund period); then the streamlined test (§4.02) and the
/// factors (§4.03) with the product's counting rule (rules.md §4.5).
/// </summary>
/// <remarks>
/// Thresholds are checked before timing so that "too late" is shown only when timeliness is the only
/// failure (rules.md §4.5 step 1). Box numbers follow the Figure C order in rules.md §4.4.
/// For an item of both spouses, an attribution exception for the requester's own part makes relief full;
/// without one, relief is partial (the other person's part), or, when (b) or (c) may already cover the other
/// person's part, equitable relief has nothing left it can cover (<see cref="CoverageRules.OtherPersonsPartLeft"/>).
/// </remarks>
public static class FigureC
{
    private const string OwnPartLimitation =
        "Relief generally covers only the tax from the other person's items or income, and no exception fits your own part (Rev. Proc. 2013-34 §4.01(7)).";

    private const string OwnPartUnsureLimitation =
        "Relief may cover only the tax from the other person's items or income, unless one of the exceptions fits your own part (Rev. Proc. 2013-34 §4.01(7)).";

    /// <summary>The chart.</summary>
    public static Flowchart Definition { get; } = new(
        "figure-c",
        "Figure C: Equitable relief, IRC §6015(f) and Rev. Proc. 2013-34",
        ReliefType.EquitableRelief,
        Citations.Pub971("Figure C"),
        "c-joint-return",
        Nodes());

    private static IEnumerable<Node> Nodes()
    {
        foreach (var node in SharedSteps.Gateway("c", "C", "c-covered-by-b-or-c"))
        {
            yield return node;
        }

        yield return new RuleCheck("c-covered-by-b-or-c", Citations.Pub971("Figure C, Decision (1)"),
            "Could innocent spouse relief (b) or separation of liability (c) cover all of this tax?", CoverageRules.CoveredByBOrC,
            Edge.To("c-not-needed"), Edge.To("c-fraud-scheme"));
        yield return new Outcome("c-not-needed", Citations.Irc("§6015(f)(1)(B)"), Determination.NotApplicable,
            "Equitable relief is only for what (b) and (c) do not cover, and your answers suggest (b) or (c) may cover all of it. If the IRS denies those, it considers equitable relief on the same Form 8857.",
            CoverageRules.IrsConsidersTheRestCaveat);

        yield return new YesNoQuestion("c-fraud-scheme", Citations.RevProc("§4.01(4)"), Q.FraudulentTransferScheme,
            Edge.To("c-fraudulent-scheme"), Edge.To("c-disqualified-assets"));
        yield return new Outcome("c-fraudulent-scheme", Citations.RevProc("§4.01(4)"), Determination.DoesNotQualify,
            "Equitable relief is not available when the spouses moved property between them as part of a fraudulent scheme.");

        foreach (var node in SharedSteps.DisqualifiedAssetsAndFraudulentReturn("c", "c-item-owner",
            "Equitable relief is not available to someone who knowingly took part in filing a fraudulent return."))
        {
            yield return node;
        }

        yield return new ChoiceQuestion("c-item-owner", Citations.RevProc("§4.01(7)"), Q.ErroneousItemOwner,
            new Branch("other-person", Edge.To("c-balance-due")),
            new Branch("me", Edge.To("c-attribution-exception")),
            new Branch("both", Edge.To("c-own-part-exception")),
            new Branch(AnswerValues.NotSure, Edge.Assuming("c-item-owner-unknown",
                "You weren't sure whose item or income caused the tax. Equitable relief generally needs it to be the other person's, so we could not screen it.")));
        yield return new Outcome("c-item-owner-unknown", Citations.RevProc("§4.01(7)"), Determination.NeedMoreInformation,
            "We need to know whose income, deduction or credit caused the tax. The IRS notice lists the items; for unpaid tax, think of whose income it came from.");
        yield return SharedSteps.AttributionExceptions("c-attribution-exception", "c-balance-due", Edge.To("c-own-item"), Edge.Assuming("c-attribution-unknown",
            "You weren't sure whether an exception applies to the item in your name, so we could not screen it."));
        yield return new Outcome("c-own-item", Citations.RevProc("§4.01(7)"), Determination.DoesNotQualify,
            "Equitable relief is for tax from the other person's items or income. The item is yours and none of the exceptions fits.",
            "The exceptions are fact-heavy (Minton v. Commissioner, T.C. Memo. 2018-15). If you think one might fit, have a tax professional look.");
        yield return new Outcome("c-attribution-unknown", Citations.RevProc("§4.01(7)(a)-(e)"), Determination.NeedMoreInformation,
            "We need to know whether the item in your name is really the other person's (community-property law, title in your name only, misused tax money, abuse, or their fraud). A Low Income Taxpayer Clinic can help.");

        // Items of both spouses: the §4.01(7) exceptions are asked about the requester's own part too. One fits:
        // relief can be full. None fits: only the other person's part, and nothing at all if (b) or (c) may
        // already cover that part (§6015(f)(1)(B)).
        yield return SharedSteps.AttributionExceptions("c-own-part-exception", "c-balance-due", Edge.To("c-other-part-left"), Edge.Assuming("c-other-part-left-unsure",
            "You weren't sure whether an exception fits your own part, so we did not count one."));
        yield return new RuleCheck("c-other-part-left", Citations.Irc("§6015(f)(1)(B)"),
            "Is some of the other person's part left for equitable relief after (b) and (c)?", CoverageRules.OtherPersonsPartLeft,
            Edge.Partial("c-balance-due", OwnPartLimitation), Edge.To("c-own-part-left"));
        yield return new RuleCheck("c-other-part-left-unsure", Citations.Irc("§6015(f)(1)(B)"),
            "Is some of the other person's part left for equitable relief after (b) and (c)?", CoverageRules.OtherPersonsPartLeft,
            Edge.Partial("c-balance-due", OwnPartUnsureLimitation), Edge.To("c-own-part-unknown"));
        yield return new Outcome("c-own-part-left", Citations.Irc("§6015(f)(1)(B)"), Determination.NotApplicable,
            "Equitable relief is only for what (b) and (c) do not cover. Your answers suggest (b) or (c) may cover the other person's part, so what is left is your own part. Equitable relief covers tax from your own items only when one of the exceptions fits, and you said none does. If the IRS denies (b) or (c), it considers equitable relief for the other person's part on the same Form 8857.",
            "The exceptions are fact-heavy (Minton v. Commissioner, T.C. Memo. 2018-15). If you think one might fit your part, have a tax professional look.");
        yield return new Outcome("c-own-part-unknown", Citations.RevProc("§4.01(7)(a)-(e)"), Determination.NeedMoreInformation,
            "Your answers suggest (b) or (c) may cover the other person's part, so what is left for equitable relief is your own part. We need to know whether your part is really the other person's (community-property law, title in your name only, misused tax money, abuse, or their fraud). A Low Income Taxpayer Clinic can help.");

        yield return new YesNoQuestion("c-balance-due", Citations.Irc("§6015(f)(2)"), Q.BalanceStillOwed,
            Edge.To("c-collection-open"), Edge.To("c-paid-own-money"));
        yield return new YesNoQuestion("c-collection-open", Citations.Irc("§6502"), Q.CollectionPeriodOpen,
            Edge.To("c-streamlined"), Edge.To("c-paid-after-collection-ended"),
            Edge.Assuming("c-streamlined",
                "You weren't sure whether the IRS can still collect, so we assumed it can (usually 10 years from assessment). If that time has ended, the unpaid tax can't be collected and only refunds matter; check your account transcript."));
        yield return new YesNoQuestion("c-paid-own-money", Citations.Irc("§6015(g)(1)"), Q.PaidWithOwnMoney,
            Edge.To("c-last-payment-date"), Edge.To("c-nothing-to-relieve"),
            Edge.Assuming("c-payment-unknown", "You weren't sure whether you paid with your own money, so we could not check for a refund."));
        yield return new YesNoQuestion("c-paid-after-collection-ended", Citations.Irc("§6015(g)(1)"), Q.PaidWithOwnMoney,
            Edge.To("c-last-payment-date"), Edge.To("c-collection-ended"),
            Edge.Assuming("c-payment-unknown", "You weren't sure whether you paid with your own money, so we could not check for a refund."));
        yield return new Outcome("c-nothing-to-relieve", Citations.Irc("§6015(f)(2)"), Determination.NotApplicable,
            "Nothing is left to relieve: no tax is owed for this year and you did not pay any of it with your own money.");
        yield return new Outcome("c-collection-ended", Citations.Irc("§6015(f)(2)(A)"), Determination.TooLate,
            "The IRS's time to collect this tax has ended, and you did not pay any of it with your own money, so there is nothing left to relieve or refund.");
        yield return new Outcome("c-payment-unknown", Citations.Irc("§6015(g)(1)"), Determination.NeedMoreInformation,
            "We need to know whether you paid any of this tax with your own money. Your bank statements or IRS account transcript will show it.");
        yield return new FactQuestion("c-last-payment-date", Citations.Irc("§6511(a)"), Q.LastOwnPaymentDate, Edge.To("c-refund-window"));
        yield return new RuleCheck("c-refund-window", Citations.Irc("§6015(f)(2)(B)"),
            "Is it still within the refund period for your payments?", TimingRules.RefundWindowOpen,
            Edge.To("c-streamlined"), Edge.To("c-refund-too-late"), Edge.To("c-refund-date-inexact"));
        yield return new Outcome("c-refund-too-late", Citations.Irc("§6015(f)(2)(B)"), Determination.TooLate,
            "You no longer owe this tax, and both refund periods for your payments have ended: 2 years after your latest payment and 3 years after the return was filed (IRC §6511(a)). So equitable relief is too late for this year.");
        yield return new Outcome("c-refund-date-inexact", Citations.Irc("§6015(f)(2)(B)"), Determination.NeedMoreInformation,
            "Whether you can still get a refund depends on a date we don't know exactly: the day of your latest payment (the refund period ends 2 years after it) or the day the return was filed (3 years after it), whichever ends later (IRC §6511(a)). " +
            "File Form 8857 right away: if the period has not ended, filing now keeps the refund open. " +
            "Then find the exact dates on your bank statement, the IRS notice or your IRS account transcript, and give them to check again.");

        yield return new RuleCheck("c-streamlined", Citations.RevProc("§4.02"),
            "Does the streamlined test fit: no longer married, economic hardship, and you did not know (or abuse or financial control)?",
            EquitableRules.StreamlinedMet, Edge.To("c-streamlined-met"), Edge.To("c-factors"));
        yield return new Outcome("c-streamlined-met", Citations.RevProc("§4.02"), Determination.MayQualify,
            "You may qualify for equitable relief. Your answers fit the streamlined test, under which the IRS will ordinarily grant relief. Equitable relief can also refund payments you made with your own money within the refund period.");
        yield return new RuleCheck("c-factors", Citations.RevProc("§4.03(2)"),
            "Do more factors favor relief than weigh against it? (This screener's rule; see the factor table.)",
            EquitableRules.FactorsFavorRelief, Edge.To("c-factors-favor"), Edge.To("c-factors-unlikely"));
        yield return new Outcome("c-factors-favor", Citations.RevProc("§4.03(2)"), Determination.MayQualify,
            "You may qualify for equitable relief: more of the factors the IRS weighs favor relief than weigh against it. See the factor table.");
        yield return new Outcome("c-factors-unlikely", Citations.RevProc("§4.03(2)"), Determination.Unlikely,
            "Equitable relief looks unlikely on these answers: the factors that favor relief do not outnumber those against it. The IRS weighs all facts, so consider filing anyway and explain your situation.");
    }
}
