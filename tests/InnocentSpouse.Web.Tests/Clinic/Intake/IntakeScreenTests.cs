using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Intake;
using InnocentSpouse.Web.Interview;

namespace InnocentSpouse.Web.Tests.Clinic.Intake;

/// <summary>
/// The assisted intake's screens (issue 14): one per section (<see cref="Question.Section"/>), with the questions of the
/// public interview's walked path (<see cref="InterviewFlow.Walk"/>).
/// </summary>
public sealed class IntakeScreenTests
{
    private const int Year = 2023;
    private static readonly DateOnly Today = ManualClock.DefaultToday;

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void SectionScreen_AllAnswered_ShowsExactlyThePathsQuestionsOfThatSection(string truth)
    {
        var answers = IntakePlay.Play(Truths.All().Single(t => t.Name == truth).Answers, Today, Year);
        var path = InterviewFlow.Walk(answers, Today);

        foreach (var section in InterviewSections.Ordered)
        {
            var expected = path.Asked.Where(q => q.Question.Section == section).Select(Key).ToList();
            var screen = IntakeScreen.For(answers, Today, section);

            Assert.Equal(expected, screen?.Questions.Select(Key).ToList() ?? []);
        }
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void EveryScreen_ShowsOnlyQuestionsOfItsSectionThatThePathAsks_InTheOrderAsked(string truth)
    {
        // Played screen by screen: each screen's questions answered from the table, as the intake's POST does.
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var complete = IntakePlay.Play(table, Today, Year);
        var path = InterviewFlow.Walk(complete, Today).Asked.Select(Key).ToList();
        var answers = ScreeningAnswers.ForYears(Year);
        var screens = 0;
        while (IntakeScreen.For(answers, Today) is { } screen)
        {
            Assert.All(screen.Questions, q => Assert.Equal(screen.Section, q.Question.Section));
            var shown = screen.Questions.Select(Key).ToList();
            Assert.Equal([.. shown.OrderBy(k => path.IndexOf(k))], shown);
            Assert.DoesNotContain(-1, shown.Select(k => path.IndexOf(k)));
            answers = screen.Questions.Aggregate(answers, (a, q) => a.With(q.Question, IntakePlay.ValueFor(table, q.Question, q.TaxYear), q.TaxYear));
            Assert.True(++screens < 60, "The intake did not end.");
        }

        Assert.True(InterviewFlow.Walk(answers, Today).IsComplete);
        Assert.True(screens < path.Count, $"{screens} screens for {path.Count} questions: the look ahead shows more than one question at a time.");
    }

    [Fact]
    public void FirstScreen_NoAnswers_IsTheSectionOfTheFirstQuestionAndStartsWithIt()
    {
        var answers = ScreeningAnswers.ForYears(Year);
        var first = InterviewFlow.Walk(answers, Today).Next!;

        var screen = IntakeScreen.For(answers, Today)!;

        Assert.Equal(first.Question.Section, screen.Section);
        Assert.Equal(Key(first), Key(screen.Questions[0]));
    }

    [Fact]
    public void OffsetNoticeQuestion_AppearsOnTheLettersScreenOnlyAfterTheFirstCollectionActionIsARefundOffset()
    {
        var table = Truths.OffsetWithoutReliefNotice();
        var before = IntakePlay.Play(table, Today, Year, next => next.Question.Key.Value == "first-collection-action");
        var asked = QuestionCatalog.All.Single(q => q.Key.Value == "first-collection-action");

        var screen = IntakeScreen.For(before, Today)!;
        var offset = IntakeScreen.For(before.With(asked, "refund-offset", Year), Today, InterviewSection.LettersAndDates)!;
        var levy = IntakeScreen.For(before.With(asked, "levy-hearing-notice", Year), Today, InterviewSection.LettersAndDates)!;

        Assert.Equal(InterviewSection.LettersAndDates, screen.Section);
        Assert.Contains($"{Year}:first-collection-action", screen.Questions.Select(Key));
        Assert.DoesNotContain($"{Year}:offset-notice-described-relief", screen.Questions.Select(Key));
        Assert.Contains($"{Year}:offset-notice-described-relief", offset.Questions.Select(Key));
        Assert.DoesNotContain($"{Year}:offset-notice-described-relief", levy.Questions.Select(Key));
    }

    [Fact]
    public void NoTaxYears_NoScreen_TheYearsComeFirst()
    {
        Assert.Null(IntakeScreen.For(ScreeningAnswers.Empty, Today));
    }

    private static string Key(AskedQuestion q) => q.TaxYear is { } y ? $"{y}:{q.Question.Key.Value}" : q.Question.Key.Value;

    private static string Key(Domain.Eligibility.NextQuestion q) => q.TaxYear is { } y ? $"{y}:{q.Question.Key.Value}" : q.Question.Key.Value;
}
