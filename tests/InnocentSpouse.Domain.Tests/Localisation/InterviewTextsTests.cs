using System.Globalization;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 13, the interview in Spanish: every question's prompt, hint and options and every section name has a Spanish
/// text (walking <see cref="QuestionCatalog.All"/>, as docs/localisation.md asks), none is left in English, and the
/// interview's built texts (answers, year errors) read in Spanish.
/// </summary>
public sealed class InterviewTextsTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    /// <summary>Spanish texts that may equal the English: "No" is Spanish too; state names that are the same.</summary>
    private static readonly HashSet<string> SameAsEnglishAllowed =
        ["No", "Arizona", "California", "Idaho", "Nevada", "Texas", "Washington", "Wisconsin"];

    private static ResxFile SpanishFile =>
        TranslationFiles.All.Single(f => f.BaseName == "DomainTexts" && f.Language == "es");

    private static IEnumerable<(string Key, string English)> CatalogTexts()
    {
        foreach (var question in QuestionCatalog.All)
        {
            var english = InEnglish(() => (Prompt: question.Prompt, Hint: question.Hint, Options: question.Options.Select(o => o.Label).ToList()));
            yield return ($"question.{question.Key.Value}.prompt", english.Prompt);
            if (english.Hint.Length > 0)
            {
                yield return ($"question.{question.Key.Value}.hint", english.Hint);
            }

            for (var i = 0; i < question.Options.Length; i++)
            {
                yield return ($"question.{question.Key.Value}.option.{question.Options[i].Value}", english.Options[i]);
            }
        }

        foreach (var section in Enum.GetValues<InterviewSection>())
        {
            yield return (SectionText.Key(section), SectionText.Name(section, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void EveryQuestionPromptHintOptionAndSection_HasASpanishText()
    {
        var missing = CatalogTexts().Where(t => !SpanishFile.Entries.TryGetValue(t.Key, out var e) || string.IsNullOrWhiteSpace(e.Value))
            .Select(t => t.Key);

        Assert.Equal([], missing);
    }

    [Fact]
    public void EveryQuestionText_ReadsInSpanish_NotTheEnglishLeftBehind()
    {
        var same = CatalogTexts()
            .Where(t => string.Equals(DomainText.Get(t.Key, t.English, Spanish), t.English, StringComparison.Ordinal))
            .Where(t => !SameAsEnglishAllowed.Contains(t.English))
            .Select(t => $"{t.Key} = \"{t.English}\"");

        Assert.Equal([], same);
    }

    [Fact]
    public void Question_Keys_ListEveryTextTheQuestionReads()
    {
        var fromKeys = QuestionCatalog.All.SelectMany(q => q.TextKeys).Order(StringComparer.Ordinal);
        var walked = CatalogTexts().Select(t => t.Key).Where(k => k.StartsWith("question.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(walked, fromKeys);
    }

    [Fact]
    public void SpanishFile_HasNoQuestionOrSectionTextTheCatalogDoesNotUse()
    {
        var used = CatalogTexts().Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var leftOver = SpanishFile.Entries.Keys
            .Where(k => k.StartsWith("question.", StringComparison.Ordinal) || k.StartsWith("section.", StringComparison.Ordinal))
            .Where(k => !k.Contains(".assisted", StringComparison.Ordinal)) // assisted mode's: AssistedTextsTests checks them
            .Where(k => !used.Contains(k));

        Assert.Equal([], leftOver);
    }

    [Fact]
    public void Question_InSpanish_ReadsItsPromptHintAndOptionsFromTheSpanishFile()
    {
        var question = QuestionCatalog.FiledJointReturn;

        var (prompt, hint, yes) = UiCulture.InCulture(Spanish, () => (question.Prompt, question.Hint, question.Options[0].Label));

        Assert.Equal("¿Presentó una declaración conjunta con su cónyuge para este año?", prompt);
        Assert.StartsWith("Una declaración conjunta dice", hint, StringComparison.Ordinal);
        Assert.Equal("Sí, firmé una declaración conjunta", yes);
    }

    [Fact]
    public void Question_InEnglish_IsTheTextWrittenInTheCatalog()
    {
        var question = QuestionCatalog.FiledJointReturn;

        var (prompt, yes) = InEnglish(() => (question.Prompt, question.Options[0].Label));

        Assert.Equal("Did you file a joint return with your spouse for this year?", prompt);
        Assert.Equal("Yes, I signed a joint return", yes);
    }

    [Theory]
    [InlineData("not-sure", "No estoy seguro")]
    [InlineData("2024-03", "marzo de 2024 (no se sabe el día)")]
    [InlineData("2024-03-01", "2024-03-01")]
    public void Display_InSpanish_SaysNotSureAndMonthOnlyInSpanish(string value, string expected) =>
        Assert.Equal(expected, UiCulture.InCulture(Spanish, () => QuestionCatalog.FirstCollectionDate.Display(value)));

    [Theory]
    [InlineData("not-sure", "Not sure")]
    [InlineData("2024-03", "March 2024 (day not known)")]
    public void Display_InEnglish_IsUnchanged(string value, string expected) =>
        Assert.Equal(expected, InEnglish(() => QuestionCatalog.FirstCollectionDate.Display(value)));

    [Theory]
    [InlineData("", "Escriba al menos un año tributario, por ejemplo 2021")]
    [InlineData("21", "\"21\" no es un año. Escriba años de 4 números, por ejemplo 2021")]
    [InlineData("1989", "Escriba años tributarios de 1990 a 2025")]
    [InlineData("2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 2015", "Escriba hasta 10 años tributarios a la vez")]
    public void TaxYearsParse_InSpanish_ExplainsTheProblemInSpanish(string typed, string expected)
    {
        string? error = null;
        UiCulture.InCulture(Spanish, () => TaxYears.Parse(typed, new DateOnly(2026, 12, 3), out error));

        Assert.Equal(expected, error);
    }

    private static T InEnglish<T>(Func<T> read) => UiCulture.InCulture(CultureInfo.InvariantCulture, read);
}
