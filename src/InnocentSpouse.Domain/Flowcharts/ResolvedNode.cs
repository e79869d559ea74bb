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

    private ResolvedNode(Node node)
    {
        Node = node;
        Question = node as QuestionNode;
        Rule = node as RuleCheck;
        Outcome = node as Outcome;
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
    public ResolvedNode? Target(Branch branch)
    {
        var branches = Node.Branches;
        for (var i = 0; i < branches.Length; i++)
        {
            if (ReferenceEquals(branches[i], branch))
            {
                return _targets[i];
            }
        }

        throw new ArgumentException($"The branch for '{branch.Value}' is not a branch of node {Node.Key}.", nameof(branch));
    }

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
