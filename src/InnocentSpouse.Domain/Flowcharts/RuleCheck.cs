using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// A box the law computes rather than asks: calls a named C# rule method (date windows, the
/// streamlined test, the factor count). "Data where the IRS drew boxes, code where the law computes."
/// </summary>
public sealed record RuleCheck : Node
{
    /// <summary>Index in <see cref="Branches"/> of the edge taken when the rule holds.</summary>
    internal const int TrueBranch = 0;

    /// <summary>Index in <see cref="Branches"/> of the edge taken when it does not.</summary>
    internal const int FalseBranch = 1;

    /// <summary>Index in <see cref="Branches"/> of the edge taken when the rule cannot decide (present only with <see cref="IfUndecided"/>).</summary>
    internal const int UndecidedBranch = 2;

    /// <summary>The branch value of the undecided edge ("can't tell from these answers").</summary>
    public const string Undecided = "undecided";

    /// <summary>Creates the node.</summary>
    /// <param name="key">Stable node key.</param>
    /// <param name="source">The authority for the rule.</param>
    /// <param name="statement">The test in plain words, phrased so that "Yes" means <paramref name="ifTrue"/>.</param>
    /// <param name="evaluate">The rule method; may ask for a missing fact with <see cref="RuleAnswer.NeedFact"/>.</param>
    /// <param name="ifTrue">Edge when the rule holds.</param>
    /// <param name="ifFalse">Edge when it does not.</param>
    /// <param name="ifUndecided">
    /// Edge when the rule returns <see cref="RuleAnswer.Undecided"/> (the answers fit both results); required
    /// for every rule that can return it, and it must lead somewhere else than both other edges.
    /// </param>
    public RuleCheck(string key, SourceRef source, string statement, Func<RuleContext, RuleAnswer> evaluate, Edge ifTrue, Edge ifFalse, Edge? ifUndecided = null)
        : base(new NodeKey(key), source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        Statement = statement;
        StatementKey = FlowchartTexts.StatementKey(Key);
        Evaluate = evaluate;
        IfTrue = ifTrue;
        IfFalse = ifFalse;
        IfUndecided = ifUndecided;
        Branches = ifUndecided is null // TrueBranch, FalseBranch, UndecidedBranch
            ? [new Branch(AnswerValues.Yes, ifTrue), new Branch(AnswerValues.No, ifFalse)]
            : [new Branch(AnswerValues.Yes, ifTrue), new Branch(AnswerValues.No, ifFalse), new Branch(Undecided, ifUndecided)];
    }

    /// <summary>The test in plain words.</summary>
    public string Statement { get; }

    /// <summary>The text key of <see cref="Statement"/> in other languages: <c>reason.&lt;node-key&gt;.statement</c>.</summary>
    public string StatementKey { get; }

    /// <summary>The rule method.</summary>
    public Func<RuleContext, RuleAnswer> Evaluate { get; }

    /// <summary>Edge when the rule holds.</summary>
    public Edge IfTrue { get; }

    /// <summary>Edge when it does not.</summary>
    public Edge IfFalse { get; }

    /// <summary>Edge when the rule cannot decide from the answers given; null when the rule always decides.</summary>
    public Edge? IfUndecided { get; }

    /// <inheritdoc />
    public override ImmutableArray<Branch> Branches { get; }

    /// <inheritdoc />
    public override string Label => Statement;
}
