using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>The screening result for one relief in one tax year, with the path that led to it.</summary>
/// <param name="Relief">The relief.</param>
/// <param name="Determination">The screening result.</param>
/// <param name="Summary">The outcome text: what it means and what to do, in plain language.</param>
/// <param name="Source">The authority for the outcome.</param>
/// <param name="Reasons">The path taken, in order: question, answer and source of each step, ending with the outcome.</param>
/// <param name="Caveats">Where the law is uncertain, or where the user was not sure, what to keep in mind.</param>
/// <param name="Factors">For equitable relief that reached the streamlined test: the seven-factor table; empty otherwise.</param>
public sealed record ReliefResult(
    ReliefType Relief,
    Determination Determination,
    string Summary,
    SourceRef Source,
    ImmutableArray<Step> Reasons,
    ImmutableArray<string> Caveats,
    ImmutableArray<FactorAssessment> Factors);
