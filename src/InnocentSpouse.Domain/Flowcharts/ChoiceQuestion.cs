using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>A multiple-choice decision box: every allowed value of the question has exactly one branch.</summary>
public sealed record ChoiceQuestion : QuestionNode
{
    /// <summary>Creates the node and checks the branches cover the question's options exactly.</summary>
    /// <param name="key">Stable node key.</param>
    /// <param name="source">The authority for this box.</param>
    /// <param name="question">A catalogued question of kind <see cref="AnswerKind.Choice"/>.</param>
    /// <param name="branches">One branch per allowed value, in the question's option order.</param>
    public ChoiceQuestion(string key, SourceRef source, Question question, params Branch[] branches)
        : base(new NodeKey(key), source, question)
    {
        if (question.Kind != AnswerKind.Choice)
        {
            throw new ArgumentException($"Question {question.Key} is not a choice question.", nameof(question));
        }

        var expected = question.AllowedValues;
        if (branches.Length != expected.Length || !branches.Select(b => b.Value).Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)))
        {
            throw new ArgumentException($"Node {key}: branches must cover exactly the values of {question.Key}: {string.Join(", ", expected)}.", nameof(branches));
        }

        Branches = [.. branches];
    }

    /// <inheritdoc />
    public override ImmutableArray<Branch> Branches { get; }

    /// <inheritdoc />
    public override Branch? BranchFor(string value)
    {
        foreach (var branch in Branches)
        {
            if (string.Equals(branch.Value, value, StringComparison.Ordinal))
            {
                return branch;
            }
        }

        return null;
    }
}
