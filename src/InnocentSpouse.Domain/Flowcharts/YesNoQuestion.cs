using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>A yes/no decision box; "Not sure" only where style.md decision 3 allows it.</summary>
public sealed record YesNoQuestion : QuestionNode
{
    /// <summary>Creates the node; <paramref name="ifNotSure"/> must be given exactly when the question allows "not sure".</summary>
    /// <param name="key">Stable node key.</param>
    /// <param name="source">The authority for this box.</param>
    /// <param name="question">A catalogued question of kind <see cref="AnswerKind.YesNo"/>.</param>
    /// <param name="ifYes">Edge for "yes".</param>
    /// <param name="ifNo">Edge for "no".</param>
    /// <param name="ifNotSure">Edge for "not-sure"; must carry an assumption.</param>
    public YesNoQuestion(string key, SourceRef source, Question question, Edge ifYes, Edge ifNo, Edge? ifNotSure = null)
        : base(new NodeKey(key), source, question)
    {
        if (question.Kind != AnswerKind.YesNo)
        {
            throw new ArgumentException($"Question {question.Key} is not a yes/no question.", nameof(question));
        }

        if (question.AllowsNotSure != (ifNotSure is not null))
        {
            throw new ArgumentException($"Node {key}: a not-sure edge is required exactly when {question.Key} allows not-sure.", nameof(ifNotSure));
        }

        IfYes = ifYes;
        IfNo = ifNo;
        IfNotSure = ifNotSure;
        var builder = ImmutableArray.CreateBuilder<Branch>(3);
        builder.Add(new Branch(AnswerValues.Yes, ifYes));
        builder.Add(new Branch(AnswerValues.No, ifNo));
        if (ifNotSure is not null)
        {
            builder.Add(new Branch(AnswerValues.NotSure, ifNotSure));
        }

        Branches = builder.ToImmutable();
    }

    /// <summary>Edge for "yes".</summary>
    public Edge IfYes { get; }

    /// <summary>Edge for "no".</summary>
    public Edge IfNo { get; }

    /// <summary>Edge for "not-sure", when allowed.</summary>
    public Edge? IfNotSure { get; }

    /// <inheritdoc />
    public override ImmutableArray<Branch> Branches { get; }

    /// <inheritdoc />
    public override Branch? BranchFor(string value) => value switch
    {
        AnswerValues.Yes => Branches[0],
        AnswerValues.No => Branches[1],
        AnswerValues.NotSure when IfNotSure is not null => Branches[2],
        _ => null,
    };
}
