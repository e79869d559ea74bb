using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// The one screening report every view renders (results page, check-answers page, shared page, API): built from
/// (answers, as-of date) with one evaluation, it holds per tax year every relief's outcome, reasons, caveats and
/// factor table and the deadlines that apply, plus the answers as asked, the next steps, the Pub. 971 revision and
/// the date checked, the evidence checklist and the Form 8857 worksheet. Views compute nothing of their own.
/// </summary>
/// <param name="AsOf">The date the answers were checked on (every deadline is counted as of this day).</param>
/// <param name="Revision">The pinned rules revision, e.g. "Pub. 971 (Rev. Dec. 2021)".</param>
/// <param name="NextQuestion">The next unanswered question, or null when the screening is complete.</param>
/// <param name="TaxYears">Every tax year screened, ascending (an incomplete report has <see cref="Years"/> only up to the year being asked about).</param>
/// <param name="Years">Per tax year, ascending: the reliefs concluded so far and the deadlines.</param>
/// <param name="Answers">The questions asked with their answers, in the order asked (household and per-year questions interleaved).</param>
/// <param name="NextSteps">What to do next, from the outcomes, each with its sources.</param>
/// <param name="Form8857">The Form 8857 worksheet, built from the answers as asked only (<see cref="Form8857Worksheet"/>).</param>
/// <param name="Evidence">What to gather and send with Form 8857, from the answers used (<see cref="EvidenceChecklist"/>); empty until the screening is complete.</param>
public sealed record ScreeningReport(
    DateOnly AsOf,
    string Revision,
    NextQuestion? NextQuestion,
    ImmutableArray<int> TaxYears,
    ImmutableArray<YearReport> Years,
    ImmutableArray<AnsweredQuestion> Answers,
    ImmutableArray<NextStep> NextSteps,
    ImmutableArray<EvidenceItem> Evidence,
    Form8857Worksheet Form8857)
{
    /// <summary>True when every relief for every year has an outcome.</summary>
    public bool IsComplete => NextQuestion is null;

    /// <summary>The household questions asked (asked once for all years), in order.</summary>
    public IEnumerable<AnsweredQuestion> HouseholdAnswers => Answers.Where(a => a.TaxYear is null);

    /// <summary>The questions asked for <paramref name="taxYear"/>, in order.</summary>
    /// <param name="taxYear">The tax year.</param>
    public IEnumerable<AnsweredQuestion> AnswersFor(int taxYear) => Answers.Where(a => a.TaxYear == taxYear);

    /// <summary>The year's part of the report, or null when the year is not screened.</summary>
    /// <param name="taxYear">The tax year.</param>
    public YearReport? Year(int taxYear) => Years.FirstOrDefault(y => y.TaxYear == taxYear);

    /// <summary>
    /// Builds the report from the answers the way the interview reads them, with one evaluation
    /// (<see cref="ScreeningEngine.WalkAsAsked(ScreeningAnswers, DateOnly)"/>): an answer counts once its question is asked
    /// on the path, so the same answers give the same report in the interview, the API and every other view, and the
    /// answers as asked are the walk's path.
    /// </summary>
    /// <param name="answers">The answers; those on the path must pass <see cref="ScreeningAnswersValidator"/>.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="ArgumentException">A tax year is out of range, or an answer on the path is not allowed.</exception>
    public static ScreeningReport Build(ScreeningAnswers answers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var walk = ScreeningEngine.WalkAsAsked(answers, asOf);
        return From(walk.Result, walk.Asked.Select(a => (a.Question, a.TaxYear)), answers);
    }

    /// <summary>
    /// The report for a result already evaluated, with the path the interview asked (the Web interview walks the saved
    /// answers as asked; this evaluates nothing again).
    /// </summary>
    /// <param name="result">The engine's result for <paramref name="answers"/>.</param>
    /// <param name="asked">The questions asked that have answers, in order: (question, tax year or null for household).</param>
    /// <param name="answers">The saved answers.</param>
    public static ScreeningReport From(ScreeningResult result, IEnumerable<(Question Question, int? TaxYear)> asked, ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(answers);
        var answered = ImmutableArray.CreateBuilder<AnsweredQuestion>();
        foreach (var (question, taxYear) in asked)
        {
            if (answers.Get(question, taxYear ?? 0) is { } value)
            {
                answered.Add(new AnsweredQuestion(question, question.Scope == QuestionScope.Household ? null : taxYear, value, question.Display(value)));
            }
        }

        var answersAsked = answered.ToImmutable();

        // Only the answers the person was asked reach the worksheet: it states every answer it is given as a fact, so an
        // answer left on a branch no longer taken must not reach it.
        ImmutableArray<int> taxYears = [.. answers.TaxYears];
        var asAsked = AnswerIndex.Of(taxYears, answersAsked);
        var years = ImmutableArray.CreateBuilder<YearReport>(result.Years.Length);
        foreach (var year in result.Years)
        {
            var askedDate = asAsked.Get(QuestionCatalog.FirstCollectionDate, year.TaxYear) is not null;
            years.Add(new YearReport(year.TaxYear, year.Reliefs, YearDeadlines.For(answers, year.TaxYear, askedDate, result.AsOf)));
        }

        return new ScreeningReport(result.AsOf, result.Revision, result.NextQuestion, taxYears, years.MoveToImmutable(), answersAsked, NextStepCatalog.For(result),
            result.IsComplete ? EvidenceChecklist.For(answers, result) : [],
            Form8857Worksheet.For(asAsked, result));
    }
}
