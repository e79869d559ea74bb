using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Interview;

/// <summary>The name of an <see cref="InterviewSection"/> as the progress list shows it, in the reader's language.</summary>
public static class SectionText
{
    /// <summary>The section's text key, <c>section.&lt;kebab-case name&gt;</c> (docs/localisation.md).</summary>
    /// <param name="section">The section.</param>
    public static string Key(InterviewSection section) => section switch
    {
        InterviewSection.Returns => "section.returns",
        InterviewSection.Situation => "section.situation",
        InterviewSection.Knowledge => "section.knowledge",
        InterviewSection.Finances => "section.finances",
        InterviewSection.LettersAndDates => "section.letters-and-dates",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>The section's name, in <paramref name="culture"/> (the current UI culture when null).</summary>
    /// <param name="section">The section.</param>
    /// <param name="culture">The reader's culture.</param>
    public static string Name(InterviewSection section, System.Globalization.CultureInfo? culture = null) => DomainText.Get(Key(section), section switch
    {
        InterviewSection.Returns => "Your return(s)",
        InterviewSection.Situation => "Your situation",
        InterviewSection.Knowledge => "What you knew",
        InterviewSection.Finances => "Your finances",
        InterviewSection.LettersAndDates => "Letters and dates",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    }, culture);

    /// <summary>
    /// The key of the section's name in assisted mode (issue 14), <c>section.&lt;kebab-case name&gt;.assisted</c>, for a
    /// section whose public name speaks to the reader ("Your finances"); null where the public name reads the same for a
    /// clinic's helper ("Letters and dates").
    /// </summary>
    /// <param name="section">The section.</param>
    public static string? AssistedKey(InterviewSection section) => AssistedEnglish(section) is null ? null : Key(section) + ".assisted";

    /// <summary>
    /// The section's name as assisted mode's one-screen-per-section view shows it to a clinic's helper ("Your client's
    /// finances"), in <paramref name="culture"/>; <see cref="Name"/> where the public name has no "you" or "your" in it.
    /// </summary>
    /// <param name="section">The section.</param>
    /// <param name="culture">The reader's culture.</param>
    public static string AssistedName(InterviewSection section, System.Globalization.CultureInfo? culture = null) =>
        AssistedEnglish(section) is { } english ? DomainText.Get(AssistedKey(section)!, english, culture) : Name(section, culture);

    private static string? AssistedEnglish(InterviewSection section) => section switch
    {
        InterviewSection.Returns => "Your client's return(s)",
        InterviewSection.Situation => "Your client's situation",
        InterviewSection.Knowledge => "What your client knew",
        InterviewSection.Finances => "Your client's finances",
        InterviewSection.LettersAndDates => null,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
