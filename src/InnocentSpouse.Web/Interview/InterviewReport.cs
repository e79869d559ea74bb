using InnocentSpouse.Domain.Report;

namespace InnocentSpouse.Web.Interview;

/// <summary>The screening report of the current interview, from the path it already walked (nothing is evaluated again).</summary>
public static class InterviewReport
{
    /// <summary>The one report the results, check-answers and shared pages render.</summary>
    /// <param name="state">The loaded interview.</param>
    public static ScreeningReport Report(this InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ScreeningReport.From(state.Flow.Result, state.Flow.Asked.Select(a => (a.Question, a.TaxYear)), state.Session.Answers);
    }
}
