using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>What a <see cref="RuleCheck"/> method returns: true, false, undecided, or "ask this fact first".</summary>
public sealed record RuleAnswer
{
    private RuleAnswer(bool result, FactKey? missingFact, string explanation, string? caveat, bool isUndecided = false)
    {
        Result = result;
        MissingFact = missingFact;
        Explanation = explanation;
        Caveat = caveat;
        IsUndecided = isUndecided;
    }

    /// <summary>The rule's result; meaningless when <see cref="MissingFact"/> or <see cref="IsUndecided"/> is set.</summary>
    public bool Result { get; }

    /// <summary>A fact the rule needs before it can decide.</summary>
    public FactKey? MissingFact { get; }

    /// <summary>
    /// True when the answers fit both results (e.g. a month without the day, where some days of the month
    /// keep a window open and others close it): the engine follows <see cref="RuleCheck.IfUndecided"/>.
    /// </summary>
    public bool IsUndecided { get; }

    /// <summary>Why, in plain language (shown as the answer in the reasons).</summary>
    public string Explanation { get; }

    /// <summary>A caveat about uncertain law, when one applies.</summary>
    public string? Caveat { get; }

    /// <summary>The equitable-relief factor table, when this rule computed one (rules.md §4.5 step 4).</summary>
    public ImmutableArray<FactorAssessment> Factors { get; init; } = [];

    /// <summary>The rule holds.</summary>
    /// <param name="explanation">Why, in plain language.</param>
    /// <param name="caveat">Optional caveat.</param>
    public static RuleAnswer True(string explanation, string? caveat = null) => new(true, null, explanation, caveat);

    /// <summary>The rule does not hold.</summary>
    /// <param name="explanation">Why, in plain language.</param>
    /// <param name="caveat">Optional caveat.</param>
    public static RuleAnswer False(string explanation, string? caveat = null) => new(false, null, explanation, caveat);

    /// <summary>
    /// The answers given fit both results, so the rule cannot decide without a more exact answer. Only for a
    /// <see cref="RuleCheck"/> with an undecided edge; the engine throws otherwise.
    /// </summary>
    /// <param name="explanation">Why it cannot tell, in plain language.</param>
    /// <param name="caveat">Optional caveat.</param>
    public static RuleAnswer Undecided(string explanation, string? caveat = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        return new(false, null, explanation, caveat, isUndecided: true);
    }

    /// <summary>The rule needs <paramref name="fact"/> answered first.</summary>
    /// <param name="fact">The missing fact.</param>
    public static RuleAnswer NeedFact(FactKey fact) => new(false, fact, string.Empty, null);
}
