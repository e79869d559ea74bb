using System.Globalization;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 13, "Quality": the Spanish question texts' Fernández-Huerta readability next to the English Flesch-Kincaid
/// grade, as docs/plain-language.md reports them. The test computes both from the catalog and the Spanish file and
/// fails, printing the rows to paste, when the document no longer says what the texts measure.
/// </summary>
public sealed class ReadabilityTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "plain-language.md"));

    private static IReadOnlyDictionary<string, ResxEntry> Spanish =>
        TranslationFiles.All.Single(f => f.BaseName == "DomainTexts" && f.Language == "es").Entries;

    private static List<(string Key, string English)> Texts(string part)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return [.. QuestionCatalog.All
                .Select(q => ($"question.{q.Key.Value}.{part}", part == "prompt" ? q.Prompt : q.Hint))
                .Where(t => t.Item2.Length > 0)];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    public static TheoryData<string> Parts => ["prompt", "hint", "prompt+hint"];

    private static List<(string Key, string English)> Of(string part) =>
        part == "prompt+hint" ? [.. Texts("prompt"), .. Texts("hint")] : Texts(part);

    /// <summary>The table row docs/plain-language.md must hold for <paramref name="part"/>.</summary>
    private static string Row(string part)
    {
        var texts = Of(part);
        var english = Readability.Count(texts.Select(t => t.English), Readability.EnglishSyllables);
        var spanish = Readability.Count(texts.Select(t => Spanish[t.Key].Value), Readability.SpanishSyllables);
        string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        string Per(int a, int b) => ((double)a / b).ToString("0.0", CultureInfo.InvariantCulture);
        return $"| {part} | {texts.Count} | {Per(english.Words, english.Sentences)} | {F(Readability.FleschKincaidGrade(english))} | {F(Readability.FleschReadingEase(english))} "
            + $"| {Per(spanish.Words, spanish.Sentences)} | {F(Readability.FernandezHuerta(spanish))} |";
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void PlainLanguageDoc_ReportsTheQuestionTextsReadability(string part)
    {
        var row = Row(part);

        Assert.True(Document.Contains(row, StringComparison.Ordinal), $"docs/plain-language.md should have the row:\n{row}");
    }

    [Fact]
    public void SpanishQuestionTexts_AreAtLeastFairlyEasy_OnFernandezHuerta()
    {
        var texts = Of("prompt+hint");
        var spanish = Readability.Count(texts.Select(t => Spanish[t.Key].Value), Readability.SpanishSyllables);

        Assert.InRange(Readability.FernandezHuerta(spanish), 60.0, 120.0);
    }

    [Theory]
    [InlineData("declaración", 4)] // de-cla-ra-ción: "io" is a diphthong
    [InlineData("cónyuge", 3)] // cón-yu-ge: the "y" before a vowel is a consonant
    [InlineData("día", 2)] // dí-a: an accented í breaks the diphthong (hiatus)
    [InlineData("leer", 2)] // le-er: two strong vowels
    [InlineData("cuidado", 3)] // cui-da-do
    [InlineData("hoy", 1)] // a final "y" is a vowel, in a diphthong
    [InlineData("y", 1)]
    [InlineData("que", 1)] // the "u" of "que" is silent
    [InlineData("tributario", 4)] // tri-bu-ta-rio
    [InlineData("aún", 2)] // a-ún
    public void SpanishSyllables_FollowTheDiphthongAndHiatusRules(string word, int expected) =>
        Assert.Equal(expected, Readability.SpanishSyllables(word));

    [Theory]
    [InlineData("return", 2)]
    [InlineData("spouse", 1)]
    [InlineData("divorce", 2)]
    [InlineData("agreement", 3)]
    [InlineData("the", 1)]
    public void EnglishSyllables_CountVowelGroups_LessASilentE(string word, int expected) =>
        Assert.Equal(expected, Readability.EnglishSyllables(word));

    [Fact]
    public void FernandezHuerta_IsTheFleschEaseWithSpanishWeights()
    {
        // 100 words, 200 syllables, 10 sentences: 206.84 - 0.60 * 200 - 1.02 * 10 = 76.64.
        Assert.Equal(76.64, Readability.FernandezHuerta((100, 10, 200)), 2);
    }
}
