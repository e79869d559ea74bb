using System.Collections.Immutable;
using System.Globalization;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

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

    private static readonly string[] Names =
        ["Marital status", "Economic hardship", "Knowledge or reason to know", "Legal obligation to pay", "Significant benefit", "Compliance with tax laws", "Mental or physical health"];

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
            return RuleAnswer.True("Yes: you are no longer married, you would suffer economic hardship, and the knowledge test is met.") with { Factors = table };
        }

        var missed = new List<string>(3);
        if (marital.Lean != FactorLean.Favors)
        {
            missed.Add("you are still married or in the same household");
        }

        if (hardship.Lean == FactorLean.Unknown)
        {
            missed.Add("we could not check economic hardship for this date");
        }
        else if (hardship.Lean != FactorLean.Favors)
        {
            missed.Add("economic hardship is not shown");
        }

        if (knowledge.Lean != FactorLean.Favors)
        {
            missed.Add("the knowledge test is not met");
        }

        return RuleAnswer.False("No: " + string.Join("; ", missed) + ". The factors decide instead.", caveat) with { Factors = table };
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
            ? RuleAnswer.True(string.Create(CultureInfo.InvariantCulture, $"Yes: {favors} factor(s) favor relief and {against} weigh against it."), WeighingCaveat)
            : RuleAnswer.False(string.Create(CultureInfo.InvariantCulture, $"No: {favors} factor(s) favor relief and {against} weigh against it."), WeighingCaveat);
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
                ? new FactorAssessment(Names[i], read.Lean, read.Caveat is null ? read.Because : read.Because + " " + read.Caveat, FactorSources[i])
                : new FactorAssessment(Names[i], FactorLean.Unknown, notAskedBecause, FactorSources[i]));
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
                return Lean(FactorLean.Favors, "You are divorced.");
            case "legally-separated":
                return Lean(FactorLean.Favors, "You are legally separated.");
            case "widowed":
                return Lean(FactorLean.Favors, "You are widowed.",
                    "(A widow or widower who inherits assets that could pay the tax may be treated differently; not confirmed in our sources.)");
            case "married-living-together":
                return Lean(FactorLean.Neutral, "You are still married and living together.");
        }

        switch (c.Get(QuestionCatalog.LivedApart12Months))
        {
            case null:
                return Need(QuestionCatalog.LivedApart12Months);
            case AnswerValues.No:
                return Lean(FactorLean.Neutral, "You are married and have not lived apart for 12 months.");
        }

        return c.Get(QuestionCatalog.AbsenceIsTemporary) switch
        {
            null => Need(QuestionCatalog.AbsenceIsTemporary),
            AnswerValues.No => Lean(FactorLean.Favors, "You have lived apart, not temporarily, for the last 12 months.",
                "(The IRS measures the 12 months up to the date it decides; not confirmed in our sources.)"),
            AnswerValues.NotSure => Lean(FactorLean.Neutral, "You weren't sure the time apart is permanent, so we counted you as still in the same household."),
            _ => Lean(FactorLean.Neutral, "Your time apart is temporary, which counts as the same household."),
        };
    }

    private static FactorRead Hardship(RuleContext c)
    {
        switch (c.Get(QuestionCatalog.AssetsToPayTax))
        {
            case null:
                return Need(QuestionCatalog.AssetsToPayTax);
            case AnswerValues.Yes:
                return Lean(FactorLean.Neutral, "You have savings or property that could pay the tax and still cover basic costs.", HaleCaveat);
            case AnswerValues.NotSure:
                return Lean(FactorLean.Neutral, "You weren't sure whether you have assets that could pay the tax, so we did not presume hardship.", HaleCaveat);
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
            return Lean(FactorLean.Favors,
                string.Create(CultureInfo.InvariantCulture, $"Your household income (${yearly:N0} a year) is at or below 250% of the poverty guideline for {size} (${limit:N0})."),
                GuidelineNote(guideline));
        }

        return surplus <= SurplusThreshold
            ? Lean(FactorLean.Favors,
                string.Create(CultureInfo.InvariantCulture, $"Your income is only ${surplus:N0} a month more than your basic living costs."),
                "(The $300-a-month test comes from Rev. Proc. 2013-34 §4.03(2)(b) but was not confirmed in our sources.)")
            : Lean(FactorLean.Neutral,
                string.Create(CultureInfo.InvariantCulture, $"Your income is above 250% of the poverty guideline (${limit:N0} for {size}) and more than $300 a month above your basic costs."),
                GuidelineNotesWithHale[guideline.Year - PovertyGuidelines.All[0].Year]);
    }

    // Which guideline was used and that Alaska's and Hawaii's are higher; one short string per table row, built once
    // (the factor table joins it to the reason, so its length is allocated once per year screened).
    private static string GuidelineNote(PovertyGuideline guideline) => GuidelineNotes[guideline.Year - PovertyGuidelines.All[0].Year];

    private static readonly string[] GuidelineNotes =
    [
        .. PovertyGuidelines.All.Select(g => string.Create(CultureInfo.InvariantCulture,
            $"(We used the {g.Year} HHS poverty guidelines ({g.Source.Locator}) for the 48 states and D.C. Alaska's and Hawaii's are higher; we did not ask where you live.)")),
    ];

    private static readonly string[] GuidelineNotesWithHale = [.. GuidelineNotes.Select(note => note + " " + HaleCaveat)];

    // The evaluation date is outside the guideline table: never fall back silently to another year's figures.
    private static FactorRead OutsideGuidelineTable(DateOnly asOf, long size, long yearly, long surplus)
    {
        var range = string.Create(CultureInfo.InvariantCulture,
            $"Our table of HHS poverty guidelines covers {Deadlines.Dates.Long(PovertyGuidelines.CoveredFrom)} to {Deadlines.Dates.Long(PovertyGuidelines.CoveredThrough)}, and {Deadlines.Dates.Long(asOf)} is outside it, so we could not apply the 250%-of-poverty test.");
        return surplus <= SurplusThreshold
            ? Lean(FactorLean.Favors,
                string.Create(CultureInfo.InvariantCulture, $"Your income is only ${surplus:N0} a month more than your basic living costs."),
                "(" + range + " The $300-a-month test favors you either way; it comes from Rev. Proc. 2013-34 §4.03(2)(b) but was not confirmed in our sources.)")
            : Lean(FactorLean.Unknown,
                "Not known: " + range,
                string.Create(CultureInfo.InvariantCulture,
                    $"(Find the poverty guideline in force today at aspe.hhs.gov/poverty-guidelines. If your household income (${yearly:N0} a year) is at or below 250% of the guideline for {size}, economic hardship favors relief, and this result could change. We counted the factor neither for nor against you.)"));
    }

    private const string HaleCaveat =
        "(No hardship is normally neutral, but a court has counted it against a person with large assets: Hale v. Commissioner, T.C. Memo. 2018-93.)";

    private static FactorRead Knowledge(RuleContext c, bool communityProperty)
    {
        switch (c.Get(QuestionCatalog.AbusedAndAfraid))
        {
            case null:
                return Need(QuestionCatalog.AbusedAndAfraid);
            case AnswerValues.Yes:
                return Lean(FactorLean.Favors, "Abuse made you afraid to question the return or payments; this favors relief even if you knew (Pocock v. Commissioner, T.C. Memo. 2022-55).");
        }

        switch (c.Get(QuestionCatalog.FinancialControl))
        {
            case null:
                return Need(QuestionCatalog.FinancialControl);
            case AnswerValues.Yes:
                return Lean(FactorLean.Favors, "The other person controlled the money so you could not question the tax; this favors relief even if you knew.");
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
                    return Lean(FactorLean.Against, "You knew about the item (or part of it) when you signed.");
            }

            switch (c.Get(QuestionCatalog.ReasonToKnow))
            {
                case null:
                    return Need(QuestionCatalog.ReasonToKnow);
                case AnswerValues.Yes:
                    return Lean(FactorLean.Against, "You said you should have known about the item.");
                case AnswerValues.NotSure:
                    return Lean(FactorLean.Against, "You weren't sure whether you should have known, so we counted it against relief.");
            }
        }

        if (type is "underpayment" or "both")
        {
            switch (c.Get(QuestionCatalog.ExpectedPayment))
            {
                case null:
                    return Need(QuestionCatalog.ExpectedPayment);
                case AnswerValues.No:
                    return Lean(FactorLean.Against, "You did not reasonably expect the other person to pay the tax shown on the return.");
            }
        }

        return type == AnswerValues.NotSure
            ? Lean(FactorLean.Favors, "You did not know and had no reason to know about the item.",
                "(You weren't sure of the kind of tax problem; if it includes unpaid tax, the IRS also asks whether you expected it to be paid.)")
            : Lean(FactorLean.Favors, "You did not know and had no reason to know of the problem.");
    }

    // §4.03(2)(d): a legal obligation comes from a divorce decree or any other legally binding agreement, including
    // the separation agreement of a couple still married but living apart. Asked of everyone not living together.
    private static FactorRead LegalObligation(RuleContext c, FactorRead marital)
    {
        const string AnyAgreementCaveat =
            "(Any legally binding agreement that says who must pay this tax counts for this factor (Rev. Proc. 2013-34 §4.03(2)(d)). If you have one, describe it on Form 8857.)";
        switch (c.Get(QuestionCatalog.MaritalStatus))
        {
            case "married-living-together":
                return Lean(FactorLean.Neutral, "You are married and living together, so we did not ask about a divorce decree or separation agreement.", AnyAgreementCaveat);
            case "widowed":
                return Lean(FactorLean.Neutral, "You are widowed, so we did not ask about a divorce decree or separation agreement.", AnyAgreementCaveat);
            case null:
                return Lean(FactorLean.Neutral, "No divorce decree or separation agreement applies.");
        }

        if (marital.Missing is not null)
        {
            return Lean(FactorLean.Neutral, "No divorce decree or separation agreement applies.");
        }

        return c.Get(QuestionCatalog.DivorceDecreeSaysWhoPays) switch
        {
            null => Need(QuestionCatalog.DivorceDecreeSaysWhoPays),
            "other-person" => Lean(FactorLean.Favors, "Your decree or agreement says the other person must pay this tax.",
                "(If you knew when the decree or agreement was made that they would not pay, this factor is neutral instead.)"),
            "me" => Lean(FactorLean.Against, "Your decree or agreement says you must pay this tax."),
            _ => Lean(FactorLean.Neutral, "No decree or agreement puts the tax on one of you alone."),
        };
    }

    private static FactorRead Benefit(RuleContext c)
    {
        var controlled = c.Is(QuestionCatalog.AbusedAndAfraid, AnswerValues.Yes) || c.Is(QuestionCatalog.FinancialControl, AnswerValues.Yes);
        return c.Get(QuestionCatalog.SignificantBenefit) switch
        {
            null => Need(QuestionCatalog.SignificantBenefit),
            "i-benefited" => Lean(FactorLean.Against, "You got a benefit beyond normal support."),
            AnswerValues.NotSure => Lean(FactorLean.Against, "You weren't sure whether you benefited, so we counted it against relief."),
            "only-other-person" => Lean(FactorLean.Favors, "Only the other person benefited."),
            _ when controlled => Lean(FactorLean.Favors, "Abuse or financial control meant you had no say in how the money was spent.",
                "(This reading of the benefit factor was not confirmed in our sources.)"),
            _ => Lean(FactorLean.Neutral, "No one benefited beyond basic living costs."),
        };
    }

    private static FactorRead Compliance(RuleContext c) => c.Get(QuestionCatalog.LaterYearsCompliant) switch
    {
        null => Need(QuestionCatalog.LaterYearsCompliant),
        "yes" => Lean(FactorLean.Favors, "You have filed and paid on time since."),
        "no" => Lean(FactorLean.Against, "You have not kept up with filing or paying since."),
        _ => Lean(FactorLean.Neutral, "You tried to comply but could not always pay in full.", "(This middle case was not confirmed in our sources.)"),
    };

    private static FactorRead Health(RuleContext c) => c.Get(QuestionCatalog.HealthProblem) switch
    {
        null => Need(QuestionCatalog.HealthProblem),
        AnswerValues.Yes => Lean(FactorLean.Favors, "You had a serious health problem when you signed or have one now."),
        _ => Lean(FactorLean.Neutral, "No serious health problem was reported."),
    };

    private static FactorRead Need(Question question) => new(FactorLean.Unknown, string.Empty, question.Key, null);

    private static FactorRead Lean(FactorLean lean, string because, string? caveat = null) => new(lean, because, null, caveat);

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
        public ImmutableArray<FactorAssessment> Table => _table.IsDefault ? _table = ToTable(Reads, "Not asked: the streamlined test decided.") : _table;
    }
}
