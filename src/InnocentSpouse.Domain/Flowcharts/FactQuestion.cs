using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// Asks for a value (a date, a dollar amount or a count) and then continues to <see cref="Next"/>;
/// a <see cref="RuleCheck"/> later in the chart uses the value.
/// </summary>
public sealed record FactQuestion : QuestionNode
{
    /// <summary>Value used in <see cref="Branches"/> for "any valid answer".</summary>
    public const string AnyAnswer = "answered";

    /// <summary>Creates the node.</summary>
    /// <param name="key">Stable node key.</param>
    /// <param name="source">The authority for this box.</param>
    /// <param name="question">A catalogued date, money or integer question.</param>
    /// <param name="next">Edge for any valid value.</param>
    /// <param name="ifNotSure">Edge for "not-sure", required exactly when the question allows it.</param>
    public FactQuestion(string key, SourceRef source, Question question, Edge next, Edge? ifNotSure = null)
        : base(new NodeKey(key), source, question)
    {
        if (question.Kind is AnswerKind.YesNo or AnswerKind.Choice)
        {
            throw new ArgumentException($"Question {question.Key} needs a YesNoQuestion or ChoiceQuestion node.", nameof(question));
        }

        if (question.AllowsNotSure != (ifNotSure is not null))
        {
            throw new ArgumentException($"Node {key}: a not-sure edge is required exactly when {question.Key} allows not-sure.", nameof(ifNotSure));
        }

        Next = next;
        IfNotSure = ifNotSure;
        Branches = ifNotSure is null
            ? [new Branch(AnyAnswer, next)]
            : [new Branch(AnyAnswer, next), new Branch(AnswerValues.NotSure, ifNotSure)];
    }

    /// <summary>Edge for any valid value.</summary>
    public Edge Next { get; }

    /// <summary>Edge for "not-sure", when allowed.</summary>
    public Edge? IfNotSure { get; }

    /// <inheritdoc />
    public override ImmutableArray<Branch> Branches { get; }

    /// <inheritdoc />
    public override Branch? BranchFor(string value) =>
        value == AnswerValues.NotSure ? (IfNotSure is null ? null : Branches[1]) : Branches[0];
}
