using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Interview;

namespace InnocentSpouse.Web.Tests.Clinic.Intake;

/// <summary>
/// Plays a truth table through the public interview's walk one question at a time (as the question pages ask), with
/// the drivers' defaults for questions a table leaves out: the first option, "2025-09-15" for a date, "2" for a number.
/// </summary>
internal static class IntakePlay
{
    public static string ValueFor(IReadOnlyDictionary<string, string> truth, Question question, int? taxYear) =>
        (taxYear is { } y && truth.TryGetValue($"{y}:{question.Key.Value}", out var perYear) ? perYear : null)
        ?? truth.GetValueOrDefault(question.Key.Value)
        ?? (question.Kind is AnswerKind.YesNo or AnswerKind.Choice ? question.AllowedValues[0]
            : question.Kind == AnswerKind.Date ? "2025-09-15" : "2");

    /// <summary>The answers after playing <paramref name="truth"/> until <paramref name="stop"/> says so (or the end).</summary>
    public static ScreeningAnswers Play(IReadOnlyDictionary<string, string> truth, DateOnly asOf, int year, Func<AskedQuestion, bool>? stop = null)
    {
        var answers = ScreeningAnswers.ForYears(year);
        for (var i = 0; i < 300; i++)
        {
            if (InterviewFlow.Walk(answers, asOf).Next is not { } next || stop?.Invoke(next) == true)
            {
                return answers;
            }

            answers = answers.With(next.Question, ValueFor(truth, next.Question, next.TaxYear), next.TaxYear);
        }

        throw new InvalidOperationException("The walk did not end.");
    }
}
