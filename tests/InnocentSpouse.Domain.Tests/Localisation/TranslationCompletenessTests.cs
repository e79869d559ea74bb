namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind": every text of every language file, for every language the site
/// offers (docs/localisation.md, ADR 0011).
/// </summary>
public sealed class TranslationCompletenessTests
{
    /// <summary>
    /// Keys whose translation may equal the English: names, numbers, citations and words that are the same in the
    /// language. Keep it short; each entry says why.
    /// </summary>
    private static readonly HashSet<(string File, string Language, string Key)> SameAsEnglishAllowed =
    [
        ("WebTexts", "es", "ErrorPrefix"), // "Error:" is the Spanish word too.
        ("WebTexts", "es", "FactorColumn"), // "Factor" is the Spanish word too (es-results).
        ("WebTexts", "es", "LettersNo"), // "No" is the Spanish word too.
    ];

    public static TheoryData<string> EnglishFiles => [.. TranslationFiles.English.Select(f => f.RelativePath)];

    [Fact]
    public void SourceTree_HasEnglishTextsInWebAndDomain()
    {
        Assert.Contains(TranslationFiles.English, f => f.BaseName == "WebTexts");
        Assert.Contains(TranslationFiles.English, f => f.BaseName == "DomainTexts");
        Assert.Contains("es", TranslationFiles.OfferedLanguages);
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void EveryOfferedLanguage_HasAFileForEachEnglishFile(string englishFile)
    {
        var english = TranslationFiles.All.Single(f => f.RelativePath == englishFile);
        var languages = TranslationFiles.TranslationsOf(english).Select(f => f.Language!).Order(StringComparer.Ordinal);

        Assert.Equal(TranslationFiles.OfferedLanguages.Order(StringComparer.Ordinal), languages);
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void EveryKey_HasATranslation_AndNoTranslationIsLeftOver(string englishFile)
    {
        var english = TranslationFiles.All.Single(f => f.RelativePath == englishFile);
        foreach (var translation in TranslationFiles.TranslationsOf(english))
        {
            var missing = english.Entries.Keys.Where(k => !translation.Entries.TryGetValue(k, out var e) || string.IsNullOrWhiteSpace(e.Value));
            // Domain texts whose English is written in the code (dotted keys such as question.…, letter.…, deadline.…) are
            // checked against the code by the catalog walks (InterviewTextsTests, LetterTextsTests, DeadlineTextsTests,
            // ResultTextKeysTests), not against DomainTexts.resx.
            var extra = translation.Entries.Keys.Where(k => !english.Entries.ContainsKey(k) && !IsWrittenInCode(english, k));

            Assert.Equal([], missing.Select(k => $"{translation.RelativePath}: {k}"));
            Assert.Equal([], extra.Select(k => $"{translation.RelativePath}: {k} (not in English)"));
        }
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void NoTranslation_EqualsTheEnglish_ExceptTheAllowList(string englishFile)
    {
        var english = TranslationFiles.All.Single(f => f.RelativePath == englishFile);
        foreach (var translation in TranslationFiles.TranslationsOf(english))
        {
            var same = translation.Entries.Values
                .Where(e => english.Entries.TryGetValue(e.Key, out var en) && string.Equals(en.Value.Trim(), e.Value.Trim(), StringComparison.Ordinal))
                .Where(e => !SameAsEnglishAllowed.Contains((english.BaseName, translation.Language!, e.Key)))
                .Select(e => $"{translation.RelativePath}: {e.Key} = \"{e.Value}\"");

            Assert.Equal([], same);
        }
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void EveryTranslation_KeepsTheEnglishPlaceholdersAndMarkup(string englishFile)
    {
        var english = TranslationFiles.All.Single(f => f.RelativePath == englishFile);
        foreach (var translation in TranslationFiles.TranslationsOf(english))
        {
            foreach (var entry in translation.Entries.Values.Where(e => english.Entries.ContainsKey(e.Key)))
            {
                var source = english.Entries[entry.Key].Value;
                Assert.Equal(TranslationFiles.Placeholders(source), TranslationFiles.Placeholders(entry.Value));
                Assert.Equal(TranslationFiles.Tags(source), TranslationFiles.Tags(entry.Value));
            }
        }
    }

    /// <summary>
    /// Domain texts whose English is written in the C# data (docs/localisation.md, "Where the texts are"): their keys
    /// are checked against the catalog that defines them (e.g. LetterTextsTests), not against DomainTexts.resx.
    /// </summary>
    private static bool IsWrittenInCode(ResxFile english, string key) =>
        english.BaseName == "DomainTexts" && key.Contains('.', StringComparison.Ordinal) && !key.StartsWith("Date.", StringComparison.Ordinal);

    [Fact]
    public void AllowList_NamesOnlyKeysThatExist()
    {
        foreach (var (file, language, key) in SameAsEnglishAllowed)
        {
            Assert.Contains(TranslationFiles.All, f => f.BaseName == file && f.Language == language && f.Entries.ContainsKey(key));
        }
    }
}
