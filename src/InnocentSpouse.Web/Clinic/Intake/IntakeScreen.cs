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
    /// <summary>How many extra walks one screen may take to look ahead (each is one walk of the engine).</summary>
    public const int LookAheadBudget = 64;

    /// <summary>
    /// The screen for <paramref name="answers"/>: the section of the next question to answer, or
    /// <paramref name="section"/> when the helper goes back to one. It shows the section's answered questions on the path
    /// and, from the next question on, every question of the section the path reaches whatever the answers still to be
    /// given on this screen are (each yes/no or choice answer is tried; a date or a number ends the look ahead, as its
    /// value may decide the path). A question that only some answers bring appears after the POST (the screen again).
    /// Null when there is nothing to show: no tax years yet (<see cref="InterviewFlow.NeedsYears"/>), every question
    /// answered and no section asked for, or a section with no question on the path.
    /// </summary>
    /// <param name="answers">The case's answers.</param>
    /// <param name="asOf">Today (the app's calendar day).</param>
    /// <param name="section">A section to show again, or null for where the intake stands.</param>
    public static IntakeScreen? For(ScreeningAnswers answers, DateOnly asOf, InterviewSection? section = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var flow = InterviewFlow.Walk(answers, asOf);
        if (flow.NeedsYears)
        {
            return null;
        }

        var shown = section ?? flow.Next?.Question.Section;
        if (shown is not { } current)
        {
            return null;
        }

        var budget = LookAheadBudget;
        var questions = flow.Asked.Where(q => q.Question.Section == current).Concat(Ahead(answers, asOf, current, flow, ref budget)).ToImmutableArray();
        return questions.IsEmpty ? null : new IntakeScreen(current, questions, flow);
    }

    // The next question, if it is in the section, and the questions of the section that follow it on every branch its
    // possible answers take (in the first branch's order). A spent budget ends the look ahead early, which only shows fewer.
    private static List<AskedQuestion> Ahead(ScreeningAnswers answers, DateOnly asOf, InterviewSection section, InterviewFlow flow, ref int budget)
    {
        var found = new List<AskedQuestion>();
        if (flow.Next is not { } next || next.Question.Section != section)
        {
            return found;
        }

        found.Add(next);
        var question = next.Question;
        if (question.Kind is not (AnswerKind.YesNo or AnswerKind.Choice))
        {
            return found;
        }

        List<AskedQuestion>? common = null;
        foreach (var value in question.AllowedValues)
        {
            if (budget-- <= 0)
            {
                return found;
            }

            var probe = answers.With(question, value, next.TaxYear);
            var branch = Ahead(probe, asOf, section, InterviewFlow.Walk(probe, asOf), ref budget);
            common = common is null ? branch : [.. common.Where(a => branch.Any(b => b.Is(a.Question.Key.Value, a.TaxYear)))];
            if (common.Count == 0)
            {
                break;
            }
        }

        found.AddRange(common ?? []);
        return found;
    }

    /// <summary>The sections that have a question on the path (answered or next), in display order: the helper can go back to these.</summary>
    public static IReadOnlyList<InterviewSection> SectionsOnPath(InterviewFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var onPath = flow.Next is { } next ? flow.Asked.Add(next) : flow.Asked;
        return [.. InterviewSections.Ordered.Where(s => onPath.Any(q => q.Question.Section == s))];
    }
}
