using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// A node with its edge targets already looked up, built once when the <see cref="Flowchart"/> is
/// created, so the engine follows references instead of looking keys up on every step
/// (docs/performance.md).
/// </summary>
internal sealed class ResolvedNode
{
    private ResolvedNode?[] _targets = [];

    // Per branch, the text keys of the edge's notes (null where the edge has none), built once so the engine
    // allocates no key on a step (docs/localisation.md; docs/performance.md).
    private readonly string?[] _assumptionKeys;
    private readonly string?[] _caveatKeys;
    private readonly string?[] _limitationKeys;

    private ResolvedNode(Node node)
    {
        Node = node;
        Question = node as QuestionNode;
        Rule = node as RuleCheck;
        Outcome = node as Outcome;
        var branches = node.Branches;
        _assumptionKeys = new string?[branches.Length];
        _caveatKeys = new string?[branches.Length];
        _limitationKeys = new string?[branches.Length];
        for (var i = 0; i < branches.Length; i++)
        {
            var (value, edge) = (branches[i].Value, branches[i].Edge);
            _assumptionKeys[i] = edge.Assumption is null ? null : FlowchartTexts.AssumptionKey(node.Key, value);
            _caveatKeys[i] = edge.Caveat is null ? null : FlowchartTexts.CaveatKey(node.Key, value);
            _limitationKeys[i] = edge.Limitation is null ? null : FlowchartTexts.LimitationKey(node.Key, value);
        }
    }

    /// <summary>The node.</summary>
    public Node Node { get; }

    /// <summary>The node when it is a question (typed once here rather than on every step).</summary>
    public QuestionNode? Question { get; }

    /// <summary>The node when it is a rule check.</summary>
    public RuleCheck? Rule { get; }

    /// <summary>The node when it is an outcome.</summary>
    public Outcome? Outcome { get; }

    /// <summary>The target of <c>Node.Branches[branch]</c>, or null when the chart has no such node (the validator reports it).</summary>
    /// <param name="branch">Index into <see cref="Node.Branches"/>.</param>
    public ResolvedNode? Target(int branch) => _targets[branch];

    /// <summary>The target of <paramref name="branch"/>, one of this node's own branches; null as for <see cref="Target(int)"/>.</summary>
    /// <param name="branch">The branch taken, as returned by <see cref="QuestionNode.BranchFor"/>.</param>
    public ResolvedNode? Target(Branch branch) => _targets[IndexOf(branch)];

    /// <summary>The index in <c>Node.Branches</c> of <paramref name="branch"/>, one of this node's own branches.</summary>
    /// <param name="branch">The branch taken, as returned by <see cref="QuestionNode.BranchFor"/>.</param>
    public int IndexOf(Branch branch)
    {
        var branches = Node.Branches;
        for (var i = 0; i < branches.Length; i++)
        {
            if (ReferenceEquals(branches[i], branch))
            {
                return i;
            }
        }

        throw new ArgumentException($"The branch for '{branch.Value}' is not a branch of node {Node.Key}.", nameof(branch));
    }

    /// <summary>The assumption of edge <paramref name="branch"/> in the reader's language, or null.</summary>
    /// <param name="branch">Index into <see cref="Node.Branches"/>.</param>
    public string? Assumption(int branch) => FlowchartTexts.Get(_assumptionKeys[branch], Node.Branches[branch].Edge.Assumption);

    /// <summary>The caveat of edge <paramref name="branch"/> in the reader's language, or null.</summary>
    /// <param name="branch">Index into <see cref="Node.Branches"/>.</param>
    public string? Caveat(int branch) => FlowchartTexts.Get(_caveatKeys[branch], Node.Branches[branch].Edge.Caveat);

    /// <summary>The "Partial" limitation of edge <paramref name="branch"/> in the reader's language, or null.</summary>
    /// <param name="branch">Index into <see cref="Node.Branches"/>.</param>
    public string? Limitation(int branch) => FlowchartTexts.Get(_limitationKeys[branch], Node.Branches[branch].Edge.Limitation);

    /// <summary>Resolves every node of a chart; keyed like the chart's own index.</summary>
    /// <param name="nodes">The chart's nodes, keys unique.</param>
    public static Dictionary<string, ResolvedNode> ResolveAll(ImmutableArray<Node> nodes)
    {
        var resolved = new Dictionary<string, ResolvedNode>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            resolved.Add(node.Key.Value, new ResolvedNode(node));
        }

        foreach (var entry in resolved.Values)
        {
            var branches = entry.Node.Branches;
            var targets = new ResolvedNode?[branches.Length];
            for (var i = 0; i < branches.Length; i++)
            {
                targets[i] = resolved.GetValueOrDefault(branches[i].Edge.Target.Value);
            }

            entry._targets = targets;
        }

        return resolved;
    }
}
