using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// The words the assisted intake shows a clinic's helper, in one place: the question's prompt, hint and option labels
/// and the section names. Until the Domain's assisted wording lands (Question.AssistedPrompt, issue 14), these are the
/// public texts; switching is an edit here only.
/// </summary>
public static class AssistedText
{
    /// <summary>The question as the helper asks it.</summary>
    public static string Prompt(Question question) => question.Prompt;

    /// <summary>The hint for the helper; empty when there is none.</summary>
    public static string Hint(Question question) => question.Hint;

    /// <summary>An option's label for the helper.</summary>
    public static string Option(AnswerOption option) => option.Label;

    /// <summary>The section's name for the helper.</summary>
    public static string Section(InterviewSection section) => SectionText.Name(section);
}
