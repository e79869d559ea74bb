using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Render … the PDF [in Spanish]. A test fails if a sentence of the English page appears unchanged": the PDF
/// record downloaded in Spanish (from the results page and from a share link) has every fixed label, the footer, the
/// title and the file name in Spanish, the name and metadata stay discreet with plain page titles, and no English label
/// of the English PDF of the same report is left. The labels are every <c>WebTexts</c> key <c>Record/RecordPdf.cs</c>
/// reads, plus the deadline labels and factor leanings it borrows from the pages.
/// </summary>
public sealed partial class RecordPdfSpanishTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private static readonly ResourceManager Texts = new("InnocentSpouse.Web.Localisation.WebTexts", typeof(Program).Assembly);

    // Topic words a discreet name or title must never hold, in either language.
    private static readonly string[] Topic = ["innocent", "spouse", "irs", "tax", "8857", "relief", "cónyuge", "conyuge", "inocente", "impuesto", "alivio"];

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex(@"WebTexts\.(\w+)")]
    private static partial Regex WebTextsKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Place();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();

    [Fact]
    public async Task Downloads_InSpanish_FromResultsAndShareLink_HaveSpanishLabelsNameAndTitle()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync("2023", Truths.FigureC());
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        var reader = new InterviewDriver(factory);

        var (resultsName, results) = await DownloadAsync(owner, RecordEndpoints.InterviewPath, "es-MX,es;q=0.9");
        var (sharedName, shared) = await DownloadAsync(reader, RecordEndpoints.SharedPath(token), "es");
        var (englishName, english) = await DownloadAsync(owner, RecordEndpoints.InterviewPath, "en-US");
        var report = UiCulture.InCulture(English, () => ScreeningReport.Build(ExpectedResults.AnswersFor(Truths.FigureC(), 2023), factory.Today));

        Assert.Equal("screening-results.pdf", englishName);
        Assert.Equal("Your results - InnocentSpouse", english.Title);
        foreach (var (name, pdf) in new[] { (resultsName, results), (sharedName, shared) })
        {
            Assert.Equal("resultados-de-la-evaluacion.pdf", name);
            Assert.Equal("Sus resultados - InnocentSpouse", pdf.Title);
            Assert.Equal("InnocentSpouse", pdf.Author);
            Assert.StartsWith("Su registro de la evaluación ", pdf.Text, StringComparison.Ordinal);
            Assert.Contains($"Revisado el {DateText.Day(factory.Today, Spanish)} según {report.Revision}.", pdf.Text, StringComparison.Ordinal);
            Assert.Contains("Años tributarios: 2023", pdf.Text, StringComparison.Ordinal);
            Assert.Single(pdf.Pages, p => p.StartsWith("Año tributario 2023 ", StringComparison.Ordinal));
            Assert.EndsWith($"Sus resultados - InnocentSpouse - página 1 de {pdf.Pages.Count}", pdf.Pages[0], StringComparison.Ordinal);
            Assert.Equal(1, pdf.Count("no somos el IRS y esto no es asesoría legal"));
            AssertNoEnglishLeft(english, pdf, report);
        }
    }

    [Fact]
    public async Task Download_InSpanish_PlainTitles_NameTitleAndAuthorStayDiscreet()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync("2023", Truths.FigureA(), discreet: true);

        var (name, pdf) = await DownloadAsync(owner, RecordEndpoints.InterviewPath, "es");

        Assert.Equal("resumen.pdf", name);
        Assert.Equal("Resumen", pdf.Title);
        Assert.Equal("Notas personales", pdf.Author);
        Assert.EndsWith($"Resumen - página {pdf.Pages.Count} de {pdf.Pages.Count}", pdf.Pages[^1], StringComparison.Ordinal);
        Assert.All(new[] { name!, pdf.Title!, pdf.Author! },
            text => Assert.DoesNotContain(Topic, word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task ScreeningsApi_AcceptLanguageSpanish_PdfIsSpanishWithThePlainName()
    {
        var answers = ExpectedResults.AnswersFor(Truths.FigureA(), 2023);
        var body = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["household"] = answers.Household,
            ["years"] = answers.Years.ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => y.Value),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/screenings", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", RecordEndpoints.ContentType);
        request.Headers.TryAddWithoutValidation("Accept-Language", "es");

        var response = await factory.CreateClient().SendAsync(request);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("resumen.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Resumen", pdf.Title);
        Assert.StartsWith("Su registro de la evaluación ", pdf.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Record_InSpanish_EveryTruthTable_LeavesNoEnglishLabel(string truth)
    {
        var answers = ExpectedResults.AnswersFor(Truths.All().Single(t => t.Name == truth).Answers, 2022, 2023);

        var (english, spanish, report) = BothLanguages(answers);

        AssertNoEnglishLeft(english, spanish, report);
    }

    [Fact]
    public void Record_InSpanish_UnfinishedInterview_SaysSoInSpanish()
    {
        var answers = ExpectedResults.AnswersFor(new Dictionary<string, string>(StringComparer.Ordinal) { ["refund-kept"] = "none" }, 2023);

        var (english, spanish, report) = BothLanguages(answers);

        Assert.False(report.IsComplete);
        Assert.Contains("La entrevista todavía no terminó", spanish.Text, StringComparison.Ordinal);
        AssertNoEnglishLeft(english, spanish, report);
    }

    [Fact]
    public void LabelList_EveryLabelIsInSomeEnglishRecord()
    {
        // Which labels show depends on the answers (factors, deadlines with an act-by day, evidence for some years,
        // worksheet drafts, an unfinished interview): together these records show every one, so the list is not stale.
        List<ScreeningAnswers> all =
        [
            .. Truths.All().Select(t => ExpectedResults.AnswersFor(t.Answers, 2022, 2023)),
            ExpectedResults.AnswersFor(new Dictionary<string, string>(StringComparer.Ordinal) { ["refund-kept"] = "none" }, 2023),
        ];
        var records = all.Select(a => BothLanguages(a).English.Text).ToList();

        var neverShown = Labels()
            .Where(label => !label.English.Any(piece => records.Any(text => Contains(text, piece))))
            .Select(label => label.Key)
            .Except(ShownOnlyOnSomeAnswers, StringComparer.Ordinal);

        Assert.Equal([], neverShown);
    }

    // Labels that none of the truth tables happens to show (an assumption from a "not sure" answer, another reading of
    // a date, a factor leaning or deadline kind no table reaches): checked whenever they show.
    private static readonly string[] ShownOnlyOnSomeAnswers =
    [
        "ResultAssumption", "DeadlineAnotherReading", "FactorNeutral", "FactorNotKnown", "FactorAgainst", "FactorFavors",
        "DeadlineLabelAtLeastUntil", "DeadlineLabelEarliestDay", "DeadlineLabelEstimated", "DeadlineLabelCautious",
        "RecordWorksheetGoodToKnow", "RecordWorksheetDraft", "RecordWorksheetDraftHow", "EvidenceTaxYear", "EvidenceTaxYears",
    ];

    private static void AssertNoEnglishLeft(PdfText english, PdfText spanish, ScreeningReport englishReport)
    {
        // Citations stay as they are in every language ("Form 8857 (Rev. June 2021), Line 2" keeps "Line").
        var citations = SpanishPage.CitationsOf(englishReport);
        var spanishText = SpanishPage.WithoutCitations(spanish.Text, citations);
        var problems = EnglishLabelsLeft(english, spanish with { Text = spanishText });
        // The report's own texts (outcomes, reasons, caveats, factors, deadlines, next steps, evidence, worksheet).
        problems.AddRange(SpanishPage.EnglishLeftIn(spanishText, SpanishPage.ReportTexts(englishReport)).Select(s => $"report text \"{s}\" is still in English"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The English labels of the English record still in the Spanish one, and Spanish labels missing where the English
    /// record shows the English.
    /// </summary>
    private static List<string> EnglishLabelsLeft(PdfText english, PdfText spanish)
    {
        var problems = new List<string>();
        foreach (var label in Labels())
        {
            var shown = label.English.Where(piece => Contains(english.Text, piece)).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            problems.AddRange(shown
                .Where(piece => Contains(spanish.Text, piece))
                .Select(piece => $"{label.Key}: \"{piece}\" is still in English"));
            problems.AddRange(label.Spanish
                .Where(piece => !Contains(spanish.Text, piece))
                .Select(piece => $"{label.Key}: \"{piece}\" is missing from the Spanish record"));
        }

        return problems;
    }

    /// <summary>Every WebTexts key the record reads, with the words of its English and Spanish values (split at its places).</summary>
    private static List<(string Key, string[] English, string[] Spanish)> Labels()
    {
        var source = File.ReadAllText(Path.Combine(RepoRoot(), "src", "InnocentSpouse.Web", "Record", "RecordPdf.cs"));
        var english = Texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();
        var keys = WebTextsKey().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(english.Where(k => k.StartsWith("DeadlineLabel", StringComparison.Ordinal) || k is "FactorFavors" or "FactorNeutral" or "FactorAgainst" or "FactorNotKnown"))
            // The record's footer and title are checked on their own: the reader strips the footer from the text.
            .Where(k => k is not "RecordFooter")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. keys.Select(k => (k, Pieces(Texts.GetString(k, English)!), Pieces(Texts.GetString(k, Spanish)!)))];
    }

    private static string[] Pieces(string value) =>
        [.. Place().Split(value).Select(p => SpanishPage.Normalize(p)).Where(p => Word().IsMatch(p))];

    // Whole words only: "Line" is not in "Online" (a piece that starts or ends with punctuation may touch a date).
    private static bool Contains(string text, string piece) =>
        Regex.IsMatch(text, (char.IsLetterOrDigit(piece[0]) ? @"(?<![\p{L}\p{N}])" : "") + Regex.Escape(piece)
            + (char.IsLetterOrDigit(piece[^1]) ? @"(?![\p{L}\p{N}])" : ""));

    private static (PdfText English, PdfText Spanish, ScreeningReport Report) BothLanguages(ScreeningAnswers answers)
    {
        var englishReport = UiCulture.InCulture(English, () => ScreeningReport.Build(answers, AsOf));
        var english = UiCulture.InCulture(English, () => PdfText.Read(RecordPdf.Render(englishReport, discreet: false)));
        var spanish = UiCulture.InCulture(Spanish, () => PdfText.Read(RecordPdf.Render(ScreeningReport.Build(answers, AsOf), discreet: false)));
        return (english, spanish, englishReport);
    }

    private static async Task<(string? FileName, PdfText Pdf)> DownloadAsync(InterviewDriver driver, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var response = await driver.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RecordEndpoints.ContentType, response.Content.Headers.ContentType?.MediaType);
        return (response.Content.Headers.ContentDisposition?.FileName, PdfText.Read(await response.Content.ReadAsByteArrayAsync()));
    }


    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InnocentSpouse.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InnocentSpouse.sln not found above the test output folder.");
    }
}
