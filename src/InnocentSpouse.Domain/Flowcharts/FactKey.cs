namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// The stable, kebab-case name of one fact the interview collects (e.g. <c>filed-joint-return</c>).
/// It is the question's URL slug, the JSON API field name and the key in stored sessions, so a key is
/// never renamed once published (docs/question-keys.md).
/// </summary>
public readonly record struct FactKey
{
    /// <summary>Creates a key after checking it is lower-case kebab-case.</summary>
    /// <param name="value">The key text, e.g. <c>filed-joint-return</c>.</param>
    public FactKey(string value)
    {
        KebabCase.Guard(value, nameof(value));
        Value = value;
    }

    /// <summary>The key text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
