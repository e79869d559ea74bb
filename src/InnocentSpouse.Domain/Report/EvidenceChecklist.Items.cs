using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// The item builders. Each one returns null when nothing in the answers makes its item matter. Texts speak to the
/// person ("you"), name the other spouse "the other person", and cite inline any authority beyond the item's sources.
/// </summary>
public static partial class EvidenceChecklist
{
    private const string Yes = AnswerValues.Yes;

    private static string T(string key, string english) => ReportText.Get(key, english);

    /// <summary>Always, once: every IRS letter, because of the record rule of IRC §6015(e)(7).</summary>
    private static EvidenceItem? IrsLetters(Context c) => c.Item("irs-letters", EvidenceImportance.Essential,
        T("evidence.irs-letters.what", "Every letter and notice the IRS sent you about these tax years, with all their pages. Each one has a number, " +
        "such as CP2000, CP14, CP504 or Letter 1058, and a date."),
        T("evidence.irs-letters.why", "If you later ask the Tax Court to review the IRS's decision, the court can usually look only at what the IRS had " +
        "when it decided, plus evidence that is new or could not be found before (IRC §6015(e)(7)). So send the IRS " +
        "everything you want it or the court to see, together with your Form 8857. The letters show what the IRS changed " +
        "and when it first tried to collect from you."),
        c.AllYears, Citations.Irc("§6015(e)(7)"), Citations.Pub971("Reminders, Scope of review"));

    /// <summary>Abuse or financial control answered yes (or abuse as the reason an item in the person's name is the other person's).</summary>
    private static EvidenceItem? AbuseOrControlRecords(Context c)
    {
        bool Abuse(int y) => c.Used.Is(Q.AbusedAndAfraid, y, Yes);
        bool AbuseException(int y) => c.Used.Is(Q.AttributionException, y, "abuse");
        bool Control(int y) => c.Used.Is(Q.FinancialControl, y, Yes);
        var years = c.YearsWhere(y => c.Form8857Open(y) && (Abuse(y) || AbuseException(y) || Control(y)));
        if (years.IsEmpty)
        {
            return null;
        }

        var abuse = years.Any(y => Abuse(y) || AbuseException(y));
        var control = years.Any(Control);
        var what = new List<string>(2);
        var told = new List<string>(2);
        if (abuse)
        {
            what.Add(T("evidence.abuse-or-control-records.what.abuse", "Papers that show the abuse, if you have any. For example: protective or restraining orders, police reports, " +
                "court records, medical records, records from a shelter, and written statements from people who knew about it."));
            told.Add(years.Any(Abuse)
                ? T("evidence.abuse-or-control-records.why.abused", "You told us the other person abused you and you were afraid to question the return or the payments.")
                : T("evidence.abuse-or-control-records.why.abuse-exception", "You told us abuse kept you from questioning the return or the payment."));
        }

        if (control)
        {
            what.Add(T("evidence.abuse-or-control-records.what.control", "Papers that show the other person controlled the money. For example: statements for bank or credit card " +
                "accounts only they could use, and written statements from people who saw that you could not see or use the money."));
            told.Add(T("evidence.abuse-or-control-records.why.control", "You told us the other person controlled the money so you could not question the tax."));
        }

        return c.Item("abuse-or-control-records", EvidenceImportance.Essential,
            string.Join(" ", what),
            string.Join(" ", told) +
            T("evidence.abuse-or-control-records.why", " When abuse or control over the money kept you from questioning the return or the payment because you feared " +
            "what the other person would do, the IRS counts it in favor of equitable relief, even if you knew about the problem " +
            "(Rev. Proc. 2013-34 §4.03(2)(c)(iv)). Form 8857 asks you to attach any document that supports your request " +
            "(Form 8857, Rev. June 2021). We could not confirm the IRS's own list of papers it accepts, so treat these as " +
            "examples. If you have no papers, still describe what happened on Form 8857."),
            years, Citations.RevProc("§4.03(2)(c)(iv)"), Citations.Irc("§6015(h)(2)"),
            T("evidence.abuse-or-control-records.caution", "For your safety: by law the IRS must tell the other person that you asked for relief and let them send " +
            "information (IRC §6015(h)(2); Treas. Reg. §1.6015-6(a)(1)). If either of you asks, the IRS will generally share " +
            "what one of you sent with the other. The IRS says it will not give out your current name, address, phone numbers " +
            "or employer (Form 8857, Rev. June 2021)."));
    }

    /// <summary>Signature forged, or never agreed to a joint return: there may be no valid joint return.</summary>
    private static EvidenceItem? ForgedSignatureProof(Context c) => c.Item("forged-signature-proof", EvidenceImportance.Essential,
        T("evidence.forged-signature-proof.what", "Anything that shows the signature on the joint return was not yours or that you never agreed to file jointly: " +
        "for example, copies of your own signature from that time."),
        T("evidence.forged-signature-proof.why", "You said your signature was forged or you never agreed to a joint return. Then there may be no valid joint return " +
        "for you, and you may not owe this joint tax at all. Form 8857 asks about this; these papers back up what you tell the IRS."),
        c.YearsWhere(y => c.Used.Is(Q.FiledJointReturn, y, "forged")),
        Citations.Case("Thomassen v. Commissioner", string.Empty, "no §6015 relief for years without a joint return", "http://casetext.com/case/thomassen-v-commissioner"),
        Citations.Form8857Instructions("Part III, signature forged"));

    /// <summary>Signed only under duress: not a valid joint return for the person.</summary>
    private static EvidenceItem? DuressProof(Context c) => c.Item("duress-proof", EvidenceImportance.Essential,
        T("evidence.duress-proof.what", "Anything that shows you were forced to sign the joint return: for example, police reports, protective orders, " +
        "medical records, or written statements from people who knew what was happening."),
        T("evidence.duress-proof.why", "You said you signed only because you were forced. If you could not resist and would not have signed otherwise, " +
        "the return is not a valid joint return for you. Form 8857 asks about this; explain what happened and attach what you have."),
        c.YearsWhere(y => c.Used.Is(Q.FiledJointReturn, y, "duress")),
        Citations.Form8857Instructions("Part III, signed under duress"));

    /// <summary>Divorced, widowed or legally separated: proof of the date, for the §6015(c) status test and factor (a).</summary>
    private static EvidenceItem? MaritalStatusProof(Context c)
    {
        string[] statuses = ["divorced", "widowed", "legally-separated"];
        var years = c.YearsWhere(y => statuses.Contains(c.Used.Get(Q.MaritalStatus, y))
            && (c.Open(y, ReliefType.SeparationOfLiability) || c.EquitableOpen(y)));
        if (years.IsEmpty)
        {
            return null;
        }

        var status = c.First(Q.MaritalStatus, years);
        var what = status switch
        {
            "divorced" => T("evidence.marital-status-proof.what.divorced", "A copy of your divorce decree that shows the date it became final."),
            "widowed" => T("evidence.marital-status-proof.what.widowed", "A death certificate, or another paper that shows the date the other person died."),
            _ => T("evidence.marital-status-proof.what.legally-separated", "A copy of your court decree of legal separation (separate maintenance) that shows its date."),
        };
        var separation = years.Any(y => c.Open(y, ReliefType.SeparationOfLiability));
        var why = new List<string>(2);
        if (separation)
        {
            why.Add(T("evidence.marital-status-proof.why.separation", "Separation of liability (c) is only for people who, when they file Form 8857, are no longer married " +
                "(divorced or widowed), are legally separated, or have not lived in the same household as the other person for " +
                "12 months (IRC §6015(c)(3)(A)(i)).") + (status == "widowed" ? T("evidence.marital-status-proof.why.separation-widowed", " Pub. 971 Figure B counts a widow or widower as no longer married.") : string.Empty) +
                T("evidence.marital-status-proof.why.separation-proof", " This paper shows you qualify."));
        }

        if (years.Any(c.EquitableOpen))
        {
            why.Add(T("evidence.marital-status-proof.why.equitable", "Being no longer married also counts in your favor for equitable relief (Rev. Proc. 2013-34 §4.03(2)(a))."));
        }

        return c.Item("marital-status-proof", separation ? EvidenceImportance.Essential : EvidenceImportance.Helpful,
            what, string.Join(" ", why), years, Citations.Irc("§6015(c)(3)(A)(i)"), Citations.RevProc("§4.03(2)(a)"));
    }

    /// <summary>Married but living apart for 12 months, not temporarily: proof of a separate home.</summary>
    private static EvidenceItem? SeparateHomeProof(Context c)
    {
        var years = c.YearsWhere(y => c.Used.Is(Q.MaritalStatus, y, "married-living-apart") && c.Used.Is(Q.LivedApart12Months, y, Yes)
            && !c.Used.Is(Q.AbsenceIsTemporary, y, Yes)
            && (c.Open(y, ReliefType.SeparationOfLiability) || c.EquitableOpen(y)));
        if (years.IsEmpty)
        {
            return null;
        }

        var separation = years.Any(y => c.Open(y, ReliefType.SeparationOfLiability));
        var why = new List<string>(2);
        if (separation)
        {
            why.Add(T("evidence.separate-home-proof.why.separation", "Separation of liability (c) is open to a married person who has not lived in the same household as the " +
                "other person at any time in the 12 months before filing Form 8857 (IRC §6015(c)(3)(A)(i)(II)). A temporary " +
                "absence, such as a hospital stay or work away from home, does not count as living apart (Treas. Reg. §1.6015-3(b)(3))."));
        }

        if (years.Any(c.EquitableOpen))
        {
            why.Add(T("evidence.separate-home-proof.why.equitable", "Living apart also counts in your favor for equitable relief (Rev. Proc. 2013-34 §4.03(2)(a))."));
        }

        return c.Item("separate-home-proof", separation ? EvidenceImportance.Essential : EvidenceImportance.Helpful,
            T("evidence.separate-home-proof.what", "Proof that you have lived in a different home from the other person for the last 12 months: for example, a lease " +
            "or mortgage papers in your name, and utility bills sent to you there."),
            string.Join(" ", why), years, Citations.Irc("§6015(c)(3)(A)(i)(II)"), Citations.Reg("§1.6015-3(b)(3)"));
    }

    /// <summary>A decree or binding agreement says who must pay: the pages that allocate the tax (factor (d)).</summary>
    private static EvidenceItem? DecreeTaxPages(Context c)
    {
        var years = c.YearsWhere(y => c.EquitableOpen(y) && c.Used.Get(Q.DivorceDecreeSaysWhoPays, y) is "other-person" or "me");
        if (years.IsEmpty)
        {
            return null;
        }

        var otherPerson = c.First(Q.DivorceDecreeSaysWhoPays, years) == "other-person";
        return c.Item("decree-tax-pages", otherPerson ? EvidenceImportance.Essential : EvidenceImportance.Helpful,
            T("evidence.decree-tax-pages.what", "The pages of your divorce decree, separation agreement or other binding agreement that say who must pay this tax, " +
            "and the page that shows the date it was made."),
            (otherPerson
                ? T("evidence.decree-tax-pages.why.other-person", "You said it makes the other person pay this tax. The IRS counts that in favor of equitable relief, unless you " +
                  "knew when it was made that they would not pay (Rev. Proc. 2013-34 §4.03(2)(d)).")
                : T("evidence.decree-tax-pages.why.me", "You said it makes you pay this tax. The IRS counts that against equitable relief, but it weighs all the facts " +
                  "(Rev. Proc. 2013-34 §4.03(2)(d)); have the pages ready, because Form 8857 asks about such agreements.")) +
            T("evidence.decree-tax-pages.why", " A decree alone does not stop the IRS from collecting from you: both of you stay responsible for a joint return " +
            "unless the IRS grants relief (Pub. 971, Introduction)."),
            years, Citations.RevProc("§4.03(2)(d)"), Citations.Pub971("Introduction"));
    }

    /// <summary>Paid some of the tax with own money, and (b) or (f) (which can refund) is open: proof of each payment and its date.</summary>
    private static EvidenceItem? OwnPaymentProof(Context c) => c.Item("own-payment-proof", EvidenceImportance.Essential,
        T("evidence.own-payment-proof.what", "Proof of each payment you made toward this tax with your own money, with its date: for example, bank statements " +
        "or cancelled checks. If the IRS kept a refund from a return you filed alone and used it for this tax, the IRS " +
        "notice about that is enough."),
        T("evidence.own-payment-proof.why", "You said you paid some of this tax with your own money. Innocent spouse relief (b) and equitable relief can refund " +
        "such payments (IRC §6015(g)(1); Rev. Proc. 2013-34 §4.04); separation of liability (c) cannot (IRC §6015(g)(3)). " +
        "Payments sent with the joint return, tax withheld from pay, and payments the other person made are not refunded " +
        "(Pub. 971, Refunds). The time to get a refund counts from each payment: generally 2 years after the payment or " +
        "3 years after the return was filed, whichever ends later (IRC §6511(a)). So keep the dates."),
        c.YearsWhere(y => c.Used.Is(Q.PaidWithOwnMoney, y, Yes)
            && (c.Open(y, ReliefType.InnocentSpouse) || c.Open(y, ReliefType.EquitableRelief))),
        Citations.Irc("§6015(g)"), Citations.Pub971("Refunds"));

    /// <summary>Attribution exception (b), nominal ownership: the item in the person's name was really the other person's.</summary>
    private static EvidenceItem? NominalOwnershipProof(Context c) => AttributionProof(c, "nominal-ownership", "nominal-ownership-proof",
        T("evidence.nominal-ownership-proof.what", "Papers that show the item in your name really belonged to the other person: for example, records of who paid for it, " +
        "who used it and who got the money from it."),
        T("evidence.nominal-ownership-proof.why", "You said the item is in your name only and the other person really owned it. Equitable relief generally covers only " +
        "the other person's items; an item in your name counts as yours unless you show the other person really owned it " +
        "(Rev. Proc. 2013-34 §4.01(7)(b))."),
        "§4.01(7)(b)");

    /// <summary>Attribution exception (c), misappropriation: money given to pay the tax was taken.</summary>
    private static EvidenceItem? MisappropriationProof(Context c) => AttributionProof(c, "misappropriation", "misappropriation-proof",
        T("evidence.misappropriation-proof.what", "Proof that you gave the other person money to pay the tax and that they used it for themselves: for example, bank " +
        "transfers or cancelled checks, and records of what the money was spent on."),
        T("evidence.misappropriation-proof.why", "You said you gave the other person money to pay the tax and they used it for themselves. If you did not know and had " +
        "no reason to know they would do that, the IRS can treat the tax as theirs (Rev. Proc. 2013-34 §4.01(7)(c))."),
        "§4.01(7)(c)");

    /// <summary>Attribution exception (e): fraud by the other person caused the item.</summary>
    private static EvidenceItem? OtherPersonFraudProof(Context c) => AttributionProof(c, "fraud-by-other-person", "other-person-fraud-proof",
        T("evidence.other-person-fraud-proof.what", "Anything that shows the other person's fraud caused the item: for example, court or police records about the fraud, " +
        "or statements for accounts they controlled."),
        T("evidence.other-person-fraud-proof.why", "You said fraud by the other person caused it. The IRS can then treat the item as theirs (Rev. Proc. 2013-34 §4.01(7)(e))."),
        "§4.01(7)(e)");

    /// <summary>Attribution exception (a): the item is the person's only because of community-property law.</summary>
    private static EvidenceItem? CommunityPropertyLawProof(Context c) => AttributionProof(c, "community-property-law", "community-property-law-proof",
        T("evidence.community-property-law-proof.what", "Records that show the income was the other person's and is yours only under community-property law: for example, " +
        "their W-2s or 1099s, and proof of the state you lived in that year."),
        T("evidence.community-property-law-proof.why", "You said the item is yours only because of community-property law. The IRS can then treat it as the other person's " +
        "for equitable relief (Rev. Proc. 2013-34 §4.01(7)(a))."),
        "§4.01(7)(a)");

    private static EvidenceItem? AttributionProof(Context c, string exception, string id, string what, string why, string section) =>
        c.Item(id, EvidenceImportance.Essential, what, why,
            c.YearsWhere(y => c.Open(y, ReliefType.EquitableRelief) && c.Used.Is(Q.AttributionException, y, exception)),
            Citations.RevProc(section));

    /// <summary>§66(c): separate return in a community-property state: records of whose income was whose.</summary>
    private static EvidenceItem? CommunityIncomeRecords(Context c) => c.Item("community-income-records", EvidenceImportance.Essential,
        T("evidence.community-income-records.what", "Records that show which income was whose that year: for example, the other person's W-2s, 1099s or business records, " +
        "and your own separate return."),
        T("evidence.community-income-records.why", "You filed a separate return while living in a community-property state. Relief from community-property law covers " +
        "community income that belongs to the other person, such as their pay, business income or income from their separate " +
        "property (IRC §66(c); Treas. Reg. §1.66-4). These records show what was theirs."),
        c.YearsWhere(y => c.Open(y, ReliefType.CommunityProperty) && c.Used.Get(Q.IncomeBelongsToOtherSpouse, y) is not null),
        Citations.Irc("§66(c)"), Citations.Reg("§1.66-4"));

    /// <summary>Form 8379: a joint refund kept for the other person's separate debt.</summary>
    private static EvidenceItem? InjuredSpouseRecords(Context c) => c.Item("injured-spouse-records", EvidenceImportance.Essential,
        T("evidence.injured-spouse-records.what", "For Form 8379 (injured spouse): copies of all Forms W-2, and any 1099s that show tax withheld, for both of you for " +
        "that year, and the notice saying your joint refund was kept (offset) for the other person's debt."),
        T("evidence.injured-spouse-records.why", "You said the IRS kept your joint refund for a debt only the other person owed. Form 8379 can give back your share. " +
        "When you file it on its own, its instructions ask for these forms. The offset notice shows which refund was kept and for what debt."),
        c.YearsWhere(y => c.Open(y, ReliefType.InjuredSpouse) && c.Used.Is(Q.RefundKept, y, "joint-refund-other-spouse-debt")),
        Citations.Form8379Instructions("How To File"), Citations.TaxTopic203);

    /// <summary>Economic hardship favors relief (factor (b), part of the streamlined test): income and expense records.</summary>
    private static EvidenceItem? IncomeAndExpenses(Context c) => c.Item("income-and-expenses", EvidenceImportance.Essential,
        T("evidence.income-and-expenses.what", "Records of your household's income and basic living costs today: for example, pay stubs, benefit letters, and bills " +
        "for rent, utilities, food, transport, health care and child care."),
        T("evidence.income-and-expenses.why", "Your answers suggest that paying this tax would leave you unable to pay basic living costs. The IRS counts this " +
        "economic hardship in favor of equitable relief, and it is part of the streamlined test (Rev. Proc. 2013-34 §4.02, " +
        "§4.03(2)(b)). Form 8857 asks about your current income and expenses; these records back up your numbers."),
        c.YearsWhere(y => c.Factor(y, "§4.03(2)(b)", FactorLean.Favors)),
        Citations.RevProc("§4.03(2)(b)"), Citations.Form8857("your current income and expenses"));

    /// <summary>A health problem answered yes (factor (g)): medical records.</summary>
    private static EvidenceItem? MedicalRecords(Context c) => c.Item("medical-records", EvidenceImportance.Helpful,
        T("evidence.medical-records.what", "Medical records, or a letter from a doctor or counselor, about your health problem when you signed the returns or now."),
        T("evidence.medical-records.why", "You said you had a serious mental or physical health problem when you signed the returns, or have one now. The IRS " +
        "counts poor health at either time in favor of equitable relief (Rev. Proc. 2013-34 §4.03(2)(g))."),
        c.YearsWhere(y => c.Factor(y, "§4.03(2)(g)", FactorLean.Favors)),
        Citations.RevProc("§4.03(2)(g)"));

    /// <summary>Did not know (or knew only part) of the item behind extra tax, with (b) or (c) open.</summary>
    private static EvidenceItem? ItemKeptFromYou(Context c)
    {
        var years = c.YearsWhere(y => c.Used.Get(Q.KnewOfItem, y) is "no" or "partly"
            && c.Used.Get(Q.LiabilityType, y) is "understatement" or "both"
            && (c.Open(y, ReliefType.InnocentSpouse) || c.Open(y, ReliefType.SeparationOfLiability)));
        if (years.IsEmpty)
        {
            return null;
        }

        var partly = years.Any(y => c.Used.Is(Q.KnewOfItem, y, "partly"));
        return c.Item("item-kept-from-you", EvidenceImportance.Helpful,
            T("evidence.item-kept-from-you.what", "Anything that shows you did not know about the income or item when you signed: for example, statements for accounts " +
            "only the other person used, or records showing you were not involved in the business or activity it came from."),
            (partly
                ? T("evidence.item-kept-from-you.why.partly", "You said you knew about only part of the income or item that caused the extra tax.")
                : T("evidence.item-kept-from-you.why.no", "You said you did not know about the income or item that caused the extra tax.")) +
            T("evidence.item-kept-from-you.why", " For innocent spouse relief the IRS asks whether you knew or had reason to know when you signed, and it looks at " +
            "things like how involved you were in the activity and in the household money (IRC §6015(b)(1)(C); Pub. 971). " +
            "For separation of liability, the IRS must prove you actually knew (IRC §6015(c)(3)(C))."),
            years, Citations.Irc("§6015(b)(1)(C)"), Citations.Irc("§6015(c)(3)(C)"));
    }

    /// <summary>Unpaid tax: reasonably expected the other person to pay (factor (c)(ii)).</summary>
    private static EvidenceItem? ExpectedPaymentProof(Context c) => c.Item("expected-payment-proof", EvidenceImportance.Helpful,
        T("evidence.expected-payment-proof.what", "Anything that shows why you believed the tax would be paid: for example, an IRS payment plan (installment agreement) " +
        "or written promises from the other person to pay it."),
        T("evidence.expected-payment-proof.why", "You said you reasonably believed the other person would pay the tax shown on the return. The IRS counts that in favor " +
        "of equitable relief, for example where there was a plan or an installment agreement to pay it (Rev. Proc. 2013-34 §4.03(2)(c)(ii))."),
        c.YearsWhere(y => c.Open(y, ReliefType.EquitableRelief) && c.Used.Is(Q.ExpectedPayment, y, Yes)),
        Citations.RevProc("§4.03(2)(c)(ii)"));

    /// <summary>Said no significant benefit (only the other person, or basic support only): where the money went (factor (e)).</summary>
    private static EvidenceItem? WhoBenefitedRecords(Context c)
    {
        var years = c.YearsWhere(y => c.Used.Get(Q.SignificantBenefit, y) is "only-other-person" or "no-one-or-basic-support"
            && (c.Open(y, ReliefType.InnocentSpouse) || c.EquitableOpen(y)));
        if (years.IsEmpty)
        {
            return null;
        }

        var onlyOther = years.Any(y => c.Used.Is(Q.SignificantBenefit, y, "only-other-person"));
        var basic = years.Any(y => c.Used.Is(Q.SignificantBenefit, y, "no-one-or-basic-support"));
        var what = new List<string>(2);
        var told = new List<string>(2);
        if (onlyOther)
        {
            what.Add(T("evidence.who-benefited-records.what.only-other-person", "Records that show where the money went: for example, purchases, accounts or property in the other person's name only."));
            told.Add(T("evidence.who-benefited-records.why.only-other-person", "You said only the other person benefited from the money that should have paid the tax."));
        }

        if (basic)
        {
            what.Add(T("evidence.who-benefited-records.what.basic-support", "Records that show the money went to basic living costs, such as rent, food and bills."));
            told.Add(T("evidence.who-benefited-records.why.basic-support", "You said no one benefited beyond basic living costs."));
        }

        return c.Item("who-benefited-records", EvidenceImportance.Helpful, string.Join(" ", what),
            string.Join(" ", told) + T("evidence.who-benefited-records.why", " The IRS asks whether you got a significant benefit, meaning more than normal support, from " +
            "the unpaid tax or the item (Rev. Proc. 2013-34 §4.03(2)(e); Treas. Reg. §1.6015-2(d))."),
            years, Citations.RevProc("§4.03(2)(e)"), Citations.Reg("§1.6015-2(d)"));
    }

    /// <summary>Filed and paid since (or tried to): proof of later compliance (factor (f)).</summary>
    private static EvidenceItem? LaterComplianceRecords(Context c)
    {
        var years = c.YearsWhere(y => c.EquitableOpen(y) && c.Used.Get(Q.LaterYearsCompliant, y) is "yes" or "tried-but-could-not");
        if (years.IsEmpty)
        {
            return null;
        }

        var compliant = c.First(Q.LaterYearsCompliant, years) == "yes";
        return c.Item("later-compliance-records", EvidenceImportance.Helpful,
            compliant
                ? T("evidence.later-compliance-records.what.yes", "Proof that you have filed and paid your taxes for the years since: for example, IRS account transcripts or copies of your later returns.")
                : T("evidence.later-compliance-records.what.tried", "Proof of what you filed and paid for the years since: for example, IRS account transcripts, copies of your later returns, " +
                  "and records of any payment plan (installment agreement)."),
            compliant
                ? T("evidence.later-compliance-records.why.yes", "You said you have filed your returns and paid your taxes on time since. The IRS counts that in favor of equitable " +
                  "relief (Rev. Proc. 2013-34 §4.03(2)(f)).")
                : T("evidence.later-compliance-records.why.tried", "You said you tried but could not always pay in full. The IRS looks at whether you have complied with the tax laws " +
                  "since (Rev. Proc. 2013-34 §4.03(2)(f)); how it weighs a good-faith effort like yours was not confirmed in our sources."),
            years, Citations.RevProc("§4.03(2)(f)"));
    }
}
