using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Interview;

public class QuestionCatalogTests
{
    [Fact]
    public void All_Keys_UniqueAndKebabCase()
    {
        Assert.Equal(QuestionCatalog.All.Length, QuestionCatalog.All.Select(q => q.Key).Distinct().Count());
        Assert.All(QuestionCatalog.All, q => Assert.True(KebabCase.IsValid(q.Key.Value), q.Key.Value));
    }

    [Fact]
    public void All_OptionValues_KebabCaseAndUniquePerQuestion() =>
        Assert.All(QuestionCatalog.All, q =>
        {
            Assert.Equal(q.Options.Length, q.AllowedValues.Distinct().Count());
            Assert.All(q.AllowedValues, v => Assert.True(KebabCase.IsValid(v), $"{q.Key}: {v}"));
        });

    [Fact]
    public void All_EveryQuestion_HasPromptHintAndCitedSource() =>
        Assert.All(QuestionCatalog.All, q =>
        {
            Assert.EndsWith("?", q.Prompt, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(q.Hint), q.Key.Value);
            Assert.False(string.IsNullOrWhiteSpace(q.Source.Locator), q.Key.Value);
        });

    [Fact]
    public void All_EveryQuestion_HasADefinedSection() =>
        Assert.All(QuestionCatalog.All, q => Assert.True(Enum.IsDefined(q.Section), q.Key.Value));

    [Fact]
    public void All_EverySection_HoldsAtLeastOneQuestion() =>
        Assert.All(Enum.GetValues<InterviewSection>(), s => Assert.Contains(QuestionCatalog.All, q => q.Section == s));

    [Theory]
    [InlineData("filed-joint-return", InterviewSection.Returns)]
    [InlineData("omitted-over-quarter-of-income", InterviewSection.Returns)]
    [InlineData("marital-status", InterviewSection.Situation)]
    [InlineData("divorce-decree-says-who-pays", InterviewSection.Situation)]
    [InlineData("knew-of-item", InterviewSection.Knowledge)]
    [InlineData("significant-benefit-unknown-part", InterviewSection.Knowledge)]
    [InlineData("household-size", InterviewSection.Finances)]
    [InlineData("last-own-payment-date", InterviewSection.Finances)]
    [InlineData("first-collection-date", InterviewSection.LettersAndDates)]
    [InlineData("assessment-time-extended", InterviewSection.LettersAndDates)]
    public void Section_PublishedKey_IsTheSectionItWasShownIn(string key, InterviewSection expected)
    {
        Assert.True(QuestionCatalog.TryGet(key, out var question));
        Assert.Equal(expected, question.Section);
    }

    [Theory]
    [InlineData("marital-status", QuestionScope.Household, AnswerKind.Choice, false)]
    [InlineData("filed-joint-return", QuestionScope.Year, AnswerKind.Choice, true)]
    [InlineData("first-collection-date", QuestionScope.Year, AnswerKind.Date, true)]
    [InlineData("monthly-income", QuestionScope.Household, AnswerKind.Money, false)]
    [InlineData("knew-of-item", QuestionScope.Year, AnswerKind.Choice, false)]
    public void TryGet_PublishedKey_HasStableShape(string key, QuestionScope scope, AnswerKind kind, bool allowsNotSure)
    {
        Assert.True(QuestionCatalog.TryGet(key, out var question));
        Assert.Equal(scope, question.Scope);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(allowsNotSure, question.AllowsNotSure);
    }

    [Fact]
    public void TryGet_UnknownKey_ReturnsFalse() => Assert.False(QuestionCatalog.TryGet("filed_joint_return", out _));

    [Fact]
    public void DocsQuestionKeys_ListsEveryKey()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "question-keys.md"));

        Assert.All(QuestionCatalog.All, q => Assert.Contains("`" + q.Key.Value + "`", doc, StringComparison.Ordinal));
    }
}
