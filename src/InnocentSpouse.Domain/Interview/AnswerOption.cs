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

    /// <summary>
    /// The option as a helper reads it in assisted mode, about "your client" ("Yes, they signed a joint return"), in the
    /// reader's language (key <see cref="AssistedTextKey"/>). When the option has no assisted text of its own
    /// (<see cref="AssistedTextKey"/> is null) this is <see cref="Label"/>: <see cref="Question"/> allows that only for a
    /// label with no first or second person in it ("Yes", "Divorced"), and refuses to build the question otherwise.
    /// </summary>
    public string AssistedLabel => AssistedTextKey is null || AssistedEnglish is null ? Label : DomainText.Get(AssistedTextKey, AssistedEnglish);

    /// <summary>The assisted text's key, <c>question.&lt;key&gt;.assisted.option.&lt;value&gt;</c>; null when the option reads the same for a helper.</summary>
    public string? AssistedTextKey { get; init; }

    /// <summary>The assisted text's English as the catalog writes it; null when the option reads the same for a helper.</summary>
    internal string? AssistedEnglish { get; init; }
}
