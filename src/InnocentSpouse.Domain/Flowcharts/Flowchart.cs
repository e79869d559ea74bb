using System.Collections.Frozen;
using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>One figure or route, defined once as data: its nodes, where it starts, and the relief it screens.</summary>
public sealed record Flowchart
{
    private readonly FrozenDictionary<string, Node> _index;

    /// <summary>Creates the chart. Shape rules are checked by <see cref="FlowchartValidator"/> when the catalog loads.</summary>
    /// <param name="id">Stable kebab-case id, also the docs file name (docs/rules/{id}.md).</param>
    /// <param name="title">Human title, e.g. "Figure A: Innocent spouse relief, IRC §6015(b)".</param>
    /// <param name="relief">The relief this chart decides.</param>
    /// <param name="source">The authority for the chart as a whole.</param>
    /// <param name="start">The first node.</param>
    /// <param name="nodes">All nodes; keys must be unique.</param>
    public Flowchart(string id, string title, ReliefType relief, SourceRef source, string start, IEnumerable<Node> nodes)
    {
        KebabCase.Guard(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Title = title;
        Relief = relief;
        Source = source;
        Start = new NodeKey(start);
        Nodes = [.. nodes];
        var duplicates = Nodes.GroupBy(n => n.Key).Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException($"Flowchart {id} repeats node keys: {string.Join(", ", duplicates)}.", nameof(nodes));
        }

        _index = Nodes.ToFrozenDictionary(n => n.Key.Value, StringComparer.Ordinal);
        Root = ResolvedNode.ResolveAll(Nodes).GetValueOrDefault(Start.Value);
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>Human title.</summary>
    public string Title { get; }

    /// <summary>The relief this chart decides.</summary>
    public ReliefType Relief { get; }

    /// <summary>The authority for the chart as a whole.</summary>
    public SourceRef Source { get; }

    /// <summary>The first node.</summary>
    public NodeKey Start { get; }

    /// <summary>The start node with every edge target resolved to a node reference; null when the start node is missing.</summary>
    internal ResolvedNode? Root { get; }

    /// <summary>All nodes, in definition order.</summary>
    public ImmutableArray<Node> Nodes { get; }

    /// <summary>Finds a node by key.</summary>
    /// <param name="key">The node key.</param>
    /// <param name="node">The node, when found.</param>
    public bool TryGetNode(NodeKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? node) => _index.TryGetValue(key.Value, out node);

    /// <summary>Finds a node by key; throws when unknown.</summary>
    /// <param name="key">The node key.</param>
    public Node this[NodeKey key] => _index.TryGetValue(key.Value, out var node) ? node : throw new KeyNotFoundException($"Flowchart {Id} has no node {key}.");
}
