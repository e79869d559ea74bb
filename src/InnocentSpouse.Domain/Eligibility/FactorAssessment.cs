using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>One row of the equitable-relief factor table (rules.md §4.3, §4.5 step 4).</summary>
/// <param name="Factor">The factor's name, e.g. "Marital status".</param>
/// <param name="Lean">Favors, neutral or against.</param>
/// <param name="Because">The answer(s) that produced the classification, in plain language.</param>
/// <param name="Source">Rev. Proc. 2013-34 section.</param>
public sealed record FactorAssessment(string Factor, FactorLean Lean, string Because, SourceRef Source);
