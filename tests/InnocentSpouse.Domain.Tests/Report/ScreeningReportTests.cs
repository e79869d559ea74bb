using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Report;

/// <summary>The one report: one evaluation, the calculator's deadlines, the answers as asked, sourced next steps.</summary>
public class ScreeningReportTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    private static ScreeningAnswers AnswersOf(string name, params int[] years) =>
        ExpectedResults.AnswersFor(Truths.All().Single(t => t.Name == name).Answers, years);

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Build_TruthTable_HoldsTheEnginesResultForEveryYearAndRelief(string truth)
    {
        var answers = AnswersOf(truth, 2021, 2022);
        var engine = ScreeningEngine.Evaluate(answers, AsOf);

        var report = ScreeningReport.Build(answers, AsOf);

        Assert.True(report.IsComplete);
        Assert.Equal(AsOf, report.AsOf);
        Assert.Equal(engine.Revision, report.Revision);
        Assert.Equal(Flatten(engine.Years.Select(y => (y.TaxYear, y.Reliefs))), Flatten(report.Years.Select(y => (y.TaxYear, y.Reliefs))));
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Build_TruthTable_DeadlinesAreTheCalculatorsWhenThePathAskedTheCollectionDate(string truth)
    {
        var answers = AnswersOf(truth, 2021);
        var report = ScreeningReport.Build(answers, AsOf);
        var asked = report.Answers.Any(a => a.Is(QuestionCatalog.FirstCollectionDate.Key.Value, 2021));
        var type = TwoYearClockEvent.EventFor(answers.Get(QuestionCatalog.FirstCollectionAction, 2021), answers.Get(QuestionCatalog.OffsetNoticeDescribedRelief, 2021));
        var date = DateOnly.Parse(answers.Get(QuestionCatalog.FirstCollectionDate, 2021)!, CultureInfo.InvariantCulture);
        var expected = asked ? DeadlineCalculator.For(new DeadlineEvent(type!.Value, date), AsOf) : [];

        Assert.Equal(Describe(expected), Describe(report.Year(2021)!.Deadlines));
        Assert.Equal(truth != "figure-c", asked);
    }

    [Fact]
    public void Build_CollectionDateGivenAsMonth_CountsFromTheMonthLikeTheCalculator()
    {
        var answers = AnswersOf("figure-a", 2021).WithYear(2021, QuestionCatalog.FirstCollectionDate.Key.Value, "2025-09");
        var expected = DeadlineCalculator.ForMonth(DeadlineEventType.FirstCollectionActivity, new DateOnly(2025, 9, 1), AsOf);

        var report = ScreeningReport.Build(answers, AsOf);

        Assert.Equal(Describe(expected), Describe(report.Year(2021)!.Deadlines));
    }

    [Theory]
    [InlineData("intent-to-levy-cp504")]
    [InlineData("lien-hearing-notice")]
    [InlineData("not-sure")]
    public void Build_ActionThatMayNotStartTheTwoYearClock_ShowsNoLastDay(string action)
    {
        Assert.Contains(action, QuestionCatalog.FirstCollectionAction.Options.Select(o => o.Value));
        var answers = AnswersOf("figure-a", 2021).WithYear(2021, QuestionCatalog.FirstCollectionAction.Key.Value, action);

        var report = ScreeningReport.Build(answers, AsOf);

        Assert.Empty(report.Year(2021)!.Deadlines);
    }

    [Fact]
    public void Build_NotAJointReturn_ShowsNoDeadlineEvenWithACollectionDateGiven()
    {
        var answers = AnswersOf("figure-a", 2021).WithYear(2021, QuestionCatalog.FiledJointReturn.Key.Value, "separate");

        var report = ScreeningReport.Build(answers, AsOf);

        Assert.Empty(DeadlineIds(report));
    }

    [Fact]
    public void From_InterviewPath_ListsAnswersInTheOrderAskedWithHouseholdQuestionsOnce()
    {
        var answers = AnswersOf("figure-a", 2021, 2022);
        var engine = ScreeningEngine.Evaluate(answers, AsOf);
        (Question, int?)[] asked =
        [
            (QuestionCatalog.RefundKept, 2021), (QuestionCatalog.MaritalStatus, null), (QuestionCatalog.FirstCollectionDate, 2021),
            (QuestionCatalog.RefundKept, 2022),
        ];

        var report = ScreeningReport.From(engine, asked, answers);

        Assert.Equal(
            ["2021 refund-kept No refund was kept", "household marital-status Divorced", "2021 first-collection-date 2025-09-15", "2022 refund-kept No refund was kept"],
            report.Answers.Select(a => $"{a.TaxYear?.ToString(CultureInfo.InvariantCulture) ?? "household"} {a.Question.Key} {a.Answer}"));
    }

    [Fact]
    public void Build_TwoYears_ListsEachHouseholdAnswerOnceAndTheDateForEachYear()
    {
        var report = ScreeningReport.Build(AnswersOf("figure-a", 2021, 2022), AsOf);

        Assert.Single(report.Answers, a => a.Question == QuestionCatalog.MaritalStatus);
        Assert.Equal([2021, 2022], report.Answers.Where(a => a.Question == QuestionCatalog.FirstCollectionDate).Select(a => a.TaxYear!.Value));
        Assert.Equal([2021, 2022], report.TaxYears.AsEnumerable());
    }

    [Fact]
    public void NextSteps_EveryStep_CitesALinkedSourceOrSaysItIsAnEstimate()
    {
        Assert.All(NextStepCatalog.All, step =>
        {
            if (step.IsEstimate)
            {
                Assert.Empty(step.Sources);
                Assert.Contains("estimate", step.Text, StringComparison.Ordinal);
            }
            else
            {
                Assert.NotEmpty(step.Sources);
                Assert.All(step.Sources, s => Assert.StartsWith("https://", s.Link, StringComparison.Ordinal));
            }
        });
        Assert.Equal(NextStepCatalog.All.Length, NextStepCatalog.All.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void NextSteps_AppealAndTaxCourtPeriods_AreTheDaysTheCalculatorCounts()
    {
        var appeal = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.PreliminaryDetermination, AsOf)).Single(d => d.Id == "form-12509");
        var petition = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.FinalDetermination, AsOf)).Single(d => d.Id == "tax-court-6015");
        var sixMonths = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.ReliefRequestFiled, AsOf)).Single(d => d.Id == "six-month-rule");

        Assert.Equal(DeadlineCalculator.Form12509AppealDays, appeal.Working.DayNumber);
        Assert.Equal(DeadlineCalculator.TaxCourtPetitionDays, petition.Working.DayNumber);
        Assert.Equal(AsOf.AddMonths(DeadlineCalculator.NoDeterminationMonths), sixMonths.Working.Counted);
        Assert.Contains($"you have {appeal.Working.DayNumber} days to appeal with Form 12509", Step("appeal-form-12509").Text, StringComparison.Ordinal);
        Assert.Contains($"you have {petition.Working.DayNumber} days to ask the U.S. Tax Court", Step(NextStepCatalog.TaxCourtId).Text, StringComparison.Ordinal);
        Assert.Contains($"{DeadlineCalculator.NoDeterminationMonths} months after you filed", Step(NextStepCatalog.TaxCourtId).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NextSteps_GiveEverythingUpFront_CitesTheScopeOfReviewRule()
    {
        Assert.Contains(Step("give-everything-up-front").Sources, s => s.Display == "IRC §6015(e)(7)");
        Assert.Contains(Step("collection-stops").Sources, s => s.Display == "IRC §6015(e)(1)(B)");
        Assert.Contains(Step("irs-contacts-other-spouse").Sources, s => s.Display == "IRC §6015(h)(2)");
    }

    [Fact]
    public void NextSteps_InjuredSpouseMayQualify_AddsForm8379()
    {
        var injured = ScreeningReport.Build(AnswersOf("injured-spouse", 2023), AsOf);
        var figureA = ScreeningReport.Build(AnswersOf("figure-a", 2023), AsOf);

        Assert.Contains(injured.NextSteps, s => s.Id == "form-8379");
        Assert.DoesNotContain(figureA.NextSteps, s => s.Id == "form-8379");
        Assert.Contains(figureA.NextSteps, s => s.Id == "form-8857-when");
        Assert.DoesNotContain(figureA.NextSteps, s => s.Id == "nothing-fits");
    }

    [Fact]
    public void NextSteps_NoReliefMayQualify_SaysWhatToDoIfNothingFits()
    {
        var answers = AnswersOf("figure-a", 2021).WithYear(2021, QuestionCatalog.FiledJointReturn.Key.Value, "separate");

        var report = ScreeningReport.Build(answers, AsOf);

        Assert.DoesNotContain(report.Years.SelectMany(y => y.Reliefs), r => r.Relief != ReliefType.InjuredSpouse && r.Determination is Determination.MayQualify or Determination.MayQualifyPartial);
        Assert.Contains(report.NextSteps, s => s.Id == "nothing-fits");
        Assert.Contains(report.NextSteps, s => s.Id == "taxpayer-advocate");
    }

    private static NextStep Step(string id) => NextStepCatalog.All.Single(s => s.Id == id);

    private static string[] DeadlineIds(ScreeningReport report) => [.. report.Years.SelectMany(y => y.Deadlines).Select(d => d.Id)];

    private static IEnumerable<string> Flatten(IEnumerable<(int TaxYear, System.Collections.Immutable.ImmutableArray<ReliefResult> Reliefs)> years) =>
        years.SelectMany(y => y.Reliefs.Select(r =>
            $"{y.TaxYear} {r.Relief} {r.Determination} {r.Summary} | {string.Join(" / ", r.Reasons.Select(s => s.Node + "=" + s.Answer))} | {string.Join(" / ", r.Caveats)} | {r.Factors.Length}"));

    private static IEnumerable<string> Describe(IEnumerable<Deadline> deadlines) =>
        deadlines.Select(d => $"{d.Id} {d.Kind} {d.Date} {d.ActBy} {d.Status?.Text} | {string.Join(" / ", d.Working.Lines)} | {string.Join(" / ", d.Alternatives.Select(a => a.Date))}");
}
