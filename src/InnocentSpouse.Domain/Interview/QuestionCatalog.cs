using System.Collections.Frozen;
using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// Every question the screening can ask, one entry per <see cref="FactKey"/>. The keys are the
/// interview's URL slugs, the JSON API vocabulary and the stored sessions' vocabulary: never rename
/// one; add a new key instead (docs/question-keys.md lists them).
/// </summary>
public static class QuestionCatalog
{
    private const string Spouse = "your spouse or ex-spouse";

    // Assisted mode (issue 14): a clinic's helper asks the same questions about "your client" (Question.Assisted).
    private const string TheirSpouse = "their spouse or ex-spouse";
    private const string ClientsSpouse = "your client's spouse or ex-spouse";

    /// <summary>
    /// Said where assisted mode shows the public prompt or hint because it has no "you", "your", "I", "me" or "my" in
    /// it; <see cref="Question.Assisted"/> checks that, so it is a claim the build tests, not a default.
    /// </summary>
    private const string? SameAsPublic = null;

    // Declaration order = ordinal; All must list the questions in the same order (checked below).
    private static int _nextOrdinal;

    // ---- Household: asked once ------------------------------------------------------------

    /// <summary><c>marital-status</c>: status today with the other spouse (Figure B status test; factor (a)).</summary>
    public static Question MaritalStatus { get; } = Choice("marital-status", QuestionScope.Household, InterviewSection.Situation,
        "What is your situation today with the person you filed with?",
        "If that person has died, choose \"widowed\". Legally separated means a court decree of separate maintenance.",
        Citations.Irc("§6015(c)(3)(A)(i)"),
        ("married-living-together", "Married and living together"),
        ("married-living-apart", "Married but living apart"),
        ("divorced", "Divorced"),
        ("widowed", "Widowed"),
        ("legally-separated", "Legally separated by a court decree"))
        .Assisted(
            prompt: "What is your client's situation today with the person they filed with?",
            hint: SameAsPublic,
            // The same English, but its own text: the public Spanish answers in the first person ("vivimos", "Estoy").
            ("married-living-together", "Married and living together"),
            ("married-living-apart", "Married but living apart"),
            ("legally-separated", "Legally separated by a court decree"));

    /// <summary><c>lived-apart-12-months</c>: not in the same household for the 12 months before filing Form 8857.</summary>
    public static Question LivedApart12Months { get; } = YesNo("lived-apart-12-months", QuestionScope.Household, InterviewSection.Situation,
        $"Have you and {Spouse} lived in different homes for all of the last 12 months?",
        "Count the 12 months up to today. Living under the same roof for any part of that time means \"No\".",
        Citations.Irc("§6015(c)(3)(A)(i)(II)"))
        .Assisted(
            prompt: $"Have your client and {TheirSpouse} lived in different homes for all of the last 12 months?",
            hint: SameAsPublic);

    /// <summary><c>absence-is-temporary</c>: a temporary absence still counts as the same household.</summary>
    public static Question AbsenceIsTemporary { get; } = YesNo("absence-is-temporary", QuestionScope.Household, InterviewSection.Situation,
        "Is the time apart only temporary, and do you expect to live together again?",
        "Temporary means things like prison, a hospital stay, work away from home, military service, school or a vacation, while the home is kept for the return.",
        Citations.Reg("§1.6015-3(b)(3)"), allowsNotSure: true)
        .Assisted(
            prompt: "Is the time apart only temporary, and does your client expect the two of them to live together again?",
            hint: SameAsPublic);

    /// <summary><c>abused-and-afraid</c>: abuse before the return was filed that made the requester afraid to question it.</summary>
    public static Question AbusedAndAfraid { get; } = YesNo("abused-and-afraid", QuestionScope.Household, InterviewSection.Situation,
        $"Before the returns were filed, did {Spouse} abuse you, so that you were afraid to question the return or the payments?",
        "Abuse can be physical, sexual, emotional or about money. Your answer is private; the IRS does not tell the other person where you live.",
        Citations.RevProc("§4.03(2)(c)(iv)"))
        .Assisted(
            prompt: $"Before the returns were filed, did {ClientsSpouse} abuse your client, so that your client was afraid to question the return or the payments?",
            hint: "Abuse can be physical, sexual, emotional or about money. Your client's answer is private; the IRS does not tell the other person where your client lives.");

    /// <summary><c>financial-control</c>: the other spouse kept the requester from the household finances.</summary>
    public static Question FinancialControl { get; } = YesNo("financial-control", QuestionScope.Household, InterviewSection.Situation,
        $"Did {Spouse} control the money so that you could not see the accounts or question the tax?",
        "For example: you had no access to bank accounts, bills were hidden from you, or you were not allowed to ask.",
        Citations.RevProc("§4.03(2)(c)(iv)"))
        .Assisted(
            prompt: $"Did {ClientsSpouse} control the money so that your client could not see the accounts or question the tax?",
            hint: "For example: your client had no access to bank accounts, bills were hidden from them, or they were not allowed to ask.");

    /// <summary><c>household-size</c>: people in the household, for the poverty-guideline test.</summary>
    public static Question HouseholdSize { get; } = Number("household-size", QuestionScope.Household, InterviewSection.Finances, AnswerKind.Count,
        "How many people live in your household, including you?",
        "Count everyone you support who lives with you.",
        Citations.RevProc("§4.03(2)(b)"), minimum: 1, maximum: 20)
        .Assisted(
            prompt: "How many people live in your client's household, including your client?",
            hint: "Count everyone your client supports who lives with them.");

    /// <summary><c>monthly-income</c>: household income per month before tax, whole dollars.</summary>
    public static Question MonthlyIncome { get; } = Number("monthly-income", QuestionScope.Household, InterviewSection.Finances, AnswerKind.Money,
        "About how much money does your household get each month, before tax?",
        "Whole dollars. Include wages, benefits, support and any other money coming in.",
        Citations.RevProc("§4.03(2)(b)"))
        .Assisted(
            prompt: "About how much money does your client's household get each month, before tax?",
            hint: SameAsPublic);

    /// <summary><c>monthly-basic-expenses</c>: reasonable basic living expenses per month, whole dollars.</summary>
    public static Question MonthlyBasicExpenses { get; } = Number("monthly-basic-expenses", QuestionScope.Household, InterviewSection.Finances, AnswerKind.Money,
        "About how much does your household need each month for basic living costs?",
        "Whole dollars. Housing, food, utilities, transport, health care, child care. Leave out extras.",
        Citations.RevProc("§4.03(2)(b)"))
        .Assisted(
            prompt: "About how much does your client's household need each month for basic living costs?",
            hint: SameAsPublic);

    /// <summary><c>assets-to-pay-tax</c>: savings or property that could pay the tax and still meet basic costs.</summary>
    public static Question AssetsToPayTax { get; } = YesNo("assets-to-pay-tax", QuestionScope.Household, InterviewSection.Finances,
        "Do you have savings or property you could use to pay this tax and still pay your basic living costs?",
        "For example money in the bank, investments, or property you could sell.",
        Citations.RevProc("§4.03(2)(b)"), allowsNotSure: true)
        .Assisted(
            prompt: "Does your client have savings or property they could use to pay this tax and still pay their basic living costs?",
            hint: "For example money in the bank, investments, or property they could sell.");

    /// <summary>
    /// <c>divorce-decree-says-who-pays</c>: who a divorce decree or other legally binding agreement (such as the
    /// separation agreement of a couple still married but living apart) makes responsible for the tax.
    /// </summary>
    /// <remarks>Rev. Proc. 2013-34 §4.03(2)(d): "an obligation arising from a divorce decree or other legally binding agreement".</remarks>
    public static Question DivorceDecreeSaysWhoPays { get; } = Choice("divorce-decree-says-who-pays", QuestionScope.Household, InterviewSection.Situation,
        "Does a divorce decree, separation agreement or other legally binding agreement say who must pay this tax?",
        "Look for a part about taxes or debts. A separation agreement you signed while still married counts.",
        Citations.RevProc("§4.03(2)(d)"),
        ("other-person", $"Yes, {Spouse} must pay it"),
        ("me", "Yes, I must pay it"),
        ("both-or-no-decree", "We both must, or no decree or agreement says"))
        .Assisted(
            prompt: SameAsPublic,
            hint: "Look for a part about taxes or debts. A separation agreement your client signed while still married counts.",
            ("other-person", $"Yes, {TheirSpouse} must pay it"),
            ("me", "Yes, your client must pay it"),
            ("both-or-no-decree", "They both must, or no decree or agreement says"));

    /// <summary><c>later-years-compliant</c>: filing and paying in later years.</summary>
    public static Question LaterYearsCompliant { get; } = Choice("later-years-compliant", QuestionScope.Household, InterviewSection.Finances,
        "Since then, have you filed your tax returns and paid your taxes on time?",
        "Think of the tax years after the years you are asking about.",
        Citations.RevProc("§4.03(2)(f)"),
        ("yes", "Yes"),
        ("tried-but-could-not", "I tried, but could not always pay in full"),
        ("no", "No"))
        .Assisted(
            prompt: "Since then, has your client filed their tax returns and paid their taxes on time?",
            hint: "Think of the tax years after the years your client is asking about.",
            ("tried-but-could-not", "They tried, but could not always pay in full"));

    /// <summary><c>health-problem</c>: serious mental or physical health problem at signing or now.</summary>
    public static Question HealthProblem { get; } = YesNo("health-problem", QuestionScope.Household, InterviewSection.Situation,
        "When you signed the returns, or now, did you have a serious mental or physical health problem?",
        "For example a long illness, depression, or an injury. Papers from a doctor help.",
        Citations.RevProc("§4.03(2)(g)"))
        .Assisted(
            prompt: "When your client signed the returns, or now, did they have a serious mental or physical health problem?",
            hint: SameAsPublic);

    /// <summary><c>fraudulent-transfer-scheme</c>: assets moved between the spouses to cheat the IRS or someone else.</summary>
    public static Question FraudulentTransferScheme { get; } = YesNo("fraudulent-transfer-scheme", QuestionScope.Household, InterviewSection.Knowledge,
        $"Did you and {Spouse} move money or property between you as part of a plan to cheat the IRS or someone else?",
        "\"Someone else\" includes a creditor, a former spouse or a business partner.",
        Citations.Irc("§6015(c)(3)(A)(ii)"))
        .Assisted(
            prompt: $"Did your client and {TheirSpouse} move money or property between them as part of a plan to cheat the IRS or someone else?",
            hint: SameAsPublic);

    // ---- Per tax year ------------------------------------------------------------------------

    /// <summary><c>refund-kept</c>: whether and how the IRS kept a refund (Form 8379 vs Form 8857 routing).</summary>
    public static Question RefundKept { get; } = Choice("refund-kept", QuestionScope.Year, InterviewSection.Returns,
        "Did the IRS keep a refund to pay a debt for this year?",
        "A refund kept for a debt only the other person owed is an \"injured spouse\" problem (Form 8379), not innocent spouse relief.",
        Citations.Form8857Instructions("Line 2"),
        ("none", "No refund was kept"),
        ("joint-refund-other-spouse-debt", $"Yes: our joint refund went to a debt only {Spouse} owed (such as child support, a student loan, state tax, or their own old tax)"),
        ("separate-refund-to-joint-debt", "Yes: my own refund (from a return I filed alone) went to our joint tax debt"),
        ("joint-refund-joint-debt", "Yes: our joint refund went to a tax debt we both owe"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: SameAsPublic,
            hint: SameAsPublic,
            ("joint-refund-other-spouse-debt", $"Yes: the couple's joint refund went to a debt only {TheirSpouse} owed (such as child support, a student loan, state tax, or that person's own old tax)"),
            ("separate-refund-to-joint-debt", "Yes: your client's own refund (from a return they filed alone) went to the couple's joint tax debt"),
            ("joint-refund-joint-debt", "Yes: the couple's joint refund went to a tax debt they both owe"));

    /// <summary><c>had-own-income-or-payments</c>: the injured spouse reported income or made payments on the joint return.</summary>
    public static Question HadOwnIncomeOrPayments { get; } = YesNo("had-own-income-or-payments", QuestionScope.Year, InterviewSection.Returns,
        "On that joint return, did you have income, tax taken out of your pay, estimated payments, or a refundable credit?",
        "Form 8379 can only give back your share of the refund.",
        Citations.Form8379Instructions("Who Must File"))
        .Assisted(
            prompt: "On that joint return, did your client have income, tax taken out of their pay, estimated payments, or a refundable credit?",
            hint: "Form 8379 can only give back your client's share of the refund.");

    /// <summary><c>filed-joint-return</c>: whether a valid joint return was filed for the year.</summary>
    public static Question FiledJointReturn { get; } = Choice("filed-joint-return", QuestionScope.Year, InterviewSection.Returns,
        "Did you file a joint return with your spouse for this year?",
        "A joint return says \"Married filing jointly\". If your name was signed without your consent, or you signed only because you were forced, say so.",
        Citations.Pub971("Figure A, Decision (1)"),
        ("yes", "Yes, I signed a joint return"),
        ("separate", "No, I filed separately (married filing separately)"),
        ("forged", "My signature was forged or I never agreed to a joint return"),
        ("duress", "I signed only because I was forced (under duress)"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: "Did your client file a joint return with their spouse for this year?",
            hint: "A joint return says \"Married filing jointly\". If your client's name was signed without their consent, or they signed only because they were forced, say so.",
            ("yes", "Yes, they signed a joint return"),
            ("separate", "No, they filed separately (married filing separately)"),
            ("forged", "Their signature was forged or they never agreed to a joint return"),
            ("duress", "They signed only because they were forced (under duress)"));

    /// <summary><c>community-property-state</c>: where the requester lived (was domiciled) in the year.</summary>
    public static Question CommunityPropertyState { get; } = Choice("community-property-state", QuestionScope.Year, InterviewSection.Returns,
        "Where did you live during this year?",
        "Nine states use community-property law for married couples. Some others let couples opt in.",
        Citations.Pub971("Community Property Laws"),
        ("none", "Another state, not listed here"),
        ("arizona", "Arizona"),
        ("california", "California"),
        ("idaho", "Idaho"),
        ("louisiana", "Louisiana"),
        ("nevada", "Nevada"),
        ("new-mexico", "New Mexico"),
        ("texas", "Texas"),
        ("washington", "Washington"),
        ("wisconsin", "Wisconsin"),
        ("opt-in-state", "Alaska, or another state where we chose community property by agreement"),
        ("territory", "Puerto Rico, Guam or another U.S. territory"))
        .Assisted(
            prompt: "Where did your client live during this year?",
            hint: SameAsPublic,
            ("opt-in-state", "Alaska, or another state where the couple chose community property by agreement"));

    /// <summary><c>final-court-decision</c>: a court has made a final decision on this year's tax.</summary>
    public static Question FinalCourtDecision { get; } = YesNo("final-court-decision", QuestionScope.Year, InterviewSection.Returns,
        "Has a court, such as the U.S. Tax Court, made a final decision about this year's tax?",
        "Your court papers or a tax professional can tell you.",
        Citations.Irc("§6015(g)(2)"), allowsNotSure: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: "Your client's court papers or a tax professional can tell them.");

    /// <summary><c>took-part-in-court-case</c>: the requester meaningfully participated in that case.</summary>
    public static Question TookPartInCourtCase { get; } = YesNo("took-part-in-court-case", QuestionScope.Year, InterviewSection.Returns,
        "Did you take a real part in that court case, for example by signing papers or going to court?",
        "If you were kept out of the case or did not know about it, answer \"No\".",
        Citations.Irc("§6015(g)(2)"), allowsNotSure: true)
        .Assisted(
            prompt: "Did your client take a real part in that court case, for example by signing papers or going to court?",
            hint: "If your client was kept out of the case or did not know about it, answer \"No\".");

    /// <summary><c>accepted-offer-in-compromise</c>: the IRS accepted an offer in compromise for this year's tax.</summary>
    public static Question AcceptedOfferInCompromise { get; } = YesNo("accepted-offer-in-compromise", QuestionScope.Year, InterviewSection.Returns,
        "Did the IRS accept an offer in compromise that covered this year's tax?",
        "An offer in compromise is a deal to pay less than the full amount owed.",
        Citations.Form8857Instructions("Situations in Which You Should Not File"), allowsNotSure: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: SameAsPublic);

    /// <summary><c>closing-agreement</c>: a closing agreement settled this year's tax.</summary>
    public static Question ClosingAgreement { get; } = YesNo("closing-agreement", QuestionScope.Year, InterviewSection.Returns,
        "Did you sign a closing agreement with the IRS that settled this year's tax?",
        "A closing agreement is a final, signed settlement (often Form 866 or 906).",
        Citations.Form8857Instructions("Situations in Which You Should Not File"), allowsNotSure: true)
        .Assisted(
            prompt: "Did your client sign a closing agreement with the IRS that settled this year's tax?",
            hint: SameAsPublic);

    /// <summary><c>irs-contacted-you</c>: the IRS has sent an audit letter, a proposed-tax notice or a bill (premature-claim test).</summary>
    public static Question IrsContactedYou { get; } = YesNo("irs-contacted-you", QuestionScope.Year, InterviewSection.LettersAndDates,
        "Has the IRS sent you a letter about this year, such as an audit letter, a notice proposing more tax, or a bill?",
        "The IRS will not consider a request before it has contacted you about the tax.",
        Citations.Reg("§1.6015-5(b)(5)"))
        .Assisted(
            prompt: "Has the IRS sent your client a letter about this year, such as an audit letter, a notice proposing more tax, or a bill?",
            hint: "The IRS will not consider a request before it has contacted your client about the tax.");

    /// <summary><c>liability-type</c>: understatement, underpayment or both.</summary>
    public static Question LiabilityType { get; } = Choice("liability-type", QuestionScope.Year, InterviewSection.Returns,
        "What kind of tax problem is it?",
        "If the IRS says you owe more than the return showed, that is extra tax. If the return showed tax owed that was never paid, that is unpaid tax.",
        Citations.Pub971("Figure A, Decision (3)"),
        ("understatement", "Extra tax: the IRS changed the return (audit or a notice proposing more tax)"),
        ("underpayment", "Unpaid tax: the tax shown on the return was not paid"),
        ("both", "Both"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: SameAsPublic,
            hint: "If the IRS says your client owes more than the return showed, that is extra tax. If the return showed tax owed that was never paid, that is unpaid tax.");

    /// <summary><c>first-collection-action</c>: the kind of the IRS's first collection action against the requester.</summary>
    public static Question FirstCollectionAction { get; } = Choice("first-collection-action", QuestionScope.Year, InterviewSection.LettersAndDates,
        "What was the first thing the IRS did to collect this tax from you?",
        "These do NOT start the 2-year clock: a notice of deficiency (90-day letter), a bill such as CP14, or the filing of a tax lien. Choose \"None of these yet\" if that is all you got. If you got a CP504 or a lien notice and later one of the first four, choose that one.",
        Citations.Reg("§1.6015-5(b)(2)"),
        ("none-yet", "None of these yet"),
        ("levy-hearing-notice", "A notice of intent to levy with a right to a hearing (such as LT11 or Letter 1058)"),
        ("refund-offset", "It kept my own refund to pay this tax"),
        ("collection-lawsuit", "It sued me in court to collect"),
        ("court-claim", "It filed a claim in a court case I am in, such as my bankruptcy"),
        ("lien-hearing-notice", "A notice of a tax lien with a right to a hearing (Letter 3172)"),
        ("intent-to-levy-cp504", "A CP504 notice of intent to levy"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: "What was the first thing the IRS did to collect this tax from your client?",
            hint: "These do NOT start the 2-year clock: a notice of deficiency (90-day letter), a bill such as CP14, or the filing of a tax lien. Choose \"None of these yet\" if that is all your client got. If your client got a CP504 or a lien notice and later one of the first four, choose that one.",
            ("refund-offset", "It kept your client's own refund to pay this tax"),
            ("collection-lawsuit", "It sued your client in court to collect"),
            ("court-claim", "It filed a claim in a court case your client is in, such as their bankruptcy"));

    /// <summary>
    /// <c>offset-notice-described-relief</c>: whether the notice of a refund offset told the requester about innocent
    /// spouse relief (Form 8857). Pub. 971 counts such an offset toward the 2-year clock only then (McGee v.
    /// Commissioner, 123 T.C. 314 (2004); RRA 1998 §3501(b)).
    /// </summary>
    public static Question OffsetNoticeDescribedRelief { get; } = Choice("offset-notice-described-relief", QuestionScope.Year, InterviewSection.LettersAndDates,
        "When the IRS kept your refund, did its notice tell you that you could ask for innocent spouse relief?",
        "Look in the notice for \"innocent spouse\", \"Form 8857\" or \"Publication 971\".",
        Citations.Case("McGee v. Commissioner", "123 T.C. 314 (2004)", "an offset notice must describe the right to ask for relief"),
        ("yes", "Yes, it told me about innocent spouse relief or Form 8857"),
        ("no", "No, it did not"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: "When the IRS kept your client's refund, did its notice tell them that they could ask for innocent spouse relief?",
            hint: SameAsPublic,
            ("yes", "Yes, it told them about innocent spouse relief or Form 8857"),
            // The same English, but its own text: the public Spanish says "No, no me lo dijo".
            ("no", "No, it did not"));

    /// <summary><c>first-collection-date</c>: the date of that first collection action.</summary>
    public static Question FirstCollectionDate { get; } = Number("first-collection-date", QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date,
        "What date was that collection action?",
        "Use the date printed on the letter or notice, for example 2024-03-01.",
        Citations.Irc("§6015(b)(1)(E)"), allowsNotSure: true, allowsApproximate: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: SameAsPublic);

    /// <summary><c>erroneous-item-owner</c>: whose income, deduction or credit caused the tax.</summary>
    public static Question ErroneousItemOwner { get; } = Choice("erroneous-item-owner", QuestionScope.Year, InterviewSection.Knowledge,
        "Whose income, deduction or credit caused this tax?",
        "For unpaid tax, think of whose income the tax came from.",
        Citations.Pub971("Figure A, Decision (3)"),
        ("other-person", $"Only {Spouse}'s"),
        ("me", "Mine"),
        ("both", "Some mine, some theirs"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: SameAsPublic,
            hint: SameAsPublic,
            ("other-person", $"Only {TheirSpouse}'s"),
            ("me", "Your client's"),
            ("both", "Some your client's, some the other person's"));

    /// <summary><c>knew-of-item</c>: actual knowledge of the item when signing.</summary>
    public static Question KnewOfItem { get; } = Choice("knew-of-item", QuestionScope.Year, InterviewSection.Knowledge,
        "When you signed the return, did you know about the income or item that caused the extra tax?",
        "Knowing the money came in counts as knowing, even if you were told it was not taxable. For a deduction or credit, answer about the facts that made it wrong (for example, that the expense was personal), not just that it was claimed.",
        Citations.Case("Cheshire v. Commissioner", "115 T.C. 183 (2000)", "knowledge of the transaction"),
        ("no", "No"),
        ("partly", "I knew about part of it"),
        ("yes", "Yes"))
        .Assisted(
            prompt: "When your client signed the return, did they know about the income or item that caused the extra tax?",
            hint: "Knowing the money came in counts as knowing, even if your client was told it was not taxable. For a deduction or credit, answer about the facts that made it wrong (for example, that the expense was personal), not just that it was claimed.",
            ("partly", "They knew about part of it"));

    /// <summary><c>reason-to-know</c>: whether a reasonable person in the requester's place would have known.</summary>
    public static Question ReasonToKnow { get; } = YesNo("reason-to-know", QuestionScope.Year, InterviewSection.Knowledge,
        "Looking back, should you have known about it?",
        "Think about how big it was next to your usual income, your education, how involved you were in the money, and whether you had questions you did not ask.",
        Citations.Pub971("Figure A, Decision (4)"), allowsNotSure: true)
        .Assisted(
            prompt: "Looking back, should your client have known about it?",
            hint: "Think about how big it was next to your client's usual income, their education, how involved they were in the money, and whether they had questions they did not ask.");

    /// <summary><c>expected-payment</c>: for unpaid tax, a reasonable belief the other spouse would pay.</summary>
    public static Question ExpectedPayment { get; } = YesNo("expected-payment", QuestionScope.Year, InterviewSection.Knowledge,
        $"When the return was filed, did you reasonably believe {Spouse} would pay the tax shown?",
        "For example, they showed you a plan to pay, or set up a payment agreement.",
        Citations.RevProc("§4.03(2)(c)(ii)"))
        .Assisted(
            prompt: $"When the return was filed, did your client reasonably believe {TheirSpouse} would pay the tax shown?",
            hint: "For example, the spouse or ex-spouse showed your client a plan to pay, or set up a payment agreement.");

    /// <summary><c>significant-benefit</c>: who benefited from the unpaid tax or the item.</summary>
    public static Question SignificantBenefit { get; } = Choice("significant-benefit", QuestionScope.Year, InterviewSection.Knowledge,
        "Who benefited from the money that should have gone to the tax?",
        "A benefit is more than normal support: for example a new car, expensive trips, gifts or property.",
        Citations.RevProc("§4.03(2)(e)"),
        ("i-benefited", "I got a benefit beyond normal support"),
        ("only-other-person", $"Only {Spouse}"),
        ("no-one-or-basic-support", "No one, or it paid only for basic living costs"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: SameAsPublic,
            hint: SameAsPublic,
            ("i-benefited", "Your client got a benefit beyond normal support"),
            ("only-other-person", $"Only {TheirSpouse}"));

    /// <summary><c>property-transferred-to-you</c>: possible disqualified assets.</summary>
    public static Question PropertyTransferredToYou { get; } = YesNo("property-transferred-to-you", QuestionScope.Year, InterviewSection.Knowledge,
        $"Did {Spouse} give you money or property to keep it from the IRS, or at any time since one year before the IRS first proposed more tax?",
        "Do not count transfers made under a divorce or separation decree.",
        Citations.Irc("§6015(c)(4)"), allowsNotSure: true)
        .Assisted(
            prompt: $"Did {ClientsSpouse} give your client money or property to keep it from the IRS, or at any time since one year before the IRS first proposed more tax?",
            hint: SameAsPublic);

    /// <summary><c>knowingly-signed-fraudulent-return</c>: the requester knowingly took part in a fraudulent return.</summary>
    public static Question KnowinglySignedFraudulentReturn { get; } = YesNo("knowingly-signed-fraudulent-return", QuestionScope.Year, InterviewSection.Knowledge,
        "Did you sign this return knowing it was meant to cheat the IRS?",
        "Answer honestly. Not knowing about a mistake is not fraud.",
        Citations.RevProc("§4.01(6)"))
        .Assisted(
            prompt: "Did your client sign this return knowing it was meant to cheat the IRS?",
            hint: SameAsPublic);

    /// <summary>
    /// <c>attribution-exception</c>: why an item in the requester's name (the whole item, or the requester's own part
    /// of an item of both spouses) is really the other spouse's.
    /// </summary>
    public static Question AttributionException { get; } = Choice("attribution-exception", QuestionScope.Year, InterviewSection.Knowledge,
        "Some or all of the tax comes from income or an item in your name. Does one of these describe your part?",
        "The IRS can still treat the tax as the other person's in these situations.",
        Citations.RevProc("§4.01(7)"),
        ("community-property-law", "It is mine only because of community-property law"),
        ("nominal-ownership", "It is in my name only; the other person really owned it"),
        ("misappropriation", $"I gave {Spouse} money to pay the tax and they used it for themselves"),
        ("abuse", "Abuse kept me from questioning the return or the payment"),
        ("fraud-by-other-person", $"Fraud by {Spouse} caused it"),
        ("none", "None of these"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: "Some or all of the tax comes from income or an item in your client's name. Does one of these describe their part?",
            hint: SameAsPublic,
            ("community-property-law", "It is your client's only because of community-property law"),
            ("nominal-ownership", "It is in your client's name only; the other person really owned it"),
            ("misappropriation", $"Your client gave {TheirSpouse} money to pay the tax and that person used it for themselves"),
            ("abuse", "Abuse kept your client from questioning the return or the payment"),
            ("fraud-by-other-person", $"Fraud by {TheirSpouse} caused it"));

    /// <summary><c>balance-still-owed</c>: some of this year's tax is still unpaid.</summary>
    public static Question BalanceStillOwed { get; } = YesNo("balance-still-owed", QuestionScope.Year, InterviewSection.LettersAndDates,
        "Is some of this year's tax still unpaid?",
        "Your IRS account transcript or latest bill shows the balance.",
        Citations.Irc("§6015(f)(2)"))
        .Assisted(
            prompt: SameAsPublic,
            hint: "Your client's IRS account transcript or latest bill shows the balance.");

    /// <summary><c>collection-period-open</c>: the IRS's collection period (generally 10 years from assessment) has not ended.</summary>
    public static Question CollectionPeriodOpen { get; } = YesNo("collection-period-open", QuestionScope.Year, InterviewSection.LettersAndDates,
        "Is the IRS still able to collect this tax?",
        "The IRS usually has 10 years from when it recorded (assessed) the tax. Some events make that longer. Your account transcript shows the dates.",
        Citations.Irc("§6502"), allowsNotSure: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: "The IRS usually has 10 years from when it recorded (assessed) the tax. Some events make that longer. Your client's account transcript shows the dates.");

    /// <summary><c>paid-with-own-money</c>: the requester paid some of the tax with her or his own money.</summary>
    public static Question PaidWithOwnMoney { get; } = YesNo("paid-with-own-money", QuestionScope.Year, InterviewSection.Finances,
        "Did you pay any of this tax with your own money?",
        "Count payments from your own account or your own refund the IRS kept. Do not count tax withheld from pay, payments sent with the joint return, or payments by the other person.",
        Citations.Irc("§6015(g)(1)"), allowsNotSure: true)
        .Assisted(
            prompt: "Did your client pay any of this tax with their own money?",
            hint: "Count payments from your client's own account or their own refund the IRS kept. Do not count tax withheld from pay, payments sent with the joint return, or payments by the other person.");

    /// <summary><c>last-own-payment-date</c>: the date of the latest such payment.</summary>
    public static Question LastOwnPaymentDate { get; } = Number("last-own-payment-date", QuestionScope.Year, InterviewSection.Finances, AnswerKind.Date,
        "What date did you make your latest payment from your own money?",
        "Use the date on your bank statement or the IRS notice, for example 2024-03-01.",
        Citations.Irc("§6511(a)"), allowsApproximate: true)
        .Assisted(
            prompt: "What date did your client make their latest payment from their own money?",
            hint: "Use the date on your client's bank statement or the IRS notice, for example 2024-03-01.");

    /// <summary>
    /// <c>return-filed-date</c>: the day the joint return was filed, for the 3-year refund period of IRC §6511(a);
    /// asked only when the 2 years after the latest payment have passed.
    /// </summary>
    public static Question ReturnFiledDate { get; } = Number("return-filed-date", QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date,
        "What date was the joint return for this year filed?",
        "Your IRS account transcript shows it. If you filed before the April due date, give the date you sent it; we count from the due date.",
        Citations.Irc("§6511(a)"), allowsNotSure: true, allowsApproximate: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: "Your client's IRS account transcript shows it. If the return was filed before the April due date, give the date it was sent; we count from the due date.");

    /// <summary><c>reported-community-income</c>: §66(c): the requester included the item on the separate return.</summary>
    public static Question ReportedCommunityIncome { get; } = YesNo("reported-community-income", QuestionScope.Year, InterviewSection.Returns,
        $"On your separate return, did you report your share of {Spouse}'s income?",
        "Community-property law usually makes half of a spouse's income yours.",
        Citations.Irc("§66(c)"))
        .Assisted(
            prompt: $"On your client's separate return, did they report their share of {TheirSpouse}'s income?",
            hint: "Community-property law usually makes half of a spouse's income your client's.");

    /// <summary><c>income-belongs-to-other-spouse</c>: §66(c): the item is the other spouse's earned or separate income.</summary>
    public static Question IncomeBelongsToOtherSpouse { get; } = YesNo("income-belongs-to-other-spouse", QuestionScope.Year, InterviewSection.Returns,
        $"Is the income {Spouse}'s pay, their business or partnership income, or income from their separate property?",
        "These kinds of income count as the other spouse's for this relief, and so does any other income that community-property law treats as theirs.",
        Citations.Irc("§66(c)"))
        .Assisted(
            prompt: $"Is the income {ClientsSpouse}'s pay, their business or partnership income, or income from their separate property?",
            hint: SameAsPublic);

    /// <summary>
    /// <c>reason-to-know-unknown-part</c>: §6015(b)(2): after "I knew about part of it", whether the requester
    /// should have known the rest (the part relief would cover).
    /// </summary>
    public static Question ReasonToKnowUnknownPart { get; } = YesNo("reason-to-know-unknown-part", QuestionScope.Year, InterviewSection.Knowledge,
        "Looking back, should you have known about the rest of it: the part you did not know about?",
        "For example, you knew about $5,000 of winnings but not the other $20,000. Think about how big the rest was, how involved you were in the money, and whether you had questions you did not ask.",
        Citations.Irc("§6015(b)(2)"), allowsNotSure: true)
        .Assisted(
            prompt: "Looking back, should your client have known about the rest of it: the part they did not know about?",
            hint: "For example, your client knew about $5,000 of winnings but not the other $20,000. Think about how big the rest was, how involved they were in the money, and whether they had questions they did not ask.");

    /// <summary>
    /// <c>significant-benefit-unknown-part</c>: who benefited from the part of the item the requester did not
    /// know about (§6015(b)(2) with the inequity test of Treas. Reg. §1.6015-2(d)). Not the same as
    /// <c>significant-benefit</c>, which is about the whole item or unpaid tax.
    /// </summary>
    public static Question SignificantBenefitUnknownPart { get; } = Choice("significant-benefit-unknown-part", QuestionScope.Year, InterviewSection.Knowledge,
        "Think only about the part you did not know about. Who benefited from that money?",
        "Leave out the part you knew about. A benefit is more than normal support: for example a new car, expensive trips, gifts or property.",
        Citations.Reg("§1.6015-2(d)"),
        ("i-benefited", "I got a benefit beyond normal support from that part"),
        ("only-other-person", $"Only {Spouse}"),
        ("no-one-or-basic-support", "No one, or it paid only for basic living costs"),
        ("not-sure", "Not sure"))
        .Assisted(
            prompt: "Think only about the part your client did not know about. Who benefited from that money?",
            hint: "Leave out the part your client knew about. A benefit is more than normal support: for example a new car, expensive trips, gifts or property.",
            ("i-benefited", "Your client got a benefit beyond normal support from that part"),
            ("only-other-person", $"Only {TheirSpouse}"));

    /// <summary><c>separate-return-filed-date</c>: §66(c): when the separate return was filed (starts the IRS's time to assess).</summary>
    public static Question SeparateReturnFiledDate { get; } = Number("separate-return-filed-date", QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date,
        "What date did you file your separate return for this year?",
        "Use the date you mailed or e-filed it, for example 2022-04-10. Your IRS account transcript shows it. If you filed before the April due date, we count from the due date.",
        Citations.Irc("§6501(a)"), allowsNotSure: true, allowsApproximate: true)
        .Assisted(
            prompt: "What date did your client file their separate return for this year?",
            hint: "Use the date your client mailed or e-filed it, for example 2022-04-10. Their IRS account transcript shows it. If they filed before the April due date, we count from the due date.");

    /// <summary><c>irs-exam-started</c>: §66(c): whether the IRS has started an audit (examination) of the separate return.</summary>
    public static Question IrsExamStarted { get; } = YesNo("irs-exam-started", QuestionScope.Year, InterviewSection.LettersAndDates,
        "Has the IRS started an audit of your return for this year?",
        "An audit (examination) starts with a letter from the IRS asking about your return or proposing changes to it.",
        Citations.Reg("§1.66-4(j)(2)(i)"), allowsNotSure: true)
        .Assisted(
            prompt: "Has the IRS started an audit of your client's return for this year?",
            hint: "An audit (examination) starts with a letter from the IRS asking about your client's return or proposing changes to it.");

    /// <summary><c>irs-exam-letter-date</c>: §66(c): the date of the IRS's first audit letter for the year.</summary>
    public static Question IrsExamLetterDate { get; } = Number("irs-exam-letter-date", QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date,
        "What date was on the IRS's first audit letter for this year?",
        "Use the date printed on the letter, for example 2025-02-03.",
        Citations.Reg("§1.66-4(j)(2)(i)"), allowsNotSure: true, allowsApproximate: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: SameAsPublic);

    /// <summary><c>assessment-time-extended</c>: §66(c): whether the IRS's time to assess the year was extended or paused.</summary>
    public static Question AssessmentTimeExtended { get; } = YesNo("assessment-time-extended", QuestionScope.Year, InterviewSection.LettersAndDates,
        "Has the IRS's time to add tax for this year been made longer?",
        "For example, you signed a form giving the IRS more time (Form 872), or the IRS sent you a notice of deficiency (a 90-day letter), which pauses its clock.",
        Citations.Irc("§6501(c)(4)"), allowsNotSure: true)
        .Assisted(
            prompt: SameAsPublic,
            hint: "For example, your client signed a form giving the IRS more time (Form 872), or the IRS sent them a notice of deficiency (a 90-day letter), which pauses its clock.");

    /// <summary><c>omitted-over-quarter-of-income</c>: §66(c): whether the income left off is over 25% of the income reported (6-year period).</summary>
    public static Question OmittedOverQuarterOfIncome { get; } = YesNo("omitted-over-quarter-of-income", QuestionScope.Year, InterviewSection.Returns,
        "Was the income you left off your return more than a quarter of the income you reported on it?",
        "For example, you reported $40,000 and left off more than $10,000. Then the IRS has 6 years instead of 3 to add tax.",
        Citations.Irc("§6501(e)(1)(A)"), allowsNotSure: true)
        .Assisted(
            prompt: "Was the income your client left off their return more than a quarter of the income they reported on it?",
            hint: "For example, your client reported $40,000 and left off more than $10,000. Then the IRS has 6 years instead of 3 to add tax.");

    /// <summary>Every question, in a stable order (household first).</summary>
    public static ImmutableArray<Question> All { get; } =
    [
        MaritalStatus, LivedApart12Months, AbsenceIsTemporary, AbusedAndAfraid, FinancialControl,
        HouseholdSize, MonthlyIncome, MonthlyBasicExpenses, AssetsToPayTax, DivorceDecreeSaysWhoPays,
        LaterYearsCompliant, HealthProblem, FraudulentTransferScheme,
        RefundKept, HadOwnIncomeOrPayments, FiledJointReturn, CommunityPropertyState, FinalCourtDecision,
        TookPartInCourtCase, AcceptedOfferInCompromise, ClosingAgreement, IrsContactedYou, LiabilityType,
        FirstCollectionAction, OffsetNoticeDescribedRelief, FirstCollectionDate, ErroneousItemOwner, KnewOfItem, ReasonToKnow, ExpectedPayment,
        SignificantBenefit, PropertyTransferredToYou, KnowinglySignedFraudulentReturn, AttributionException,
        BalanceStillOwed, CollectionPeriodOpen, PaidWithOwnMoney, LastOwnPaymentDate, ReturnFiledDate, ReportedCommunityIncome,
        IncomeBelongsToOtherSpouse, ReasonToKnowUnknownPart, SignificantBenefitUnknownPart, SeparateReturnFiledDate,
        IrsExamStarted, IrsExamLetterDate, AssessmentTimeExtended, OmittedOverQuarterOfIncome,
    ];

    private static readonly FrozenDictionary<string, Question> ByKey = Index();

    private static FrozenDictionary<string, Question> Index()
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (All[i].Ordinal != i)
            {
                throw new InvalidOperationException($"QuestionCatalog.All must list {All[i].Key} in declaration order.");
            }

            if (!All[i].HasAssistedWording)
            {
                throw new InvalidOperationException($"Question {All[i].Key} has no assisted-mode wording: add .Assisted(...) to it.");
            }
        }

        return All.ToFrozenDictionary(q => q.Key.Value, StringComparer.Ordinal);
    }

    /// <summary>Finds a question by its key text.</summary>
    /// <param name="key">The kebab-case key, e.g. "filed-joint-return".</param>
    /// <param name="question">The question, when found.</param>
    public static bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Question? question) =>
        ByKey.TryGetValue(key, out question);

    /// <summary>Finds a question by key; throws when unknown.</summary>
    /// <param name="key">The key.</param>
    public static Question Get(FactKey key) =>
        ByKey.TryGetValue(key.Value, out var question) ? question : throw new KeyNotFoundException($"No question '{key}'.");

    private static Question YesNo(string key, QuestionScope scope, InterviewSection section, string prompt, string hint, SourceRef source, bool allowsNotSure = false)
    {
        ImmutableArray<AnswerOption> options = allowsNotSure
            ? [new(AnswerValues.Yes, "Yes"), new(AnswerValues.No, "No"), new(AnswerValues.NotSure, "Not sure")]
            : [new(AnswerValues.Yes, "Yes"), new(AnswerValues.No, "No")];
        return new Question(new FactKey(key), scope, section, AnswerKind.YesNo, prompt, hint, source, options, allowsNotSure) { Ordinal = _nextOrdinal++ };
    }

    private static Question Choice(string key, QuestionScope scope, InterviewSection section, string prompt, string hint, SourceRef source, params (string Value, string Label)[] options)
    {
        var list = options.Select(o => new AnswerOption(o.Value, o.Label)).ToImmutableArray();
        return new Question(new FactKey(key), scope, section, AnswerKind.Choice, prompt, hint, source, list, list.Any(o => o.Value == AnswerValues.NotSure)) { Ordinal = _nextOrdinal++ };
    }

    private static Question Number(string key, QuestionScope scope, InterviewSection section, AnswerKind kind, string prompt, string hint, SourceRef source,
        bool allowsNotSure = false, long minimum = 0, long maximum = 100_000_000, bool allowsApproximate = false) =>
        new(new FactKey(key), scope, section, kind, prompt, hint, source, [], allowsNotSure, minimum, maximum, allowsApproximate) { Ordinal = _nextOrdinal++ };
}
