using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Report;

/// <summary>
/// Realistic answer sets for the checklist: the interview is played from a "truth" the way the Web edge plays it, so
/// the answers hold only what was asked (a question the truth does not answer gets its first option, as in
/// tests/Shared/Truths.cs).
/// </summary>
internal static class EvidenceInterview
{
    /// <summary>Plays the interview from <paramref name="truth"/> and returns the answers as asked and their complete result.</summary>
    public static (ScreeningAnswers Answers, ScreeningResult Result) Play(ScreeningAnswers truth, DateOnly? asOf = null)
    {
        var answers = ScreeningAnswers.Empty;
        foreach (var year in truth.TaxYears)
        {
            answers = answers.WithTaxYear(year);
        }

        for (var i = 0; i < 500; i++)
        {
            var result = Scenario.Evaluate(answers, asOf);
            if (result.NextQuestion is not { } next)
            {
                return (answers, result);
            }

            var value = truth.Get(next.Question, next.TaxYear ?? 0)
                ?? (next.Question.Options.IsEmpty
                    ? throw new InvalidOperationException($"The interview asked {next.Question.Key}, which has no first option and is not in the truth.")
                    : next.Question.Options[0].Value);
            answers = answers.With(next.Question, value, next.TaxYear);
        }

        throw new InvalidOperationException("The interview did not finish.");
    }
}
