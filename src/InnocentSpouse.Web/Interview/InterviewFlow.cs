using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Interview;

/// <summary>One question as asked: the question and, for per-year questions, the tax year.</summary>
public sealed record AskedQuestion(Question Question, int? TaxYear)
{
    /// <summary>The page for this question: <c>/interview/q/{key}</c> or <c>/interview/{year}/q/{key}</c>.</summary>
    public string Url => InterviewFlow.QuestionUrl(Question.Key.Value, TaxYear);

    /// <summary>True when this is the same question for the same year.</summary>
    public bool Is(string key, int? taxYear) => Question.Key.Value == key && TaxYear == taxYear;
}

/// <summary>
/// The walked path of an interview, recomputed from the saved answers: which questions were asked, in
/// order, and where the interview stands now. The engine re-walks from the start, so a changed answer
/// simply yields a new path; answers on other branches stay saved but unused.
/// </summary>
/// <param name="Asked">Questions on the current path that have answers, in the order they were asked.</param>
/// <param name="Result">The engine's result for all the answers: the next question, or the conclusion.</param>
public sealed record InterviewFlow(ImmutableArray<AskedQuestion> Asked, ScreeningResult Result)
{
    /// <summary>The first page of the interview (choosing tax years).</summary>
    public const string YearsUrl = "/interview/years";

    /// <summary>The check-your-answers page.</summary>
    public const string CheckAnswersUrl = "/interview/check-answers";

    /// <summary>The results page.</summary>
    public const string ResultsUrl = "/interview/results";

    /// <summary>The Form 8857 worksheet page, from the results.</summary>
    public const string WorksheetUrl = "/interview/worksheet";

    /// <summary>True when no tax year has been chosen yet: the years page comes first.</summary>
    public bool NeedsYears => Result.Years.IsEmpty;

    /// <summary>True when every question on the path is answered.</summary>
    public bool IsComplete => !NeedsYears && Result.NextQuestion is null;

    /// <summary>The question waiting for an answer, or null when the interview is complete.</summary>
    public AskedQuestion? Next => Result.NextQuestion is { } next ? new AskedQuestion(next.Question, next.TaxYear) : null;

    /// <summary>Where the user should be now: the next question, or check-your-answers when complete.</summary>
    public string CurrentUrl => NeedsYears ? YearsUrl : Next?.Url ?? CheckAnswersUrl;

    /// <summary>
    /// Walks the engine once over the saved answers, the way the interview asks them: an answer counts only
    /// once its question is asked on the path (<see cref="ScreeningEngine.WalkAsAsked(ScreeningAnswers, DateOnly)"/>).
    /// </summary>
    public static InterviewFlow Walk(ScreeningAnswers saved, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Years.IsEmpty)
        {
            return new InterviewFlow([], new ScreeningResult(asOf, FlowchartCatalog.Pub971Dec2021.Revision, null, []));
        }

        var walk = ScreeningEngine.WalkAsAsked(saved, asOf);
        var asked = ImmutableArray.CreateBuilder<AskedQuestion>(walk.Asked.Length);
        foreach (var question in walk.Asked)
        {
            asked.Add(new AskedQuestion(question.Question, question.TaxYear));
        }

        return new InterviewFlow(asked.MoveToImmutable(), walk.Result);
    }

    /// <summary>True when the question is on the current path (answered) or is the next one to answer.</summary>
    public bool CanShow(string key, int? taxYear) =>
        Asked.Any(a => a.Is(key, taxYear)) || Next?.Is(key, taxYear) == true;

    /// <summary>The page before this question on the walked path (the years page before the first question).</summary>
    public string BackFrom(string key, int? taxYear)
    {
        var index = Asked.ToList().FindIndex(a => a.Is(key, taxYear));
        if (index < 0)
        {
            index = Asked.Length;
        }

        return index == 0 ? YearsUrl : Asked[index - 1].Url;
    }

    /// <summary>The page for a question.</summary>
    public static string QuestionUrl(string key, int? taxYear) =>
        taxYear is { } year ? $"/interview/{year}/q/{key}" : $"/interview/q/{key}";
}
