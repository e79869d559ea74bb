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
}
