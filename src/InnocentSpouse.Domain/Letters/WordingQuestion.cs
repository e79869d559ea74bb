namespace InnocentSpouse.Domain.Letters;

/// <summary>
/// A yes/no question about a letter's wording, used when its number is missing or unconfirmed
/// (letters-deadlines.md §0 rule 7, §2.3).
/// </summary>
/// <param name="Id">Stable id, e.g. "preliminary-determination".</param>
/// <param name="Text">The question, e.g. "Does your letter say preliminary determination?".</param>
/// <param name="Hint">Where to look or what the words might be.</param>
public sealed record WordingQuestion(string Id, string Text, string Hint);

/// <summary>A user's answer to a <see cref="WordingQuestion"/>.</summary>
public enum WordingAnswer
{
    /// <summary>Not answered or not sure: the question does not narrow the list.</summary>
    NotSure = 0,

    /// <summary>The letter has that wording.</summary>
    Yes,

    /// <summary>The letter does not have that wording.</summary>
    No,
}
