using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// The evidence checklist: what this person should gather and send with Form 8857 (or Form 8379), built only from
/// their answers and the screening outcomes. IRC §6015(e)(7) limits Tax Court review mostly to the record the IRS
/// had, so everything must go to the IRS up front. docs/rules/evidence-checklist.md lists every item, its trigger
/// and its source.
/// </summary>
public static partial class EvidenceChecklist
{
    /// <summary>
    /// The checklist for <paramref name="answers"/> and their complete screening <paramref name="result"/>: essential
    /// items first, then helpful ones, each group in a fixed order. The IRS letters item is always there; every other
    /// item appears only when the answers the engine used make it matter for a relief still open in some year.
    /// </summary>
    /// <param name="answers">The answers that were screened.</param>
    /// <param name="result">The complete output of <see cref="ScreeningEngine.Evaluate(ScreeningAnswers, DateOnly)"/> for <paramref name="answers"/>.</param>
    /// <returns>The items, never empty.</returns>
    /// <remarks>
    /// A relief counts as open in a year when its outcome is anything but not applicable, does not qualify or too
    /// late. An answer the engine did not use (left over from an earlier path) never adds an item.
    /// </remarks>
    /// <exception cref="ArgumentException">The result is not complete, or its tax years are not those of the answers.</exception>
    public static ImmutableArray<EvidenceItem> For(ScreeningAnswers answers, ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsComplete)
        {
            throw new ArgumentException("The checklist needs a complete screening result; answer every question first.", nameof(result));
        }

        if (!result.Years.Select(y => y.TaxYear).SequenceEqual(answers.TaxYears))
        {
            throw new ArgumentException("The screening result is for other tax years than the answers.", nameof(result));
        }

        var context = new Context(answers, result);
        var items = new List<EvidenceItem>(20);
        foreach (var build in Builders)
        {
            if (build(context) is { } item)
            {
                items.Add(item);
            }
        }

        // OrderBy is stable: within each importance the items keep the order of Builders.
        return [.. items.OrderBy(i => i.Importance)];
    }

    /// <summary>Every item builder, in checklist order within each importance.</summary>
    private static readonly Func<Context, EvidenceItem?>[] Builders =
    [
        IrsLetters, AbuseOrControlRecords, ForgedSignatureProof, DuressProof, MaritalStatusProof, SeparateHomeProof,
        DecreeTaxPages, OwnPaymentProof, NominalOwnershipProof, MisappropriationProof, OtherPersonFraudProof,
        CommunityPropertyLawProof, CommunityIncomeRecords, InjuredSpouseRecords, IncomeAndExpenses, MedicalRecords,
        ItemKeptFromYou, ExpectedPaymentProof, WhoBenefitedRecords, LaterComplianceRecords,
    ];

    /// <summary>The answers, the outcomes and the answers the engine used, indexed by tax year.</summary>
    private sealed class Context(ScreeningAnswers answers, ScreeningResult result)
    {
        private readonly Dictionary<int, YearResult> _years = result.Years.ToDictionary(y => y.TaxYear);

        public ImmutableArray<int> AllYears { get; } = [.. answers.TaxYears];

        public UsedAnswers Used { get; } = new(AnswerIndex.Of(answers), result);

        /// <summary>True when <paramref name="relief"/> is still worth pursuing in <paramref name="year"/>.</summary>
        public bool Open(int year, ReliefType relief) => _years[year].For(relief)?.Determination is
            Determination.MayQualify or Determination.MayQualifyPartial or Determination.Unlikely
            or Determination.NeedMoreInformation or Determination.NotYet;

        /// <summary>Open for a request on Form 8857: §6015(b), (c), (f) or §66(c).</summary>
        public bool Form8857Open(int year) =>
            Open(year, ReliefType.InnocentSpouse) || Open(year, ReliefType.SeparationOfLiability)
            || Open(year, ReliefType.EquitableRelief) || Open(year, ReliefType.CommunityProperty);

        /// <summary>Open for a relief that weighs the Rev. Proc. 2013-34 factors: §6015(f) or §66(c).</summary>
        public bool EquitableOpen(int year) => Open(year, ReliefType.EquitableRelief) || Open(year, ReliefType.CommunityProperty);

        /// <summary>True when the year's equitable-relief factor table has the factor at <paramref name="section"/> leaning <paramref name="lean"/>.</summary>
        public bool Factor(int year, string section, FactorLean lean) =>
            _years[year].Reliefs.Any(r => Open(year, r.Relief) && r.Factors.Any(f => f.Source.Locator == section && f.Lean == lean));

        public ImmutableArray<int> YearsWhere(Func<int, bool> applies) => [.. AllYears.Where(applies)];

        /// <summary>The answer the engine used in the first of <paramref name="years"/> that used it.</summary>
        public string? First(Question question, ImmutableArray<int> years)
        {
            foreach (var year in years)
            {
                if (Used.Get(question, year) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        public EvidenceItem? Item(string id, EvidenceImportance importance, string what, string why, ImmutableArray<int> years,
            SourceRef source, SourceRef? secondSource = null, string? caution = null) =>
            years.IsEmpty ? null : new EvidenceItem(id, importance, what, why, years, years.SequenceEqual(AllYears), source, secondSource, caution);
    }
}
