using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind", for the record (es-record): for every truth table, the Form 8857
/// worksheet page and the evidence checklist of the results page in Spanish leave no sentence of the worksheet's or the
/// checklist's texts (and the worksheet page's own words) as the English page shows it. Citations stay as they are.
/// </summary>
public sealed partial class SpanishRecordTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = 2023;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    // The WebTexts keys of the record area: the worksheet page and view, the evidence list.
    private static readonly string[] RecordKeyPrefixes = ["Worksheet", "Evidence"];

    [GeneratedRegex(@"(?<=[.;:!?])\s+")]
    private static partial Regex SentenceEnd();

    // The citations under each item and checklist entry (SourceLinks): they stay as they are, in English.
    [GeneratedRegex(@"<span class=""app-source"">.*?</span>", RegexOptions.Singleline)]
    private static partial Regex Citations();

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task WorksheetPageAndEvidenceList_InSpanish_LeaveNoRecordSentenceInEnglish(string truth)
    {
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var report = UiCulture.InCulture(English, () => ScreeningReport.Build(ExpectedResults.AnswersFor(table, Year), factory.Today));
        var spanishReport = UiCulture.InCulture(Spanish, () => ScreeningReport.Build(ExpectedResults.AnswersFor(table, Year), factory.Today));
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(CultureInfo.InvariantCulture), table);

        var englishWorksheet = Decode((await owner.GetAsync("/interview/worksheet?lang=en")).Html);
        var spanishWorksheet = Decode((await owner.GetAsync("/interview/worksheet?lang=es")).Html);
        var englishResults = Decode((await owner.GetAsync("/interview/results?lang=en")).Html);
        var spanishResults = Decode((await owner.GetAsync("/interview/results?lang=es")).Html);

        Assert.Equal([], Left(WorksheetTexts(report.Form8857).Concat(PageTexts()), englishWorksheet, spanishWorksheet));
        Assert.Equal([], Left(EvidenceTexts(report).Concat(PageTexts()), englishResults, spanishResults));
        Assert.Contains("<h1>Su hoja de trabajo para el Formulario 8857(SP)</h1>", spanishWorksheet, StringComparison.Ordinal);
        Assert.Contains($"Revisado el {DateText.Day(report.AsOf, Spanish)}, para el Formulario 8857 (Rev. June 2021), en inglés.", spanishWorksheet, StringComparison.Ordinal);
        Assert.Contains(">Parte I: ¿Debe usted presentar este formulario?</h2>", spanishWorksheet, StringComparison.Ordinal);
        Assert.All(spanishReport.Evidence, item => Assert.Contains(item.What, spanishResults, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorksheetPage_InEnglish_IsUnchangedByTheSpanishTexts()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(CultureInfo.InvariantCulture), Truths.FigureA());

        var html = Decode((await owner.GetAsync("/interview/worksheet?lang=en")).Html);

        Assert.Contains("<h1>Your Form 8857 worksheet</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"Checked on {factory.Today.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}, for Form 8857 (Rev. June 2021).", html, StringComparison.Ordinal);
        Assert.Contains(">Part I: Should you file this form?</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Line 1: Which situation describes you</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>What the form asks:</strong> Does one of two situations describe you?", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>What your answers already support:</strong></p>", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>A starting draft</strong> (change it to your own words; fill in the parts in [brackets]):</p>", html, StringComparison.Ordinal);
        Assert.Contains("For 2023, you answered that you signed a joint return.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorksheetPage_InSpanish_NamesTheLineOfTheEnglishForm()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(CultureInfo.InvariantCulture), Truths.FigureA());

        var html = Decode((await owner.GetAsync("/interview/worksheet?lang=es")).Html);

        Assert.Contains(">Línea 1 (Formulario 8857 en inglés): Qué situación lo describe a usted</h3>", html, StringComparison.Ordinal);
        Assert.Contains("No pudimos confirmar que el Formulario 8857(SP) actual use los mismos números", html, StringComparison.Ordinal);
    }

    // English sentences of the texts that the English page shows and the Spanish page still shows unchanged.
    private static IEnumerable<string> Left(IEnumerable<string> texts, string english, string spanishPage)
    {
        var spanish = Citations().Replace(spanishPage, string.Empty);
        return texts.Where(text => english.Contains(text, StringComparison.Ordinal))
            .SelectMany(text => SentenceEnd().Split(text))
            .Where(sentence => sentence.Length >= 12 && Regex.IsMatch(sentence, "[a-z]{3}"))
            .Where(sentence => spanish.Contains(sentence, StringComparison.Ordinal))
            .Distinct();
    }

    private static IEnumerable<string> EvidenceTexts(ScreeningReport report) =>
        report.Evidence.SelectMany(i => new[] { i.What, i.Why, i.Caution }).OfType<string>();

    // Every text the worksheet shows, except the form's revision (a citation, as in the sources under each item).
    private static IEnumerable<string> WorksheetTexts(Form8857Worksheet worksheet) =>
        worksheet.Notes.Concat(worksheet.Parts.SelectMany(p => new[] { p.Number ?? string.Empty, p.Title }))
            .Concat(worksheet.Items.SelectMany(i => new[] { i.Topic, i.FormAsks }.Concat(i.AnswersSupport).Concat(i.YouAdd).Concat(i.NotKnown).Concat(i.Draft).Concat(i.Notes)));

    // The fixed part of each of the record area's page words (the words before a format's first place).
    private static IEnumerable<string> PageTexts()
    {
        var pageTexts = new ResourceManager("InnocentSpouse.Web.Localisation.WebTexts", typeof(Program).Assembly).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        foreach (DictionaryEntry entry in pageTexts)
        {
            if (entry.Key is string key && RecordKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            {
                yield return ((string)entry.Value!).Split('{')[0].Trim();
            }
        }
    }


    private static string Decode(string html) => WebUtility.HtmlDecode(html);
}
