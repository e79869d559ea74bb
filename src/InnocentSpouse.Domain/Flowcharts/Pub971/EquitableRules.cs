using System.Collections.Immutable;
using System.Globalization;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// Rev. Proc. 2013-34 §4.02 (streamlined determination) and §4.03(2) (the seven factors), plus the
/// product's counting rule of rules.md §4.5 (docs/adr/0003-equitable-relief-scoring-rule.md).
/// Used by Figure C (§6015(f)) and by equitable §66(c) relief.
/// </summary>
public static class EquitableRules
{
    /// <summary>Monthly surplus at or under which hardship is presumed above 250% of the guideline.</summary>
    public const long SurplusThreshold = 300;

    /// <summary>Shown with every factor count.</summary>
    public const string WeighingCaveat =
        "The IRS weighs all the facts together, and no single factor decides (Rev. Proc. 2013-34 §4.03(2)). Counting factors is only this screener's way of summing up, so consider filing anyway.";

    // The factors' names in the reader's language (keys factor.<factor>.name), in factor order.
    private static readonly KeyedText[] Names =
    [
        new("factor.marital-status.name", "Marital status"), new("factor.economic-hardship.name", "Economic hardship"),
        new("factor.knowledge.name", "Knowledge or reason to know"), new("factor.legal-obligation.name", "Legal obligation to pay"),
        new("factor.significant-benefit.name", "Significant benefit"), new("factor.compliance.name", "Compliance with tax laws"),
        new("factor.health.name", "Mental or physical health"),
    ];

    private static readonly KeyedText Weighing = new("reason.factors.weighing-caveat", WeighingCaveat);
    private static readonly KeyedText NotAsked = new("factor.not-asked", "Not asked: the streamlined test decided.");

    // The streamlined test's, the count's and the factor lines' texts (keys reason.streamlined.*, reason.factors.*, factor.<factor>.*).
    private static readonly KeyedText StreamlinedYes = new("reason.streamlined.met", "Yes: you are no longer married, you would suffer economic hardship, and the knowledge test is met.");
    private static readonly KeyedText StreamlinedNo = new("reason.streamlined.not-met", "No: {0}. The factors decide instead.");
    private static readonly KeyedText MissedMarried = new("reason.streamlined.missed-married", "you are still married or in the same household");
    private static readonly KeyedText MissedHardshipUnknown = new("reason.streamlined.missed-hardship-unknown", "we could not check economic hardship for this date");
    private static readonly KeyedText MissedHardship = new("reason.streamlined.missed-hardship", "economic hardship is not shown");
    private static readonly KeyedText MissedKnowledge = new("reason.streamlined.missed-knowledge", "the knowledge test is not met");
    private static readonly KeyedText CountYes = new("reason.factors.favor", "Yes: {0} factor(s) favor relief and {1} weigh against it.");
    private static readonly KeyedText CountNo = new("reason.factors.do-not-favor", "No: {0} factor(s) favor relief and {1} weigh against it.");
    private static readonly KeyedText MaritalStatusBecause1 = new("factor.marital-status.divorced", "You are divorced.");
    private static readonly KeyedText MaritalStatusBecause2 = new("factor.marital-status.legally-separated", "You are legally separated.");
    private static readonly KeyedText MaritalStatusBecause3 = new("factor.marital-status.widowed", "You are widowed.");
    private static readonly KeyedText MaritalStatusCaveat4 = new("factor.marital-status.widowed-caveat", "(A widow or widower who inherits assets that could pay the tax may be treated differently; not confirmed in our sources.)");
    private static readonly KeyedText MaritalStatusBecause5 = new("factor.marital-status.living-together", "You are still married and living together.");
    private static readonly KeyedText MaritalStatusBecause6 = new("factor.marital-status.not-apart-12-months", "You are married and have not lived apart for 12 months.");
    private static readonly KeyedText MaritalStatusBecause7 = new("factor.marital-status.apart-12-months", "You have lived apart, not temporarily, for the last 12 months.");
    private static readonly KeyedText MaritalStatusCaveat8 = new("factor.marital-status.apart-12-months-caveat", "(The IRS measures the 12 months up to the date it decides; not confirmed in our sources.)");
    private static readonly KeyedText MaritalStatusBecause9 = new("factor.marital-status.apart-not-sure", "You weren't sure the time apart is permanent, so we counted you as still in the same household.");
    private static readonly KeyedText MaritalStatusBecause10 = new("factor.marital-status.because-10", "Your time apart is temporary, which counts as the same household.");
    private static readonly KeyedText KnowledgeBecause1 = new("factor.knowledge.abuse", "Abuse made you afraid to question the return or payments; this favors relief even if you knew (Pocock v. Commissioner, T.C. Memo. 2022-55).");
    private static readonly KeyedText KnowledgeBecause2 = new("factor.knowledge.financial-control", "The other person controlled the money so you could not question the tax; this favors relief even if you knew.");
    private static readonly KeyedText KnowledgeBecause3 = new("factor.knowledge.knew", "You knew about the item (or part of it) when you signed.");
    private static readonly KeyedText KnowledgeBecause4 = new("factor.knowledge.reason-to-know", "You said you should have known about the item.");
    private static readonly KeyedText KnowledgeBecause5 = new("factor.knowledge.reason-to-know-not-sure", "You weren't sure whether you should have known, so we counted it against relief.");
    private static readonly KeyedText KnowledgeBecause6 = new("factor.knowledge.no-expected-payment", "You did not reasonably expect the other person to pay the tax shown on the return.");
    private static readonly KeyedText KnowledgeBecause7 = new("factor.knowledge.did-not-know-item", "You did not know and had no reason to know about the item.");
    private static readonly KeyedText KnowledgeCaveat8 = new("factor.knowledge.liability-not-sure-caveat", "(You weren't sure of the kind of tax problem; if it includes unpaid tax, the IRS also asks whether you expected it to be paid.)");
    private static readonly KeyedText KnowledgeBecause9 = new("factor.knowledge.did-not-know", "You did not know and had no reason to know of the problem.");
    private static readonly KeyedText LegalObligationBecause1 = new("factor.legal-obligation.none", "No divorce decree or separation agreement applies.");
    private static readonly KeyedText LegalObligationBecause2 = new("factor.legal-obligation.other-person", "Your decree or agreement says the other person must pay this tax.");
    private static readonly KeyedText LegalObligationCaveat3 = new("factor.legal-obligation.other-person-caveat", "(If you knew when the decree or agreement was made that they would not pay, this factor is neutral instead.)");
    private static readonly KeyedText LegalObligationBecause4 = new("factor.legal-obligation.me", "Your decree or agreement says you must pay this tax.");
    private static readonly KeyedText LegalObligationBecause5 = new("factor.legal-obligation.neither", "No decree or agreement puts the tax on one of you alone.");
    private static readonly KeyedText SignificantBenefitBecause1 = new("factor.significant-benefit.i-benefited", "You got a benefit beyond normal support.");
    private static readonly KeyedText SignificantBenefitBecause2 = new("factor.significant-benefit.not-sure", "You weren't sure whether you benefited, so we counted it against relief.");
    private static readonly KeyedText SignificantBenefitBecause3 = new("factor.significant-benefit.only-other-person", "Only the other person benefited.");
    private static readonly KeyedText SignificantBenefitBecause4 = new("factor.significant-benefit.controlled", "Abuse or financial control meant you had no say in how the money was spent.");
    private static readonly KeyedText SignificantBenefitCaveat5 = new("factor.significant-benefit.controlled-caveat", "(This reading of the benefit factor was not confirmed in our sources.)");
    private static readonly KeyedText SignificantBenefitBecause6 = new("factor.significant-benefit.no-one", "No one benefited beyond basic living costs.");
    private static readonly KeyedText SignificantBenefitBecause7 = new("factor.significant-benefit.benefited-but-controlled",
        "You got a benefit beyond normal support, but abuse or financial control meant the other person decided how the money was spent, so this factor is neutral (Rev. Proc. 2013-34 §4.03(2)(e)).");
    private static readonly KeyedText SignificantBenefitBecause8 = new("factor.significant-benefit.not-sure-but-controlled",
        "You weren't sure whether you benefited, and abuse or financial control meant the other person decided how the money was spent, so this factor is neutral (Rev. Proc. 2013-34 §4.03(2)(e)).");
    private static readonly KeyedText ComplianceBecause1 = new("factor.compliance.yes", "You have filed and paid on time since.");
    private static readonly KeyedText ComplianceBecause2 = new("factor.compliance.no", "You have not kept up with filing or paying since.");
    private static readonly KeyedText ComplianceBecause3 = new("factor.compliance.partly", "You tried to comply but could not always pay in full.");
    private static readonly KeyedText ComplianceCaveat4 = new("factor.compliance.partly-caveat", "(This middle case was not confirmed in our sources.)");
    private static readonly KeyedText HealthBecause1 = new("factor.health.yes", "You had a serious health problem when you signed or have one now.");
    private static readonly KeyedText HardshipHasAssets = new("factor.economic-hardship.has-assets", "You have savings or property that could pay the tax and still cover basic costs.");
    private static readonly KeyedText HardshipAssetsNotSure = new("factor.economic-hardship.assets-not-sure", "You weren't sure whether you have assets that could pay the tax, so we did not presume hardship.");
    private static readonly KeyedText LegalObligationLivingTogether = new("factor.legal-obligation.living-together", "You are married and living together, so we did not ask about a divorce decree or separation agreement.");
    private static readonly KeyedText LegalObligationWidowed = new("factor.legal-obligation.widowed", "You are widowed, so we did not ask about a divorce decree or separation agreement.");
    private static readonly KeyedText HealthBecause2 = new("factor.health.no", "No serious health problem was reported.");
    private static readonly KeyedText AnyAgreement = new("factor.legal-obligation.any-agreement-caveat", "(Any legally binding agreement that says who must pay this tax counts for this factor (Rev. Proc. 2013-34 §4.03(2)(d)). If you have one, describe it on Form 8857.)");
    private static readonly KeyedText BelowGuideline = new("factor.economic-hardship.below-guideline", "Your household income (${0} a year) is at or below 250% of the poverty guideline for {1} (${2}).");
    private static readonly KeyedText SmallSurplus = new("factor.economic-hardship.small-surplus", "Your income is only ${0} a month more than your basic living costs.");
    private static readonly KeyedText SurplusTestCaveat = new("factor.economic-hardship.surplus-test-caveat", "(The $300-a-month test comes from Rev. Proc. 2013-34 §4.03(2)(b) but was not confirmed in our sources.)");
    private static readonly KeyedText AboveGuideline = new("factor.economic-hardship.above-guideline", "Your income is above 250% of the poverty guideline (${0} for {1}) and more than $300 a month above your basic costs.");
    private static readonly KeyedText OutsideTable = new("factor.economic-hardship.outside-table", "Our table of HHS poverty guidelines covers {0} to {1}, and {2} is outside it, so we could not apply the 250%-of-poverty test.");
    private static readonly KeyedText OutsideTableSmallSurplus = new("factor.economic-hardship.outside-table-small-surplus", "({0} The $300-a-month test favors you either way; it comes from Rev. Proc. 2013-34 §4.03(2)(b) but was not confirmed in our sources.)");
    private static readonly KeyedText OutsideTableNotKnown = new("factor.economic-hardship.outside-table-not-known", "Not known: {0}");
    private static readonly KeyedText OutsideTableFindGuideline = new("factor.economic-hardship.outside-table-find-guideline", "(Find the poverty guideline in force today at aspe.hhs.gov/poverty-guidelines. If your household income (${0} a year) is at or below 250% of the guideline for {1}, economic hardship favors relief, and this result could change. We counted the factor neither for nor against you.)");

    private static readonly SourceRef[] FactorSources =
    [
        Citations.RevProc("§4.03(2)(a)"), Citations.RevProc("§4.03(2)(b)"), Citations.RevProc("§4.03(2)(c)"),
        Citations.RevProc("§4.03(2)(d)"), Citations.RevProc("§4.03(2)(e)"), Citations.RevProc("§4.03(2)(f)"), Citations.RevProc("§4.03(2)(g)"),
    ];

    /// <summary>§6015(f) streamlined test (§4.02): no longer married, economic hardship, and no knowledge (or abuse or financial control).</summary>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer StreamlinedMet(RuleContext context) => Streamlined(context, communityProperty: false);

    /// <summary>The same streamlined test for equitable §66(c) relief: knowledge means knowledge of the community-income item.</summary>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer StreamlinedMetCommunityProperty(RuleContext context) => Streamlined(context, communityProperty: true);

    /// <summary>rules.md §4.5: true when the factors that favor relief outnumber those that weigh against it.</summary>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer FactorsFavorRelief(RuleContext context) => Count(context, communityProperty: false);

    /// <summary>The factor count for equitable §66(c) relief.</summary>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer FactorsFavorReliefCommunityProperty(RuleContext context) => Count(context, communityProperty: true);

    private static RuleAnswer Streamlined(RuleContext context, bool communityProperty)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factors = FactorsFor(context, communityProperty);
        var reads = factors.Reads;
        var (marital, hardship, knowledge) = (reads[0], reads[1], reads[2]);
        if (marital.Missing is not null)
        {
            return RuleAnswer.NeedFact(marital.Missing.Value);
        }

        if (hardship.Missing is not null)
        {
            return RuleAnswer.NeedFact(hardship.Missing.Value);
        }

        if (knowledge.Missing is not null)
        {
            return RuleAnswer.NeedFact(knowledge.Missing.Value);
        }

        var table = factors.Table;

        // A hardship factor we could not read (no poverty guideline for the date) is never counted as met; say why.
        var caveat = hardship.Lean == FactorLean.Unknown ? hardship.Caveat : null;
        var met = marital.Lean == FactorLean.Favors && hardship.Lean == FactorLean.Favors && knowledge.Lean == FactorLean.Favors;
        if (met)
        {
            return RuleAnswer.True(Text(StreamlinedYes)) with { Factors = table };
        }

        var missed = new List<string>(3);
        if (marital.Lean != FactorLean.Favors)
        {
            missed.Add(Text(MissedMarried));
        }

        if (hardship.Lean == FactorLean.Unknown)
        {
            missed.Add(Text(MissedHardshipUnknown));
        }
        else if (hardship.Lean != FactorLean.Favors)
        {
            missed.Add(Text(MissedHardship));
        }

        if (knowledge.Lean != FactorLean.Favors)
        {
            missed.Add(Text(MissedKnowledge));
        }

        return RuleAnswer.False(StreamlinedNo.Format(string.Join("; ", missed)), caveat) with { Factors = table };
    }

    private static RuleAnswer Count(RuleContext context, bool communityProperty)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factors = FactorsFor(context, communityProperty);
        foreach (var read in factors.Reads)
        {
            if (read.Missing is not null)
            {
                return RuleAnswer.NeedFact(read.Missing.Value);
            }
        }

        var favors = 0;
        var against = 0;
        foreach (var read in factors.Reads)
        {
            favors += read.Lean == FactorLean.Favors ? 1 : 0;
            against += read.Lean == FactorLean.Against ? 1 : 0;
        }

        // Every factor was read, so the table has no "not asked" rows and is the same one the streamlined node shows.
        var answer = favors > against
            ? RuleAnswer.True(CountYes.Format(favors, against), Weighing.Text())
            : RuleAnswer.False(CountNo.Format(favors, against), Weighing.Text());
        return answer with { Factors = factors.Table };
    }

    // The reads depend on the year's answers only, so the streamlined and factor nodes (and both charts
    // that use them) share one computation per year and kind (docs/performance.md).
    private static FactorReads FactorsFor(RuleContext context, bool communityProperty)
    {
        var memo = context.Memo;
        return communityProperty
            ? memo.CommunityPropertyFactors ??= new FactorReads(Read(context, communityProperty: true))
            : memo.Factors ??= new FactorReads(Read(context, communityProperty: false));
    }

    private static ImmutableArray<FactorAssessment> ToTable(FactorRead[] reads, string notAskedBecause)
    {
        var builder = ImmutableArray.CreateBuilder<FactorAssessment>(reads.Length);
        for (var i = 0; i < reads.Length; i++)
        {
            var read = reads[i];
            builder.Add(read.Missing is null
                ? new FactorAssessment(Names[i].Text(), read.Lean, read.Caveat is null ? read.Because : read.Because + " " + read.Caveat, FactorSources[i])
                : new FactorAssessment(Names[i].Text(), FactorLean.Unknown, notAskedBecause, FactorSources[i]));
        }

        return builder.MoveToImmutable();
    }

    // In factor order: marital status, hardship, knowledge, legal obligation, benefit, compliance, health.
    private static FactorRead[] Read(RuleContext context, bool communityProperty)
    {
        var marital = Marital(context);
        return [marital, Hardship(context), Knowledge(context, communityProperty), LegalObligation(context, marital), Benefit(context), Compliance(context), Health(context)];
    }

    private static FactorRead Marital(RuleContext c)
    {
        switch (c.Get(QuestionCatalog.MaritalStatus))
        {
            case null:
                return Need(QuestionCatalog.MaritalStatus);
            case "divorced":
                return Lean(FactorLean.Favors, MaritalStatusBecause1);
            case "legally-separated":
                return Lean(FactorLean.Favors, MaritalStatusBecause2);
            case "widowed":
                return Lean(FactorLean.Favors, MaritalStatusBecause3, MaritalStatusCaveat4);
            case "married-living-together":
                return Lean(FactorLean.Neutral, MaritalStatusBecause5);
        }

        switch (c.Get(QuestionCatalog.LivedApart12Months))
        {
            case null:
                return Need(QuestionCatalog.LivedApart12Months);
            case AnswerValues.No:
                return Lean(FactorLean.Neutral, MaritalStatusBecause6);
        }

        return c.Get(QuestionCatalog.AbsenceIsTemporary) switch
        {
            null => Need(QuestionCatalog.AbsenceIsTemporary),
            AnswerValues.No => Lean(FactorLean.Favors, MaritalStatusBecause7, MaritalStatusCaveat8),
            AnswerValues.NotSure => Lean(FactorLean.Neutral, MaritalStatusBecause9),
            _ => Lean(FactorLean.Neutral, MaritalStatusBecause10),
        };
    }

    private static FactorRead Hardship(RuleContext c)
    {
        switch (c.Get(QuestionCatalog.AssetsToPayTax))
        {
            case null:
                return Need(QuestionCatalog.AssetsToPayTax);
            case AnswerValues.Yes:
                return Lean(FactorLean.Neutral, HardshipHasAssets, Hale);
            case AnswerValues.NotSure:
                return Lean(FactorLean.Neutral, HardshipAssetsNotSure, Hale);
        }

        if (!AnswerParsing.TryWholeNumber(c.Get(QuestionCatalog.HouseholdSize), out var size))
        {
            return Need(QuestionCatalog.HouseholdSize);
        }

        if (!AnswerParsing.TryWholeNumber(c.Get(QuestionCatalog.MonthlyIncome), out var income))
        {
            return Need(QuestionCatalog.MonthlyIncome);
        }

        if (!AnswerParsing.TryWholeNumber(c.Get(QuestionCatalog.MonthlyBasicExpenses), out var expenses))
        {
            return Need(QuestionCatalog.MonthlyBasicExpenses);
        }

        // Rev. Proc. 2013-34 §4.03(2)(b): 250% of the HHS poverty guideline in force on the evaluation date.
        var yearly = income * 12;
        var surplus = income - expenses;
        var guideline = PovertyGuidelines.InForceOn(c.AsOf);
        if (guideline is null)
        {
            return OutsideGuidelineTable(c.AsOf, size, yearly, surplus);
        }

        var limit = guideline.For(size) * 5 / 2;
        if (yearly <= limit)
        {
            return Lean(FactorLean.Favors, BelowGuideline.Format(Amount(yearly), Amount(size), Amount(limit)), GuidelineNote(guideline));
        }

        return surplus <= SurplusThreshold
            ? Lean(FactorLean.Favors, SmallSurplus.Format(Amount(surplus)), SurplusTestCaveat.Text())
            : Lean(FactorLean.Neutral, AboveGuideline.Format(Amount(limit), Amount(size)), GuidelineNoteWithHale(guideline));
    }

    // Which guideline was used and that Alaska's and Hawaii's are higher; one short string per table row, built once
    // (the factor table joins it to the reason, so its length is allocated once per year screened).
    // In another language the note is built on each call (its English is cached).
    private static string GuidelineNote(PovertyGuideline guideline) =>
        KeyedText.InSourceLanguage ? GuidelineNotes[guideline.Year - PovertyGuidelines.All[0].Year] : GuidelineUsed.Format(Year(guideline), guideline.Source.Locator);

    private static string GuidelineNoteWithHale(PovertyGuideline guideline) =>
        KeyedText.InSourceLanguage ? GuidelineNotesWithHale[guideline.Year - PovertyGuidelines.All[0].Year] : GuidelineNote(guideline) + " " + Hale.Text();

    private static readonly KeyedText GuidelineUsed = new("factor.economic-hardship.guideline-used",
        "(We used the {0} HHS poverty guidelines ({1}) for the 48 states and D.C. Alaska's and Hawaii's are higher; we did not ask where you live.)");

    private static readonly string[] GuidelineNotes =
    [
        .. PovertyGuidelines.All.Select(g => string.Format(CultureInfo.InvariantCulture, GuidelineUsed.English, Year(g), g.Source.Locator)),
    ];

    private static readonly string[] GuidelineNotesWithHale = [.. GuidelineNotes.Select(note => note + " " + HaleCaveat)];

    private static string Year(PovertyGuideline guideline) => guideline.Year.ToString(CultureInfo.InvariantCulture);

    // Dollar amounts as the app writes them in every language: 36,000 (glossary-es.md, "Amounts").
    private static string Amount(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // The evaluation date is outside the guideline table: never fall back silently to another year's figures.
    private static FactorRead OutsideGuidelineTable(DateOnly asOf, long size, long yearly, long surplus)
    {
        var range = OutsideTable.Format(Deadlines.Dates.Long(PovertyGuidelines.CoveredFrom), Deadlines.Dates.Long(PovertyGuidelines.CoveredThrough), Deadlines.Dates.Long(asOf));
        return surplus <= SurplusThreshold
            ? Lean(FactorLean.Favors, SmallSurplus.Format(Amount(surplus)), OutsideTableSmallSurplus.Format(range))
            : Lean(FactorLean.Unknown, OutsideTableNotKnown.Format(range), OutsideTableFindGuideline.Format(Amount(yearly), Amount(size)));
    }

    private const string HaleCaveat =
        "(No hardship is normally neutral, but a court has counted it against a person with large assets: Hale v. Commissioner, T.C. Memo. 2018-93.)";

    private static readonly KeyedText Hale = new("factor.economic-hardship.hale-caveat", HaleCaveat);

    private static FactorRead Knowledge(RuleContext c, bool communityProperty)
    {
        switch (c.Get(QuestionCatalog.AbusedAndAfraid))
        {
            case null:
                return Need(QuestionCatalog.AbusedAndAfraid);
            case AnswerValues.Yes:
                return Lean(FactorLean.Favors, KnowledgeBecause1);
        }

        switch (c.Get(QuestionCatalog.FinancialControl))
        {
            case null:
                return Need(QuestionCatalog.FinancialControl);
            case AnswerValues.Yes:
                return Lean(FactorLean.Favors, KnowledgeBecause2);
        }

        var type = communityProperty ? "understatement" : c.Get(QuestionCatalog.LiabilityType);
        if (type is null)
        {
            return Need(QuestionCatalog.LiabilityType);
        }

        if (type is "understatement" or "both" or AnswerValues.NotSure)
        {
            switch (c.Get(QuestionCatalog.KnewOfItem))
            {
                case null:
                    return Need(QuestionCatalog.KnewOfItem);
                case "yes":
                case "partly":
                    return Lean(FactorLean.Against, KnowledgeBecause3);
            }

            switch (c.Get(QuestionCatalog.ReasonToKnow))
            {
                case null:
                    return Need(QuestionCatalog.ReasonToKnow);
                case AnswerValues.Yes:
                    return Lean(FactorLean.Against, KnowledgeBecause4);
                case AnswerValues.NotSure:
                    return Lean(FactorLean.Against, KnowledgeBecause5);
            }
        }

        if (type is "underpayment" or "both")
        {
            switch (c.Get(QuestionCatalog.ExpectedPayment))
            {
                case null:
                    return Need(QuestionCatalog.ExpectedPayment);
                case AnswerValues.No:
                    return Lean(FactorLean.Against, KnowledgeBecause6);
            }
        }

        return type == AnswerValues.NotSure
            ? Lean(FactorLean.Favors, KnowledgeBecause7, KnowledgeCaveat8)
            : Lean(FactorLean.Favors, KnowledgeBecause9);
    }

    // §4.03(2)(d): a legal obligation comes from a divorce decree or any other legally binding agreement, including
    // the separation agreement of a couple still married but living apart. Asked of everyone not living together.
    private static FactorRead LegalObligation(RuleContext c, FactorRead marital)
    {
        switch (c.Get(QuestionCatalog.MaritalStatus))
        {
            case "married-living-together":
                return Lean(FactorLean.Neutral, LegalObligationLivingTogether, AnyAgreement);
            case "widowed":
                return Lean(FactorLean.Neutral, LegalObligationWidowed, AnyAgreement);
            case null:
                return Lean(FactorLean.Neutral, LegalObligationBecause1);
        }

        if (marital.Missing is not null)
        {
            return Lean(FactorLean.Neutral, LegalObligationBecause1);
        }

        return c.Get(QuestionCatalog.DivorceDecreeSaysWhoPays) switch
        {
            null => Need(QuestionCatalog.DivorceDecreeSaysWhoPays),
            "other-person" => Lean(FactorLean.Favors, LegalObligationBecause2, LegalObligationCaveat3),
            "me" => Lean(FactorLean.Against, LegalObligationBecause4),
            _ => Lean(FactorLean.Neutral, LegalObligationBecause5),
        };
    }

    private static FactorRead Benefit(RuleContext c)
    {
        var controlled = c.Is(QuestionCatalog.AbusedAndAfraid, AnswerValues.Yes) || c.Is(QuestionCatalog.FinancialControl, AnswerValues.Yes);
        return c.Get(QuestionCatalog.SignificantBenefit) switch
        {
            null => Need(QuestionCatalog.SignificantBenefit),
            // Rev. Proc. 2013-34 §4.03(2)(e): a benefit weighs against relief, but abuse or financial control that left
            // the spending to the other person makes it neutral.
            "i-benefited" when controlled => Lean(FactorLean.Neutral, SignificantBenefitBecause7),
            "i-benefited" => Lean(FactorLean.Against, SignificantBenefitBecause1),
            AnswerValues.NotSure when controlled => Lean(FactorLean.Neutral, SignificantBenefitBecause8),
            AnswerValues.NotSure => Lean(FactorLean.Against, SignificantBenefitBecause2),
            "only-other-person" => Lean(FactorLean.Favors, SignificantBenefitBecause3),
            _ when controlled => Lean(FactorLean.Favors, SignificantBenefitBecause4, SignificantBenefitCaveat5),
            _ => Lean(FactorLean.Neutral, SignificantBenefitBecause6),
        };
    }

    private static FactorRead Compliance(RuleContext c) => c.Get(QuestionCatalog.LaterYearsCompliant) switch
    {
        null => Need(QuestionCatalog.LaterYearsCompliant),
        "yes" => Lean(FactorLean.Favors, ComplianceBecause1),
        "no" => Lean(FactorLean.Against, ComplianceBecause2),
        _ => Lean(FactorLean.Neutral, ComplianceBecause3, ComplianceCaveat4),
    };

    private static FactorRead Health(RuleContext c) => c.Get(QuestionCatalog.HealthProblem) switch
    {
        null => Need(QuestionCatalog.HealthProblem),
        AnswerValues.Yes => Lean(FactorLean.Favors, HealthBecause1),
        _ => Lean(FactorLean.Neutral, HealthBecause2),
    };

    private static FactorRead Need(Question question) => new(FactorLean.Unknown, string.Empty, question.Key, null);

    private static FactorRead Lean(FactorLean lean, string because, string? caveat = null) => new(lean, because, null, caveat);

    private static FactorRead Lean(FactorLean lean, KeyedText because, KeyedText? caveat = null) => new(lean, because.Text(), null, caveat?.Text());

    private static string Text(KeyedText text) => text.Text();

    /// <summary>How one factor reads from the answers: its lean and why, or the fact still missing.</summary>
    internal readonly record struct FactorRead(FactorLean Lean, string Because, FactKey? Missing, string? Caveat);

    /// <summary>The seven factor reads for one tax year, and the factor table built from them once.</summary>
    /// <param name="reads">The reads, in factor order.</param>
    internal sealed class FactorReads(FactorRead[] reads)
    {
        private ImmutableArray<FactorAssessment> _table;

        /// <summary>The reads, in factor order.</summary>
        public FactorRead[] Reads { get; } = reads;

        /// <summary>The factor table; a factor not read yet shows as not asked because the streamlined test decided.</summary>
        public ImmutableArray<FactorAssessment> Table => _table.IsDefault ? _table = ToTable(Reads, NotAsked.Text()) : _table;
    }
}
