using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>A node that asks the user one catalogued <see cref="Interview.Question"/>.</summary>
/// <param name="Key">Stable key, unique inside its flowchart.</param>
/// <param name="Source">The authority for this box.</param>
/// <param name="Question">The catalogued question; its prompt is shared by every node that asks the same fact.</param>
public abstract record QuestionNode(NodeKey Key, SourceRef Source, Question Question) : Node(Key, Source)
{
    /// <inheritdoc />
    public override string Label => Question.Prompt;

    /// <summary>The branch taken for a stored answer value, or null when the value has no branch.</summary>
    /// <param name="value">The stored invariant answer value.</param>
    public abstract Branch? BranchFor(string value);
}
