using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// One box of a flowchart. Sealed subtypes: <see cref="YesNoQuestion"/>, <see cref="ChoiceQuestion"/>,
/// <see cref="FactQuestion"/>, <see cref="RuleCheck"/> and <see cref="Outcome"/>.
/// </summary>
/// <param name="Key">Stable key, unique inside its flowchart.</param>
/// <param name="Source">The authority for this box (Pub. 971 figure and box, IRC section, Rev. Proc. section or case).</param>
public abstract record Node(NodeKey Key, SourceRef Source)
{
    /// <summary>Every answer this node accepts and where it leads; empty for an <see cref="Outcome"/>.</summary>
    public abstract ImmutableArray<Branch> Branches { get; }

    /// <summary>The text shown for this node in diagrams and reasons.</summary>
    public abstract string Label { get; }
}
