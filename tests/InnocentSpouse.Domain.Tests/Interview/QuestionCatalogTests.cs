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
