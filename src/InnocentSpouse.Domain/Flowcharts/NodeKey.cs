namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// The stable, kebab-case identifier of a node inside one flowchart (e.g. <c>a-knew-of-item</c>).
/// </summary>
/// <remarks>
/// IRS box numbers change between revisions of Pub. 971, so they are kept in <see cref="Node.Source"/>
/// as citations and never used as keys (style.md §2).
/// </remarks>
public readonly record struct NodeKey
{
    /// <summary>Creates a key after checking it is lower-case kebab-case.</summary>
    /// <param name="value">The key text, e.g. <c>a-knew-of-item</c>.</param>
    public NodeKey(string value)
    {
        KebabCase.Guard(value, nameof(value));
        Value = value;
    }

    /// <summary>The key text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
