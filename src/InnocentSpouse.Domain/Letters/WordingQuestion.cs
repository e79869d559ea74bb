using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Letters;

/// <summary>
/// A yes/no question about a letter's wording, used when its number is missing or unconfirmed
/// (letters-deadlines.md §0 rule 7, §2.3).
/// </summary>
/// <param name="Id">Stable id, e.g. "preliminary-determination".</param>
/// <param name="Text">The question, e.g. "Does your letter say preliminary determination?".</param>
/// <param name="Hint">Where to look or what the words might be.</param>
public sealed record WordingQuestion(string Id, string Text, string Hint)
{
    private readonly string _text = Text;
    private readonly string _hint = Hint;

    /// <summary>The question in the current UI culture (key <c>letter.wording.&lt;id&gt;.text</c>).</summary>
    public string Text { get => DomainText.Get($"letter.wording.{Id}.text", _text); init => _text = value; }

    /// <summary>The hint in the current UI culture (key <c>letter.wording.&lt;id&gt;.hint</c>).</summary>
    public string Hint { get => DomainText.Get($"letter.wording.{Id}.hint", _hint); init => _hint = value; }

    /// <summary>The text keys with their English, for the completeness tests.</summary>
    public IEnumerable<(string Key, string English)> TextKeys() =>
        [($"letter.wording.{Id}.text", _text), ($"letter.wording.{Id}.hint", _hint)];
}

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
