using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// The words the assisted intake shows a clinic's helper, in one place: the Domain's assisted wording of each question
/// (about "your client": <see cref="Question.AssistedPrompt"/>, <see cref="Question.AssistedHint"/>,
/// <see cref="AnswerOption.AssistedLabel"/>) and the sections' assisted names (<see cref="SectionText.AssistedName"/>),
/// in the reader's language.
/// </summary>
public static class AssistedText
{
    /// <summary>The question as the helper asks it.</summary>
    public static string Prompt(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.AssistedPrompt;
    }

    /// <summary>The hint for the helper; empty when there is none.</summary>
    public static string Hint(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.AssistedHint;
    }

    /// <summary>An option's label for the helper.</summary>
    public static string Option(AnswerOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.AssistedLabel;
    }

    /// <summary>The section's name for the helper.</summary>
    public static string Section(InterviewSection section) => SectionText.AssistedName(section);
}
