using System.Globalization;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Tests.Report;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 13 for the record (es-record): the evidence checklist's and the Form 8857 worksheet's texts (keys
/// <c>evidence.&lt;id&gt;.&lt;part&gt;</c> and <c>worksheet.&lt;item&gt;.&lt;part&gt;</c>, English in Domain/Report) have a
/// translation with the same <c>{0}</c> places in every offered language, and a report built in Spanish leaves no
/// text of the checklist or the worksheet in English.
/// </summary>
public sealed partial class RecordTextsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    private static readonly string[] Families = ["evidence.", "worksheet."];

    // The record's texts are the report builders' (docs/localisation.md, "The evidence checklist and the worksheet").
    private static readonly string[] SourceFiles = ["EvidenceChecklist.Items.cs", "Form8857WorksheetBuilder.cs", "Form8857WorksheetBuilder.Items.cs"];

    [GeneratedRegex(@"\b[TF]\(""(?<key>(?:evidence|worksheet)\.[A-Za-z0-9.\-]+)"",(?<english>(?:\s*\+?\s*""(?:[^""\\]|\\.)*"")+)")]
    private static partial Regex TextCall();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    // English words that never belong in a Spanish sentence of the record (citations and form titles have none of them).
    [GeneratedRegex(@"\b(the|you|your|and|answered|Describe|screening)\b")]
    private static partial Regex EnglishWord();

    /// <summary>Every record text the code defines, with its English, read from the builders' source.</summary>
    internal static List<(string Key, string English)> DefinedTexts()
    {
        var texts = new List<(string Key, string English)>();
        foreach (var file in SourceFiles)
        {
            var code = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Domain", "Report", file));
            foreach (Match call in TextCall().Matches(code))
            {
                var english = string.Concat(Literal().Matches(call.Groups["english"].Value).Select(l => Regex.Unescape(l.Groups[1].Value)));
                texts.Add((call.Groups["key"].Value, english));
            }
        }

        return texts;
    }

    /// <summary>Every record text a report looks up for the answer sets (truth tables, worksheet and checklist sets), in English.</summary>
    private static List<(string Key, string English)> ReachedTexts() =>
        [.. UiCulture.InCulture(English, () => ReportText.TextsUsedBy(() =>
        {
            foreach (var (_, answers) in RecordAnswerSets.All())
            {
                _ = ScreeningReport.Build(answers, RecordAnswerSets.AsOf);
            }
        })).Distinct()];

    [Fact]
    public void EveryRecordText_TheCodeDefines_HasATranslationWithTheSamePlaces_AndNoneIsLeftOver()
    {
        var texts = DefinedTexts();
        Assert.True(texts.Count > 300, $"{texts.Count} record texts read from the builders: did the T(...)/F(...) calls change shape?");

        var problems = Families.SelectMany(family => CodeTextChecks.Problems(texts.Where(t => t.Key.StartsWith(family, StringComparison.Ordinal)), family, new HashSet<string>()));

        Assert.Equal([], problems);
    }

    [Fact]
    public void EveryRecordText_ReachedByTheTruthTables_IsDefinedWithTheSameEnglish_AndTranslated()
    {
        var defined = DefinedTexts().ToHashSet();
        var reached = ReachedTexts();
        Assert.Contains(reached, t => t.Key == "evidence.irs-letters.what");
        Assert.Contains(reached, t => t.Key == "worksheet.relief-situation.asks");

        Assert.Equal([], reached.Where(t => !defined.Contains(t)).Select(t => $"{t.Key}: \"{t.English}\""));
        Assert.Equal([], CodeTextChecks.Problems(reached, "\0", new HashSet<string>()));
    }

    [Fact]
    public void TruthTables_ReachTheTextsOfEveryChecklistItemAndWorksheetItem()
    {
        var reached = ReachedTexts().Select(t => t.Key).ToHashSet();
        var items = DefinedTexts().Select(t => string.Join('.', t.Key.Split('.').Take(2))).Distinct();

        Assert.Equal([], items.Where(item => !reached.Any(k => k.StartsWith(item + ".", StringComparison.Ordinal) || k == item)));
    }

    [Theory]
    [MemberData(nameof(AnswerSetNames))]
    public void Report_InSpanish_LeavesNoChecklistOrWorksheetTextInEnglish(string name)
    {
        var answers = RecordAnswerSets.All().Single(s => s.Name == name).Answers;
        var english = UiCulture.InCulture(English, () => RecordAnswerSets.RecordTexts(answers).ToList());
        var spanish = UiCulture.InCulture(Spanish, () => RecordAnswerSets.RecordTexts(answers).ToList());

        Assert.Equal(english.Count, spanish.Count);
        var left = english.Zip(spanish).Where(p => p.First == p.Second && Regex.IsMatch(p.First, "[a-z]{3}")).Select(p => p.First);
        var englishWords = spanish.Where(t => EnglishWord().IsMatch(t)).Select(t => $"{EnglishWord().Match(t).Value}: {t}");

        Assert.Equal([], left);
        Assert.Equal([], englishWords);
    }

    public static TheoryData<string> AnswerSetNames() => [.. RecordAnswerSets.All().Select(s => s.Name)];

    [Fact]
    public void Worksheet_InSpanish_WritesYearsDatesAndTheOtherSpouseTheSpanishWay()
    {
        var answers = WorksheetAnswers.Play(RecordAnswerSets.RefundTruth("2024-03-01"), 2021, 2022);

        var worksheet = UiCulture.InCulture(Spanish, () => ScreeningReport.Build(answers, RecordAnswerSets.AsOf).Form8857);

        Assert.Contains("Usted evaluó 2021 y 2022.", worksheet.Item("tax-years").AnswersSupport);
        Assert.Contains("Parte I", worksheet.Parts.Select(p => p.Number));
        Assert.Contains("¿Debe usted presentar este formulario?", worksheet.Parts.Select(p => p.Title));
        Assert.Contains(worksheet.Item("refund").AnswersSupport, s => s.StartsWith("Para 2021 y 2022, usted respondió que pagó parte de este impuesto con su propio dinero; su último pago de ese tipo fue el ", StringComparison.Ordinal) && s.Contains("1 de marzo de 2024", StringComparison.Ordinal));
        Assert.Contains("Para 2021 y 2022, usted respondió que el impuesto viene de los ingresos, una deducción o un crédito de su cónyuge o excónyuge.", worksheet.Item("relief-situation").AnswersSupport);
    }

    [Fact]
    public void Worksheet_InEnglish_IsTheTextWrittenInTheCode()
    {
        var answers = WorksheetAnswers.Play(Truths.FigureA(), 2021, 2022);

        var worksheet = UiCulture.InCulture(English, () => ScreeningReport.Build(answers, RecordAnswerSets.AsOf).Form8857);

        Assert.Contains("You screened 2021 and 2022.", worksheet.Item("tax-years").AnswersSupport);
        Assert.Equal("Part I", worksheet.Parts[0].Number);
        Assert.Contains("For 2021 and 2022, you answered that the tax comes from the income, deduction or credit of the person on line 6.", worksheet.Item("relief-situation").AnswersSupport);
    }
}
