using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Interview;

/// <summary>One allowed value of a yes/no or choice question.</summary>
/// <param name="Value">The invariant value stored and sent over the API, e.g. "divorced".</param>
/// <param name="Label">What the user sees, in plain language (English; <see cref="Label"/> reads it in the reader's language).</param>
/// <param name="Hint">Optional extra help for this option.</param>
public sealed record AnswerOption(string Value, string Label, string? Hint = null)
{
    /// <summary>What the user sees, in the reader's language (key <see cref="TextKey"/>), English when there is no key.</summary>
    public string Label
    {
        get => TextKey is null ? field : DomainText.Get(TextKey, field);
        init;
    } = Label;

    /// <summary>The option's text key, <c>question.&lt;key&gt;.option.&lt;value&gt;</c>; set by <see cref="Question"/>.</summary>
    public string? TextKey { get; init; }
}
