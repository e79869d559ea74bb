using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>
/// What <see cref="ScreeningEngine.WalkAsAsked(Interview.ScreeningAnswers, DateOnly)"/> returns: the questions the
/// interview asked, in order, and the result for the answers on that path.
/// </summary>
/// <param name="Asked">Every question asked that has a saved answer, in the order it was asked.</param>
/// <param name="Result">The result for those answers: the next question (unanswered), or the conclusion.</param>
public sealed record ScreeningWalk(ImmutableArray<NextQuestion> Asked, ScreeningResult Result);
