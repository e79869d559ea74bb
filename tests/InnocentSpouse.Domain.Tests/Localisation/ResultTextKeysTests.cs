using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// The result texts (outcome labels, relief names, outcome summaries and caveats, next steps) have a key for every
/// text the catalogs define, each key has its English only in the code (not in DomainTexts.resx) and a translation in
/// every offered language (docs/localisation.md, "Where the texts are"; ADR 0011).
/// </summary>
public sealed class ResultTextKeysTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    /// <summary>Every result text key the code looks up, with its English as the code writes it.</summary>
    internal static IEnumerable<(string Key, string English)> ResultTexts()
    {
        foreach (var determination in Enum.GetValues<Determination>())
        {
            yield return (DeterminationText.LabelKey(determination), DeterminationText.Label(determination, CultureInfo.InvariantCulture));
        }

        foreach (var relief in Enum.GetValues<ReliefType>())
        {
            yield return (DeterminationText.NameKey(relief), DeterminationText.Name(relief, CultureInfo.InvariantCulture));
        }

        yield return ("outcome.partial", "Partial:");
        foreach (var outcome in FlowchartCatalog.Pub971Dec2021.All.SelectMany(c => c.Nodes).OfType<Outcome>())
        {
            yield return (outcome.SummaryKey, outcome.Text);
            for (var i = 0; i < outcome.Caveats.Length; i++)
            {
                yield return (outcome.CaveatKeys[i], outcome.Caveats[i]);
            }
        }

        foreach (var step in NextStepCatalog.All)
        {
            var (heading, lead, text) = NextStepCatalog.KeysOf(step);
            yield return (heading, step.Heading);
            if (lead is not null)
            {
                yield return (lead, step.Lead);
            }

            yield return (text, step.Text);
        }
    }

    [Fact]
    public void OutcomeTextKeys_AreUniqueAcrossTheCatalog_OrSayTheSameText()
    {
        var clashes = ResultTexts().GroupBy(t => t.Key).Where(g => g.Select(t => t.English).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Equal([], clashes);
    }

    [Fact]
    public void EveryResultText_HasItsEnglishOnlyInTheCode_AndTheCodesEnglishShips()
    {
        // Convention (ADR 0011): a Domain text's English lives only in the C# code; DomainTexts.resx holds only
        // language-level texts (date patterns), so no English copy there can drift from the code.
        var englishFile = TranslationFiles.All.Single(f => f.BaseName == "DomainTexts" && f.Language is null).Entries;
        var english = CultureInfo.GetCultureInfo("en-US");
        var problems = ResultTexts().Concat(EngineTextsTests.EngineTexts()).Distinct()
            .Where(t => englishFile.ContainsKey(t.Key) || DomainText.Get(t.Key, t.English, english) != t.English)
            .Select(t => $"{t.Key}: \"{t.English}\"");

        Assert.Equal([], problems);
        Assert.Equal(["Date.Long", "Date.LongWithWeekday", "Date.Month"], englishFile.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoResultText_InATranslation_IsTheEnglish()
    {
        // Took over from TranslationCompletenessTests when the English copies left DomainTexts.resx.
        foreach (var translation in CodeTextChecks.DomainTranslations)
        {
            var same = ResultTexts().Distinct()
                .Where(t => translation.Entries.TryGetValue(t.Key, out var e) && NextStepNumbers(e.Value).Trim() == t.English.Trim())
                .Select(t => $"{translation.RelativePath}: {t.Key}");

            Assert.Equal([], same);
        }
    }

    [Fact]
    public void EveryResultText_HasATranslation_InEveryOfferedLanguage()
    {
        foreach (var translation in TranslationFiles.All.Where(f => f.BaseName == "DomainTexts" && f.Language is not null))
        {
            var missing = ResultTexts().Select(t => t.Key).Distinct().Where(k => !translation.Entries.TryGetValue(k, out var e) || string.IsNullOrWhiteSpace(e.Value));

            Assert.Equal([], missing.Select(k => $"{translation.RelativePath}: {k}"));
        }
    }

    [Fact]
    public void OutcomeLabel_InSpanish_IsTheGlossaryTerm()
    {
        Assert.Equal("Se venció el plazo", DeterminationText.Label(Determination.TooLate, Spanish));
        Assert.Equal("Too late", DeterminationText.Label(Determination.TooLate, CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void NextSteps_InSpanish_KeepTheDeadlineNumbers()
    {
        var taxCourt = NextStepCatalog.All.Single(s => s.Id == NextStepCatalog.TaxCourtId);
        var (_, _, key) = NextStepCatalog.KeysOf(taxCourt);
        var spanish = string.Format(Spanish, DomainText.Get(key, taxCourt.Text, Spanish), NextStepCatalog.ProcessingEstimateMonths,
            DeadlineCalculator.Form12509AppealDays, DeadlineCalculator.TaxCourtPetitionDays, DeadlineCalculator.NoDeterminationMonths);

        Assert.Contains("90 días", spanish, StringComparison.Ordinal);
        Assert.Contains("6 meses", spanish, StringComparison.Ordinal);
    }

    // The next-step texts hold the deadline numbers as {0}-{3} places (NextStepCatalog.Translate).
    private static string NextStepNumbers(string format) =>
        string.Format(CultureInfo.InvariantCulture, format, NextStepCatalog.ProcessingEstimateMonths, DeadlineCalculator.Form12509AppealDays,
            DeadlineCalculator.TaxCourtPetitionDays, DeadlineCalculator.NoDeterminationMonths);
}
