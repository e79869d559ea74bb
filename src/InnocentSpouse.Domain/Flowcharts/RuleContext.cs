using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>What a <see cref="RuleCheck"/> method may read: the answers, the tax year, the evaluation date, and the results already reached for this year.</summary>
/// <param name="Answers">All answers.</param>
/// <param name="TaxYear">The tax year being walked.</param>
/// <param name="AsOf">The evaluation date (time is an argument; style.md rule 3).</param>
/// <param name="Decided">Determinations already reached for this tax year (Figure C reads (b) and (c)).</param>
public sealed record RuleContext(ScreeningAnswers Answers, int TaxYear, DateOnly AsOf, ImmutableDictionary<ReliefType, Determination> Decided)
{
    /// <summary>The stored answer for <paramref name="question"/> in its scope, or null.</summary>
    /// <param name="question">The question.</param>
    public string? Get(Question question) => Answers.Get(question, TaxYear);

    /// <summary>True when <paramref name="question"/> was answered <paramref name="value"/>.</summary>
    /// <param name="question">The question.</param>
    /// <param name="value">The value to compare.</param>
    public bool Is(Question question, string value) => string.Equals(Get(question), value, StringComparison.Ordinal);
}
