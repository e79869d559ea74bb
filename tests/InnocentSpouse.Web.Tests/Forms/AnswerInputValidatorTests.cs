using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Web.Interview;

namespace InnocentSpouse.Web.Tests.Forms;

public class AnswerInputValidatorTests
{
    /// <summary>A date question whose rule needs the exact day (none in the catalog today, but the form must refuse a month for it).</summary>
    private static readonly Question ExactOnly = new(new FactKey("some-exact-date"), QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date, "What date?", "The day matters.",
        Citations.Irc("§6015"), [], allowsNotSure: false);

    private static AnswerInput Input(Question question, string day, string month, string year) =>
        new() { Question = question, Day = day, Month = month, Year = year };

    [Fact]
    public void Validate_BlankDayOnAQuestionThatAllowsAMonth_PassesAndSavesTheMonth()
    {
        var input = Input(QuestionCatalog.FirstCollectionDate, "", "3", "2024");

        Assert.True(new AnswerInputValidator().Validate(input).IsValid);
        Assert.True(input.IsMonthOnly);
        Assert.Equal("2024-03", input.ToInvariant());
    }

    [Fact]
    public void Validate_BlankDayOnAQuestionThatNeedsTheDay_FailsOnTheDayBox()
    {
        var result = new AnswerInputValidator().Validate(Input(ExactOnly, "", "3", "2024"));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(nameof(AnswerInput.Day), failure.PropertyName);
        Assert.Equal("The date must include a day", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_BlankDayAndMonth13_FailsOnTheMonthBox()
    {
        var result = new AnswerInputValidator().Validate(Input(QuestionCatalog.LastOwnPaymentDate, "", "13", "2024"));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(nameof(AnswerInput.Month), failure.PropertyName);
        Assert.Contains("from 1 to 12", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SavedMonth_FillsMonthAndYearAndLeavesTheDayBlank()
    {
        var input = new AnswerInput { Question = QuestionCatalog.FirstCollectionDate };

        input.Load("2024-03");

        Assert.Equal((null, "3", "2024"), (input.Day, input.Month, input.Year));
        Assert.Equal("2024-03", input.ToInvariant());
    }
}
