using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Interview;

/// <summary>The section names shown to users. Which section a question is in is <see cref="Question.Section"/> (Domain).</summary>
public static class InterviewSections
{
    /// <summary>Sections in display order.</summary>
    public static IReadOnlyList<InterviewSection> Ordered { get; } = Enum.GetValues<InterviewSection>();

    /// <summary>The section's name as shown in the progress list, in the reader's language (<see cref="SectionText"/>).</summary>
    public static string Name(InterviewSection section) => SectionText.Name(section);
}
