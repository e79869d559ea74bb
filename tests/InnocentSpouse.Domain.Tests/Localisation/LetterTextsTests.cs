using System.Globalization;
using InnocentSpouse.Domain.Letters;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>Issue 13: the letter guide (letters, wording questions, stages, help) in every offered language.</summary>
public sealed class LetterTextsTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void LetterCatalog_EveryText_HasASpanishTranslation_AndNoneIsLeftOver() =>
        Assert.Equal([], CodeTextChecks.Problems(LetterCatalog.TextKeys(), "letter.", new HashSet<string>(StringComparer.Ordinal)));

    [Fact]
    public void LetterCatalog_WalksEveryLetterWordingQuestionAndStage()
    {
        var keys = LetterCatalog.TextKeys().Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

        Assert.All(LetterCatalog.All, l => Assert.Contains($"letter.{l.Id}.title", keys));
        Assert.All(LetterCatalog.WordingQuestions, q => Assert.Contains($"letter.wording.{q.Id}.text", keys));
        Assert.All(ProcessStages.Ordered, s => Assert.Contains($"letter.stage.{s.Stage}.description", keys));
    }

    [Fact]
    public void Letter4390_InSpanish_KeepsItsNumberAndCitations()
    {
        var letter = LetterCatalog.ById("4390")!;

        var (number, rule) = UiCulture.InCulture(Spanish, () => (letter.Number, letter.DeadlineRule));

        Assert.Equal("Carta 4390", number);
        Assert.Equal("30 días para los asuntos de cobro (IRC §6330(d)(1)); 90 días para el asunto del cónyuge inocente (IRC §6015(e)).", rule);
    }

    [Fact]
    public void Letter_InEnglish_IsTheTextWrittenInTheCatalog()
    {
        var letter = LetterCatalog.ById("3288")!;

        var (number, title, clock) = UiCulture.InCulture(English, () => (letter.Number, letter.PlainName, letter.TwoYearClock.Reason));

        Assert.Equal("Letter 3288", number);
        Assert.Equal("Final decision from Appeals on your request", title);
        Assert.Equal("A determination on your request is not collection activity.", clock);
    }

    [Fact]
    public void Find_InSpanish_StillMatchesTheEnglishNumberOnTheLetter()
    {
        var found = UiCulture.InCulture(Spanish, () => LetterCatalog.Find("Letter 3284-C").Letter?.Id);

        Assert.Equal("3284-c", found);
    }

    [Fact]
    public void WordingQuestion_InSpanish_KeepsTheEnglishWordsToLookFor()
    {
        var question = LetterCatalog.WordingQuestions.Single(q => q.Id == "preliminary-determination");

        var text = UiCulture.InCulture(Spanish, () => question.Text);

        Assert.Equal("¿Su carta dice \"preliminary determination\" (determinación preliminar)?", text);
    }
}
