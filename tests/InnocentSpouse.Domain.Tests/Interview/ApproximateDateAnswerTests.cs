using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests.Interview;

/// <summary>Month-only answers ("yyyy-MM"): parsing, which questions accept them, validation and display.</summary>
public class ApproximateDateAnswerTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 15);

    [Theory]
    [InlineData("2024-03-01", "2024-03-01", "2024-03-01")]
    [InlineData("2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2025-12", "2025-12-01", "2025-12-31")]
    public void TryDateRange_DateOrMonth_GivesTheInclusiveRange(string value, string earliest, string latest)
    {
        Assert.True(AnswerParsing.TryDateRange(value, out var first, out var last));

        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)), (first, last));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-3")]
    [InlineData("24-03")]
    [InlineData("2024/03")]
    [InlineData("+2024-03")]
    [InlineData("2024-03-")]
    [InlineData("March 2024")]
    [InlineData("")]
    [InlineData(null)]
    public void TryDateRange_NotADateOrMonth_IsRefused(string? value) =>
        Assert.False(AnswerParsing.TryDateRange(value, out _, out _));

    [Fact]
    public void TryDate_Month_IsNotAnExactDate() =>
        Assert.False(AnswerParsing.TryDate("2024-03", out _));

    [Fact]
    public void Catalog_DeadlineDateQuestions_AllowAMonthAndNothingElseDoes()
    {
        Assert.Equal(["first-collection-date", "last-own-payment-date", "return-filed-date", "separate-return-filed-date", "irs-exam-letter-date"],
            QuestionCatalog.All.Where(q => q.AllowsApproximate).Select(q => q.Key.Value));
        Assert.All(QuestionCatalog.All.Where(q => q.Kind == AnswerKind.Date), q => Assert.True(q.AllowsApproximate, q.Key.Value));
    }

    [Fact]
    public void Question_ApproximateOnANonDateQuestion_Throws() =>
        Assert.Throws<ArgumentException>(() => new Question(new FactKey("household-size"), QuestionScope.Household, InterviewSection.Finances, AnswerKind.Count, "How many?", "Count.",
            Citations.Irc("§6015"), [], allowsNotSure: false, allowsApproximate: true));

    [Theory]
    [InlineData("2024-03", "March 2024 (day not known)")]
    [InlineData("2024-12", "December 2024 (day not known)")]
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("not-sure", "Not sure")]
    public void Display_DateQuestion_ShowsAMonthReadably(string value, string expected) =>
        Assert.Equal(expected, QuestionCatalog.FirstCollectionDate.Display(value));

    [Theory]
    [InlineData("first-collection-date", "2024-03")]
    [InlineData("last-own-payment-date", "2024-03")]
    [InlineData("first-collection-date", "2026-03")]
    public void Validate_MonthWhereAllowed_Accepted(string key, string value) =>
        Assert.Empty(ScreeningAnswersValidator.Validate(ScreeningAnswers.ForYears(2021).WithYear(2021, key, value), AsOf));

    [Theory]
    [InlineData("Month after the screening month", "2026-04", "after the screening month 2026-03")]
    [InlineData("Month 13", "2024-13", "is not a date")]
    [InlineData("One-digit month", "2024-3", "is not a date")]
    public void Validate_BadMonth_NamesTheFieldAndSaysWhy(string name, string value, string messagePart)
    {
        var problem = Assert.Single(ScreeningAnswersValidator.Validate(ScreeningAnswers.ForYears(2021).WithYear(2021, "first-collection-date", value), AsOf));

        Assert.Equal("years.2021.first-collection-date", problem.Field);
        Assert.True(problem.Message.Contains(messagePart, StringComparison.Ordinal), $"{name}: {problem.Message}");
    }

    [Fact]
    public void ValueProblem_MonthForADateQuestionThatNeedsTheDay_IsRefused()
    {
        var exactOnly = new Question(new FactKey("some-exact-date"), QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date, "What date?", "The day matters.",
            Citations.Irc("§6015"), [], allowsNotSure: false);

        var message = ScreeningAnswersValidator.ValueProblem(exactOnly, "2024-03", AsOf);

        Assert.NotNull(message);
        Assert.Contains("needs the exact day", message, StringComparison.Ordinal);
        Assert.DoesNotContain("a month written", message, StringComparison.Ordinal);
        Assert.Null(ScreeningAnswersValidator.ValueProblem(exactOnly, "2024-03-05", AsOf));
    }

    [Fact]
    public void Allowed_MentionsTheMonthOnlyWhereAllowed()
    {
        var exactOnly = new Question(new FactKey("some-exact-date"), QuestionScope.Year, InterviewSection.LettersAndDates, AnswerKind.Date, "What date?", "The day matters.",
            Citations.Irc("§6015"), ImmutableArray<AnswerOption>.Empty, allowsNotSure: false);

        Assert.Equal("Allowed: a date written yyyy-MM-dd, e.g. \"2024-03-01\", or a month written yyyy-MM when the day is not known, e.g. \"2024-03\", or \"not-sure\".",
            ScreeningAnswersValidator.Allowed(QuestionCatalog.FirstCollectionDate));
        Assert.Contains("or a month written yyyy-MM", ScreeningAnswersValidator.Allowed(QuestionCatalog.LastOwnPaymentDate), StringComparison.Ordinal);
        Assert.Equal("Allowed: a date written yyyy-MM-dd, e.g. \"2024-03-01\".", ScreeningAnswersValidator.Allowed(exactOnly));
    }

    [Fact]
    public void Validate_ExactDateRulesUnchanged()
    {
        var answers = ScreeningAnswers.ForYears(2021).WithYear(2021, "last-own-payment-date", "2026-03-16");

        var problem = Assert.Single(ScreeningAnswersValidator.Validate(answers, AsOf));

        Assert.Equal("2026-03-16 is after the screening date 2026-03-15; give a past date.", problem.Message);
        Assert.Empty(ScreeningAnswersValidator.Validate(ScreeningAnswers.ForYears(2021).WithYear(2021, "last-own-payment-date", "2026-03-15"), AsOf));
    }
}
