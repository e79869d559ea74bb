using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// The triage steps every §6015 chart starts with (rules.md §1 steps 2-3: valid joint return, bars,
/// premature request), the 2-year clock shared by Figures A and B (rules.md §6.1), and the Rev. Proc. 2013-34
/// §4.01(5)-(7) threshold steps shared by Figure C and equitable §66(c) relief (rules.md §4.1, §9.3). Defined once
/// here and placed into each chart with a key prefix, so the facts are asked once and reused.
/// </summary>
internal static class SharedSteps
{
    internal const string NotSureCheck = "Check your papers or ask the IRS for an account transcript, then come back and answer.";

    /// <summary>Valid joint return → final court decision → offer in compromise → closing agreement → IRS contact → <paramref name="next"/>.</summary>
    internal static IEnumerable<Node> Gateway(string p, string figure, string next)
    {
        yield return new ChoiceQuestion($"{p}-joint-return", Citations.Pub971($"Figure {figure}, Decision (1)"), Q.FiledJointReturn,
            new Branch("yes", Edge.To($"{p}-court-decision")),
            new Branch("separate", Edge.To($"{p}-no-joint-return")),
            new Branch("forged", Edge.To($"{p}-forged-return")),
            new Branch("duress", Edge.To($"{p}-duress-return")),
            new Branch(AnswerValues.NotSure, Edge.Assuming($"{p}-joint-return-unknown",
                "You weren't sure whether a joint return was filed, so we could not screen this relief. " + NotSureCheck)));
        yield return new Outcome($"{p}-no-joint-return", Citations.Pub971($"Figure {figure}, Decision (1)"), Determination.NotApplicable,
            "This relief is only for joint returns, and you filed separately. If you lived in a community-property state, relief from community-property law (§66(c)) is screened separately.");
        yield return new Outcome($"{p}-forged-return", Citations.Case("Thomassen v. Commissioner", string.Empty, "no §6015 relief for years without a joint return", "http://casetext.com/case/thomassen-v-commissioner"), Determination.NotApplicable,
            "If your name was signed without your consent and you never meant to file jointly, there is no valid joint return for you, so this relief does not apply. You may not owe this joint tax at all. Tell the IRS the return is not a valid joint return (Form 8857 asks about this), and get help from a Low Income Taxpayer Clinic.",
            "Whether a return is a valid joint return depends on the facts, such as whether you meant to file jointly. A tax professional should review it.");
        yield return new Outcome($"{p}-duress-return", Citations.Form8857Instructions("Part III, signed under duress"), Determination.NotApplicable,
            "If you signed only because you were forced and could not resist, the return is not a valid joint return for you, so this relief is not the right route: you can argue you did not file jointly. Form 8857 asks about duress; explain what happened and get help from a Low Income Taxpayer Clinic.",
            "Duress means you were unable to resist the demand and would not have signed otherwise. Abuse that falls short of duress still matters for relief, so if duress is not proven, ask the IRS to consider this relief too.");
        yield return new Outcome($"{p}-joint-return-unknown", Citations.Pub971($"Figure {figure}, Decision (1)"), Determination.NeedMoreInformation,
            "We need to know whether a joint return was filed for this year. Your return shows the filing status, or ask the IRS for an account transcript.");

        yield return new YesNoQuestion($"{p}-court-decision", Citations.Irc("§6015(g)(2)"), Q.FinalCourtDecision,
            Edge.To($"{p}-court-participation"), Edge.To($"{p}-offer-in-compromise"),
            Edge.Assuming($"{p}-court-unknown", "You weren't sure whether a court has decided this year's tax, so we could not rule out that bar. " + NotSureCheck));
        yield return new YesNoQuestion($"{p}-court-participation", Citations.Irc("§6015(g)(2)"), Q.TookPartInCourtCase,
            Edge.To($"{p}-court-bar"), Edge.To($"{p}-offer-in-compromise"),
            Edge.Assuming($"{p}-court-unknown", "You weren't sure whether you took a real part in the court case. That decides whether the court's decision bars relief, so a tax professional should check."));
        yield return new Outcome($"{p}-court-unknown", Citations.Irc("§6015(g)(2)"), Determination.NeedMoreInformation,
            "A final court decision can bar relief if you took a real part in the case. We need to know more; a Low Income Taxpayer Clinic can check the court record.");
        yield return new Outcome($"{p}-court-bar", Citations.Irc("§6015(g)(2)"), Determination.DoesNotQualify,
            "A court has made a final decision about this year's tax, and you took a real part in that case. That bars this relief for the year.",
            "The statute names (b) and (c); Treasury regulations and the Tax Court apply the same bar to equitable relief (Reg. §1.6015-1(e); Thurner v. Commissioner, 121 T.C. 43 (2003)).");

        yield return new YesNoQuestion($"{p}-offer-in-compromise", Citations.Form8857Instructions("Situations in Which You Should Not File"), Q.AcceptedOfferInCompromise,
            Edge.To($"{p}-offer-bar"), Edge.To($"{p}-closing-agreement"),
            Edge.Assuming($"{p}-offer-unknown", "You weren't sure whether an offer in compromise covered this year, so we could not rule out that bar. " + NotSureCheck));
        yield return new Outcome($"{p}-offer-bar", Citations.Form8857Instructions("Situations in Which You Should Not File"), Determination.DoesNotQualify,
            "The IRS accepted an offer in compromise for this tax. That settles the debt, so the instructions say not to file Form 8857 for it.");
        yield return new Outcome($"{p}-offer-unknown", Citations.Form8857Instructions("Situations in Which You Should Not File"), Determination.NeedMoreInformation,
            "We need to know whether an accepted offer in compromise covered this year. Your IRS acceptance letter or account transcript will say.");

        yield return new YesNoQuestion($"{p}-closing-agreement", Citations.Form8857Instructions("Situations in Which You Should Not File"), Q.ClosingAgreement,
            Edge.To($"{p}-closing-bar"), Edge.To($"{p}-irs-contact"),
            Edge.Assuming($"{p}-closing-unknown", "You weren't sure whether you signed a closing agreement, so we could not rule out that bar. " + NotSureCheck));
        yield return new Outcome($"{p}-closing-bar", Citations.Form8857Instructions("Situations in Which You Should Not File"), Determination.DoesNotQualify,
            "You signed a closing agreement that settled this tax. That generally bars this relief.",
            "A closing agreement signed before July 22, 1998 does not bar relief (Hopkins v. Commissioner, 120 T.C. 451 (2003)), and Pub. 971 notes an exception for some partnership (TEFRA) agreements. Have a tax professional read the agreement.");
        yield return new Outcome($"{p}-closing-unknown", Citations.Form8857Instructions("Situations in Which You Should Not File"), Determination.NeedMoreInformation,
            "We need to know whether you signed a closing agreement for this year. Look for IRS Form 866 or 906 among your papers.");

        yield return new YesNoQuestion($"{p}-irs-contact", Citations.Reg("§1.6015-5(b)(5)"), Q.IrsContactedYou,
            Edge.To(next), Edge.To($"{p}-premature"));
        yield return new Outcome($"{p}-premature", Citations.Reg("§1.6015-5(b)(5)"), Determination.NotYet,
            "Not yet. The IRS will not consider a request until it has contacted you about this year's tax (an audit letter, a notice proposing more tax, or a bill). File Form 8857 as soon as that happens, and for (b) and (c) no later than 2 years after the IRS first tries to collect from you.");
    }

    /// <summary>
    /// The 2-year clock of §6015(b)(1)(E) and (c)(3)(B): what started it, when, and whether the window is still open.
    /// Only an action that surely starts the clock (Treas. Reg. §1.6015-5(b)(2)(ii)) can lead to "too late"; a notice
    /// that may not start it goes through the protective window, which never closes the relief
    /// (docs/adr/0008-too-late-only-when-certain.md).
    /// </summary>
    internal static IEnumerable<Node> TwoYearClock(string p, string figure, string next)
    {
        var source = Citations.Pub971($"Figure {figure}, Decision (2)");
        var collectionActivity = Citations.Reg("§1.6015-5(b)(2)(ii)");
        var date = $"{p}-collection-date";
        var protectiveDate = $"{p}-protective-date";
        yield return new ChoiceQuestion($"{p}-collection-action", source, Q.FirstCollectionAction,
            new Branch("none-yet", Edge.To(next)),
            new Branch("levy-hearing-notice", Edge.To(date)),
            new Branch("refund-offset", Edge.To($"{p}-offset-notice")),
            new Branch("collection-lawsuit", Edge.To(date)),
            new Branch("court-claim", Edge.To(date)),
            new Branch("lien-hearing-notice", Edge.To(protectiveDate)),
            new Branch("intent-to-levy-cp504", Edge.To(protectiveDate)),
            new Branch(AnswerValues.NotSure, Edge.Assuming(protectiveDate,
                "You weren't sure what kind of collection letter you got. Only some kinds start the 2-year clock, so we did not treat it as started; we give a date to file by to be safe.")));
        yield return new ChoiceQuestion($"{p}-offset-notice", Citations.Pub971($"Figure {figure}, Decision (2)"), Q.OffsetNoticeDescribedRelief,
            new Branch("yes", Edge.To(date)),
            new Branch("no", Edge.To(protectiveDate)),
            new Branch(AnswerValues.NotSure, Edge.Assuming(protectiveDate,
                "You weren't sure whether the offset notice told you about innocent spouse relief, so we did not treat the offset as starting the 2-year clock (McGee v. Commissioner, 123 T.C. 314 (2004)).")));
        yield return new FactQuestion(protectiveDate, collectionActivity, Q.FirstCollectionDate,
            Edge.To($"{p}-protective-window"),
            Edge.Assuming(next,
                "You weren't sure of the notice's date. That notice may not start the 2-year clock, so this relief was not ruled out; file Form 8857 as soon as you can."));
        yield return new RuleCheck($"{p}-protective-window", collectionActivity,
            "Would 2 years after that notice still be open, if it did start the clock?", TimingRules.ProtectiveTwoYearWindow,
            Edge.To(next), Edge.WithCaveat(next,
                "More than 2 years have passed since that notice. If it started the 2-year clock, this relief would be too late; the regulation's list suggests it did not. File Form 8857 now and explain which notice you got."));
        yield return new FactQuestion(date, Citations.Reg("§1.6015-5(b)(2)"), Q.FirstCollectionDate,
            Edge.To($"{p}-two-year-window"),
            Edge.Assuming($"{p}-collection-date-unknown", "You weren't sure of the date, so we could not check the 2-year deadline. Find the date on the letter or your account transcript."));
        yield return new Outcome($"{p}-collection-date-unknown", Citations.Irc("§6015(b)(1)(E)"), Determination.NeedMoreInformation,
            "We need the date of the IRS's first collection action to check the 2-year deadline. It is printed on the letter; your account transcript also shows it. File as soon as you can.");
        var statute = Citations.Irc(figure == "A" ? "§6015(b)(1)(E)" : "§6015(c)(3)(B)");
        yield return new RuleCheck($"{p}-two-year-window", statute,
            "Is it still within 2 years after the IRS first tried to collect from you?", TimingRules.TwoYearWindowOpen,
            Edge.To(next), Edge.To($"{p}-too-late"), Edge.To($"{p}-collection-date-inexact"));
        yield return new Outcome($"{p}-collection-date-inexact", statute, Determination.NeedMoreInformation,
            "Whether the 2-year deadline has passed depends on a detail we can't settle: you gave only the month of the IRS's first collection action, or it was on February 29 and the law does not say whether 2 years later is February 28 or March 1. " +
            "File Form 8857 right away: if the deadline has not passed, filing now keeps this relief open. " +
            "Then find the exact date: it is printed on the letter, and your IRS account transcript also shows it. Give the exact date to check again.");
        yield return new Outcome($"{p}-too-late", source, Determination.TooLate,
            "More than 2 years have passed since the IRS first tried to collect from you, so it is too late for this relief. Equitable relief has a longer deadline and is screened separately.");
    }
    /// <summary>
    /// Rev. Proc. 2013-34 §4.01(5) and (6), shared by Figure C and equitable §66(c) relief: disqualified assets (relief
    /// reduced by their value) → a knowingly fraudulent return (<c>{p}-fraud-by-you</c>, does not qualify) → <paramref name="next"/>.
    /// </summary>
    /// <param name="p">The key prefix ("c", "cp").</param>
    /// <param name="next">Where the chart goes on.</param>
    /// <param name="fraudByYou">The summary of the "knowingly took part in a fraudulent return" outcome.</param>
    internal static IEnumerable<Node> DisqualifiedAssetsAndFraudulentReturn(string p, string next, string fraudByYou)
    {
        yield return new YesNoQuestion($"{p}-disqualified-assets", Citations.RevProc("§4.01(5)"), Q.PropertyTransferredToYou,
            Edge.Partial($"{p}-fraudulent-return", "Relief can cover only the tax above the value of the property the other person transferred to you (disqualified assets)."),
            Edge.To($"{p}-fraudulent-return"),
            new Edge(new NodeKey($"{p}-fraudulent-return"),
                Assumption: "You weren't sure whether the other person transferred property to you, so we assumed relief may be reduced by its value.",
                Limitation: "Relief may be reduced by the value of any property the other person transferred to you to avoid tax."));
        yield return new YesNoQuestion($"{p}-fraudulent-return", Citations.RevProc("§4.01(6)"), Q.KnowinglySignedFraudulentReturn,
            Edge.To($"{p}-fraud-by-you"), Edge.To(next));
        yield return new Outcome($"{p}-fraud-by-you", Citations.RevProc("§4.01(6)"), Determination.DoesNotQualify, fraudByYou);
    }

    /// <summary>
    /// The Rev. Proc. 2013-34 §4.01(7)(a)-(e) attribution exceptions, shared by Figure C and equitable §66(c) relief:
    /// any one goes on to <paramref name="ifOne"/>; <paramref name="ifNone"/> and <paramref name="ifNotSure"/> say where
    /// the other answers lead.
    /// </summary>
    internal static ChoiceQuestion AttributionExceptions(string key, string ifOne, Edge ifNone, Edge ifNotSure) =>
        new(key, Citations.RevProc("§4.01(7)(a)-(e)"), Q.AttributionException,
            new Branch("community-property-law", Edge.To(ifOne)),
            new Branch("nominal-ownership", Edge.To(ifOne)),
            new Branch("misappropriation", Edge.To(ifOne)),
            new Branch("abuse", Edge.WithCaveat(ifOne,
                "The abuse exception needs abuse that made you unable to question the return or payment for fear of retaliation (Heydon-Grauss v. Commissioner, T.C. Memo. 2018-209).")),
            new Branch("fraud-by-other-person", Edge.To(ifOne)),
            new Branch("none", ifNone),
            new Branch(AnswerValues.NotSure, ifNotSure));
}
