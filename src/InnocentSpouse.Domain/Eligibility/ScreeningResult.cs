using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>
/// What <see cref="ScreeningEngine.Evaluate(Interview.ScreeningAnswers, DateOnly)"/> returns: either the next question to ask, or (when
/// <see cref="IsComplete"/>) an outcome for every relief in every tax year, each with its reasons.
/// </summary>
/// <param name="AsOf">The evaluation date used for every deadline.</param>
/// <param name="Revision">The pinned rules revision, e.g. "Pub. 971 (Rev. Dec. 2021)".</param>
/// <param name="NextQuestion">The next unanswered question, or null when complete.</param>
/// <param name="Years">Results per tax year, ascending; reliefs concluded so far.</param>
public sealed record ScreeningResult(DateOnly AsOf, string Revision, NextQuestion? NextQuestion, ImmutableArray<YearResult> Years)
{
    /// <summary>True when every relief for every year has an outcome.</summary>
    public bool IsComplete => NextQuestion is null;
}
