using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// The answers the engine actually used for each tax year: those it read at a question step, plus those the
/// Rev. Proc. 2013-34 §4.03(2) factor table read. An answer left over from an earlier path (kept but unused,
/// style.md §2) reads as unanswered here, so it can never put an item on the checklist.
/// </summary>
internal sealed class UsedAnswers
{
    private readonly AnswerIndex _answers;
    private readonly Dictionary<int, bool[]> _usedByYear = [];

    public UsedAnswers(AnswerIndex answers, ScreeningResult result)
    {
        _answers = answers;
        foreach (var year in result.Years)
        {
            var used = new bool[QuestionCatalog.All.Length];
            foreach (var relief in year.Reliefs)
            {
                foreach (var step in relief.Reasons)
                {
                    if (step.Fact is { } fact && QuestionCatalog.TryGet(fact.Value, out var question))
                    {
                        used[question.Ordinal] = true;
                    }
                }

                foreach (var factor in relief.Factors)
                {
                    if (factor.Lean != FactorLean.Unknown)
                    {
                        AddFactorReads(used, factor.Source, relief.Relief, year.TaxYear);
                    }
                }
            }

            _usedByYear[year.TaxYear] = used;
        }
    }

    /// <summary>The answer to <paramref name="question"/> for <paramref name="year"/> if the engine used it; otherwise null.</summary>
    public string? Get(Question question, int year) =>
        _usedByYear.TryGetValue(year, out var used) && used[question.Ordinal] ? _answers.Get(question, year) : null;

    /// <summary>True when the engine used <paramref name="question"/> for <paramref name="year"/> and its answer is <paramref name="value"/>.</summary>
    public bool Is(Question question, int year, string value) => Get(question, year) == value;

    // Mirrors what each factor of EquitableRules reads once its lean is known (the factor table says it was read).
    private void AddFactorReads(bool[] used, SourceRef factor, ReliefType relief, int year)
    {
        string Raw(Question q) => _answers.Get(q, year) ?? string.Empty;
        void Add(Question q) => used[q.Ordinal] = true;

        switch (factor.Locator)
        {
            case "§4.03(2)(a)":
                Add(QuestionCatalog.MaritalStatus);
                if (Raw(QuestionCatalog.MaritalStatus) == "married-living-apart")
                {
                    Add(QuestionCatalog.LivedApart12Months);
                    if (Raw(QuestionCatalog.LivedApart12Months) == AnswerValues.Yes)
                    {
                        Add(QuestionCatalog.AbsenceIsTemporary);
                    }
                }

                break;
            case "§4.03(2)(b)":
                Add(QuestionCatalog.AssetsToPayTax);
                if (Raw(QuestionCatalog.AssetsToPayTax) == AnswerValues.No)
                {
                    Add(QuestionCatalog.HouseholdSize);
                    Add(QuestionCatalog.MonthlyIncome);
                    Add(QuestionCatalog.MonthlyBasicExpenses);
                }

                break;
            case "§4.03(2)(c)":
                Add(QuestionCatalog.AbusedAndAfraid);
                if (Raw(QuestionCatalog.AbusedAndAfraid) == AnswerValues.Yes)
                {
                    break;
                }

                Add(QuestionCatalog.FinancialControl);
                if (Raw(QuestionCatalog.FinancialControl) == AnswerValues.Yes || relief == ReliefType.CommunityProperty)
                {
                    break;
                }

                var type = Raw(QuestionCatalog.LiabilityType);
                var knewNothing = Raw(QuestionCatalog.KnewOfItem) == "no" && Raw(QuestionCatalog.ReasonToKnow) == AnswerValues.No;
                if (type == "underpayment" || (type == "both" && knewNothing))
                {
                    Add(QuestionCatalog.ExpectedPayment);
                }

                break;
            case "§4.03(2)(d)":
                if (Raw(QuestionCatalog.MaritalStatus) is not ("married-living-together" or "widowed" or ""))
                {
                    Add(QuestionCatalog.DivorceDecreeSaysWhoPays);
                }

                break;
            case "§4.03(2)(e)":
                Add(QuestionCatalog.SignificantBenefit);
                break;
            case "§4.03(2)(f)":
                Add(QuestionCatalog.LaterYearsCompliant);
                break;
            case "§4.03(2)(g)":
                Add(QuestionCatalog.HealthProblem);
                break;
        }
    }
}
