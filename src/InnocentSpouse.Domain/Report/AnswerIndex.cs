using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// Answers indexed once by question ordinal (household answers) and by tax year and question ordinal (the others),
/// for the report parts that read them many times: each read is an array access instead of immutable-dictionary
/// lookups (docs/performance.md). Reads the same as <see cref="ScreeningAnswers.Get(Question, int)"/>: an answer under
/// an unknown key, or given in the wrong scope, is not there.
/// </summary>
internal sealed class AnswerIndex
{
    private readonly string?[] _household = new string?[QuestionCatalog.All.Length];
    private readonly string?[][] _byYear;

    private AnswerIndex(ImmutableArray<int> taxYears)
    {
        TaxYears = taxYears;
        _byYear = new string?[taxYears.Length][];
        for (var i = 0; i < _byYear.Length; i++)
        {
            _byYear[i] = new string?[QuestionCatalog.All.Length];
        }
    }

    /// <summary>The tax years, ascending.</summary>
    public ImmutableArray<int> TaxYears { get; }

    /// <summary>Indexes saved answers.</summary>
    /// <param name="answers">The answers.</param>
    public static AnswerIndex Of(ScreeningAnswers answers)
    {
        var index = new AnswerIndex([.. answers.TaxYears]);
        foreach (var (key, value) in answers.Household)
        {
            if (QuestionCatalog.TryGet(key, out var question) && question.Scope == QuestionScope.Household)
            {
                index._household[question.Ordinal] = value;
            }
        }

        var yearIndex = 0;
        foreach (var yearAnswers in answers.Years.Values)
        {
            var values = index._byYear[yearIndex++];
            foreach (var (key, value) in yearAnswers)
            {
                if (QuestionCatalog.TryGet(key, out var question) && question.Scope == QuestionScope.Year)
                {
                    values[question.Ordinal] = value;
                }
            }
        }

        return index;
    }

    /// <summary>Indexes only the answers to the questions asked (the answers as asked).</summary>
    /// <param name="taxYears">The tax years, ascending.</param>
    /// <param name="asked">The questions asked with their answers.</param>
    public static AnswerIndex Of(ImmutableArray<int> taxYears, IEnumerable<AnsweredQuestion> asked)
    {
        var index = new AnswerIndex(taxYears);
        foreach (var answer in asked)
        {
            if (answer.Question.Scope == QuestionScope.Household)
            {
                index._household[answer.Question.Ordinal] = answer.Value;
            }
            else if (answer.TaxYear is int year && taxYears.IndexOf(year) is var i and >= 0)
            {
                index._byYear[i][answer.Question.Ordinal] = answer.Value;
            }
        }

        return index;
    }

    /// <summary>The answer to <paramref name="question"/> in its scope, or null when unanswered.</summary>
    /// <param name="question">A catalogued question.</param>
    /// <param name="taxYear">The tax year for a per-year question.</param>
    public string? Get(Question question, int taxYear)
    {
        if (question.Scope == QuestionScope.Household)
        {
            return _household[question.Ordinal];
        }

        var i = TaxYears.IndexOf(taxYear);
        return i < 0 ? null : _byYear[i][question.Ordinal];
    }

    /// <summary>The household answer to <paramref name="question"/>, or null.</summary>
    /// <param name="question">A catalogued household question.</param>
    public string? Household(Question question) =>
        question.Scope == QuestionScope.Household ? _household[question.Ordinal] : null;
}
