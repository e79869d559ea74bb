using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Eligibility;

public partial class ScreeningEngineTests
{
    [Fact]
    public void Evaluate_EmptyYear_AsksTheInjuredSpouseQuestionFirst()
    {
        var result = ScreeningEngine.Evaluate(ScreeningAnswers.ForYears(2022), Scenario.AsOf);

        Assert.False(result.IsComplete);
        Assert.Equal("refund-kept", result.NextQuestion!.Question.Key.Value);
        Assert.Equal(2022, result.NextQuestion.TaxYear);
    }

    [Fact]
    public void Evaluate_HouseholdQuestion_HasNoTaxYear()
    {
        var answers = Scenario.Baseline().Without(QuestionCatalog.MaritalStatus);

        var next = ScreeningEngine.Evaluate(answers, Scenario.AsOf).NextQuestion;

        Assert.NotNull(next);
        Assert.Equal("marital-status", next.Question.Key.Value);
        Assert.Null(next.TaxYear);
        Assert.Equal(ReliefType.SeparationOfLiability, next.Relief);
    }

    [Fact]
    public void Evaluate_CompleteAnswers_EveryReliefHasExactlyOneOutcome()
    {
        var result = Scenario.Evaluate(Scenario.Baseline());

        Assert.True(result.IsComplete);
        var year = Assert.Single(result.Years);
        Assert.Equal(Enum.GetValues<ReliefType>(), year.Reliefs.Select(r => r.Relief));
    }

    [Fact]
    public void Evaluate_SameInputs_SameResult()
    {
        var answers = Scenario.Baseline().Set("knew-of-item=partly");

        var first = Scenario.Evaluate(answers);
        var second = Scenario.Evaluate(answers);

        Assert.Equal(
            first.Years.SelectMany(y => y.Reliefs).Select(r => (r.Determination, r.Summary, string.Join("|", r.Caveats))),
            second.Years.SelectMany(y => y.Reliefs).Select(r => (r.Determination, r.Summary, string.Join("|", r.Caveats))));
    }

    [Fact]
    public void Evaluate_AsOfMovesPastDeadline_OutcomeChanges()
    {
        var answers = Scenario.Baseline();

        Assert.Equal(Determination.MayQualify, Scenario.Evaluate(answers, new DateOnly(2027, 6, 1)).Relief(ReliefType.InnocentSpouse).Determination);
        Assert.Equal(Determination.TooLate, Scenario.Evaluate(answers, new DateOnly(2027, 6, 2)).Relief(ReliefType.InnocentSpouse).Determination);
    }

    [Fact]
    public void Evaluate_InvalidAnswers_Throws()
    {
        var answers = Scenario.Baseline().WithYear(Scenario.Year, "filed-joint-return", "maybe");

        var error = Assert.Throws<ArgumentException>(() => ScreeningEngine.Evaluate(answers, Scenario.AsOf));

        Assert.Contains("years.2021.filed-joint-return", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NotSureAnswer_IsFlaggedInReasonsAndCaveats()
    {
        var result = Scenario.Evaluate(Scenario.Baseline().Set("liability-type=underpayment; collection-period-open=not-sure")).Relief(ReliefType.EquitableRelief);

        var step = Assert.Single(result.Reasons, s => s.Fact?.Value == "collection-period-open");
        Assert.Equal("Not sure", step.Answer);
        Assert.NotNull(step.Assumption);
        Assert.Contains(step.Assumption, result.Caveats);
    }

    [Fact]
    public void Interview_BaselineAnsweredOneByOne_AsksEachQuestionOnceAndMatchesDirectEvaluation()
    {
        var truth = Scenario.Baseline().Set("liability-type=both");

        var (result, asked) = Scenario.Interview(truth);

        Assert.Equal(asked.Count, asked.Distinct().Count());
        Assert.Equal(
            Scenario.Evaluate(truth).Years.SelectMany(y => y.Reliefs).Select(r => r.Determination),
            result.Years.SelectMany(y => y.Reliefs).Select(r => r.Determination));
    }
}
