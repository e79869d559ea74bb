using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Interview;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// One screen of the assisted intake: a section of the interview (<see cref="Question.Section"/>) with every question of
/// that section on the walked path for the answers so far (answered ones and the next one), in the order the public
/// interview asks them. The path is the public interview's own (<see cref="InterviewFlow.Walk"/>, the Domain's
/// <c>ScreeningEngine.WalkAsAsked</c>), so both ask the same questions for the same answers.
/// </summary>
/// <param name="Section">The section shown.</param>
/// <param name="Questions">The section's questions on the path, in the order asked.</param>
/// <param name="Flow">The walk the screen was made from.</param>
public sealed record IntakeScreen(InterviewSection Section, ImmutableArray<AskedQuestion> Questions, InterviewFlow Flow)
{
    /// <summary>
    /// The screen for <paramref name="answers"/>: the section of the next question to answer, or
    /// <paramref name="section"/> when the helper goes back to one. Null when there is nothing to show: no tax years yet
    /// (<see cref="InterviewFlow.NeedsYears"/>), or every question answered and no section asked for, or a section with
    /// no question on the path.
    /// </summary>
    /// <param name="answers">The case's answers.</param>
    /// <param name="asOf">Today (the app's calendar day).</param>
    /// <param name="section">A section to show again, or null for where the intake stands.</param>
    public static IntakeScreen? For(ScreeningAnswers answers, DateOnly asOf, InterviewSection? section = null) =>
        For(InterviewFlow.Walk(answers, asOf), section);

    /// <summary>The screen for an already walked path (see <see cref="For(ScreeningAnswers, DateOnly, InterviewSection?)"/>).</summary>
    public static IntakeScreen? For(InterviewFlow flow, InterviewSection? section = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (flow.NeedsYears)
        {
            return null;
        }

        var shown = section ?? flow.Next?.Question.Section;
        if (shown is not { } current)
        {
            return null;
        }

        var onPath = flow.Next is { } next ? flow.Asked.Add(next) : flow.Asked;
        var questions = onPath.Where(q => q.Question.Section == current).ToImmutableArray();
        return questions.IsEmpty ? null : new IntakeScreen(current, questions, flow);
    }

    /// <summary>The sections that have a question on the path (answered or next), in display order: the helper can go back to these.</summary>
    public static IReadOnlyList<InterviewSection> SectionsOnPath(InterviewFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var onPath = flow.Next is { } next ? flow.Asked.Add(next) : flow.Asked;
        return [.. InterviewSections.Ordered.Where(s => onPath.Any(q => q.Question.Section == s))];
    }
}
