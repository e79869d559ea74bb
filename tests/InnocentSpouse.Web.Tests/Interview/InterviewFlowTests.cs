using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Interview;

namespace InnocentSpouse.Web.Tests.Interview;

public class InterviewFlowTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void Walk_NoAnswers_NextIsTheEnginesFirstQuestionAndBackIsTheYearsPage()
    {
        var flow = InterviewFlow.Walk(ScreeningAnswers.ForYears(2021), AsOf);

        Assert.Empty(flow.Asked);
        Assert.NotNull(flow.Next);
        Assert.Equal(flow.Next.Url, flow.CurrentUrl);
        Assert.Equal(InterviewFlow.YearsUrl, flow.BackFrom(flow.Next.Question.Key.Value, flow.Next.TaxYear));
    }

    [Fact]
    public void Walk_AnswersGivenInOrder_AskedListsThemAndBackStepsThroughThem()
    {
        var answers = ScreeningAnswers.ForYears(2021);
        var first = InterviewFlow.Walk(answers, AsOf).Next!;
        answers = answers.With(first.Question, first.Question.AllowedValues.IsEmpty ? "1" : first.Question.AllowedValues[0], first.TaxYear);
        var second = InterviewFlow.Walk(answers, AsOf).Next!;

        var flow = InterviewFlow.Walk(answers, AsOf);

        Assert.Equal([first.Url], flow.Asked.Select(a => a.Url));
        Assert.Equal(second.Url, flow.Next!.Url);
        Assert.Equal(first.Url, flow.BackFrom(second.Question.Key.Value, second.TaxYear));
        Assert.True(flow.CanShow(first.Question.Key.Value, first.TaxYear));
        Assert.True(flow.CanShow(second.Question.Key.Value, second.TaxYear));
        Assert.False(flow.CanShow("health-problem", null));
    }

    [Fact]
    public void Walk_AnswerOnAnotherBranch_IsKeptButNotOnThePath()
    {
        // The joint-return question decides the path; "separate" leads away from Figure A's questions.
        var answers = ScreeningAnswers.ForYears(2021)
            .WithYear(2021, "refund-kept", "none")
            .WithYear(2021, "filed-joint-return", "yes")
            .WithYear(2021, "final-court-decision", "no");
        var joint = InterviewFlow.Walk(answers, AsOf);

        var separate = InterviewFlow.Walk(answers.WithYear(2021, "filed-joint-return", "separate"), AsOf);

        Assert.Contains(joint.Asked, a => a.Is("final-court-decision", 2021));
        Assert.DoesNotContain(separate.Asked, a => a.Is("final-court-decision", 2021));
        Assert.Contains(separate.Asked, a => a.Is("filed-joint-return", 2021));
    }

    [Theory]
    [InlineData("marital-status", null, "/interview/q/marital-status")]
    [InlineData("filed-joint-return", 2021, "/interview/2021/q/filed-joint-return")]
    public void QuestionUrl_HouseholdAndYear_AreStableSlugs(string key, int? year, string url)
    {
        Assert.Equal(url, InterviewFlow.QuestionUrl(key, year));
    }
}
