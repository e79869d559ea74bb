using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind", for the results: for every truth table, the results page and the
/// read-only shared page in Spanish leave no sentence of the results' texts (outcome labels and summaries, relief
/// names, caveats, reasons, the factor table, next steps, and the pages' own words) as the English page shows it; and
/// the whole results page in Spanish keeps no sentence of the English page (citations aside).
/// </summary>
public sealed partial class SpanishResultsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = 2023;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    // Words the same in both languages or citations: never a sentence left in English.
    // "Not certain:" is also the deadline card's lead (Deadlines/DeadlineCard.razor, the deadlines' area), checked there.
    private static readonly HashSet<string> SameInBothLanguages = ["Factor", "Not certain:"];

    // The WebTexts keys of the results area (es-results): the results and shared pages and their components.
    private static readonly string[] ResultsKeyPrefixes = ["Result", "SourceLabel", "Factor", "NextSteps", "Evidence", "Shared"];

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex(@"(?<=[.;:!?])(?<!\b(?:Pub|Reg|Treas|Proc|Rev|Memo|v|T\.C|Cir|Dec)\.)\s+")]
    private static partial Regex SentenceEnd();

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task ResultsAndSharedPage_InSpanish_LeaveNoResultSentenceInEnglish(string truth)
    {
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var report = UiCulture.InCulture(English, () => ScreeningReport.Build(ExpectedResults.AnswersFor(table, Year), factory.Today));
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(CultureInfo.InvariantCulture), table);
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;

        var englishResults = Decode((await owner.GetAsync("/interview/results")).Html);
        var spanishResults = Decode((await owner.GetAsync("/interview/results?lang=es")).Html);
        var englishShared = Decode((await new InterviewDriver(factory).GetAsync($"/shared/{token}")).Html);
        var spanishShared = Decode((await new InterviewDriver(factory).GetAsync($"/shared/{token}?lang=es")).Html);

        AssertTranslated(report, englishResults, spanishResults);
        AssertTranslated(report, englishShared, spanishShared);
        Assert.Contains($"Revisado el {DateText.Day(report.AsOf, Spanish)} según {report.Revision}.", spanishResults, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task ResultsPage_InSpanish_KeepsNoSentenceOfTheEnglishPage(string truth)
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(CultureInfo.InvariantCulture), Truths.All().Single(t => t.Name == truth).Answers);

        var english = await MainAsync((await owner.GetAsync("/interview/results?lang=en")).Html);
        var spanish = Normalize(WithoutCitations(await MainAsync((await owner.GetAsync("/interview/results?lang=es")).Html)).TextContent);

        var sentences = PageSentences(english).ToList();
        var kept = sentences.Where(s => spanish.Contains(s, StringComparison.Ordinal) && !Citation(s));

        Assert.True(sentences.Count > 40, $"Only {sentences.Count} English sentences found on the results page.");
        Assert.Equal([], kept.Select(s => $"{truth}: \"{s}\""));
    }

    [Fact]
    public async Task ScreeningApi_InSpanish_GivesTheEngineTextsInSpanish()
    {
        // Figure C's table reaches the factor table; its reasons include rule statements and explanations.
        var answers = ExpectedResults.AnswersFor(Truths.FigureC(), Year);
        var english = await PostScreeningAsync(answers, "en-US");
        var spanish = await PostScreeningAsync(answers, "es");

        var englishTexts = ApiTexts(english).ToHashSet(StringComparer.Ordinal);
        var left = ApiTexts(spanish).Where(t => englishTexts.Contains(t) && Words().Count(t) >= 2 && !Citation(t)).Distinct();

        Assert.Equal([], left);
        var equitable = spanish.GetProperty("years")[0].GetProperty("reliefs").EnumerateArray().Single(r => r.GetProperty("relief").GetString() == "equitable-relief");
        Assert.Equal("Estado civil", equitable.GetProperty("factors")[0].GetProperty("factor").GetString());
    }

    [Fact]
    public async Task ResultsPage_InEnglish_IsUnchangedByTheSpanishTexts()
    {
        var table = Truths.All()[0].Answers;
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(CultureInfo.InvariantCulture), table);

        var html = Decode((await owner.GetAsync("/interview/results?lang=en")).Html);

        Assert.Contains("<h1>Your results</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"Checked on {factory.Today.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)} against ", html, StringComparison.Ordinal);
    }

    private static void AssertTranslated(ScreeningReport report, string english, string spanish)
    {
        foreach (var relief in report.Years.SelectMany(y => y.Reliefs))
        {
            Assert.Contains($"<p class=\"app-result__outcome\">{DeterminationText.Label(relief.Determination, Spanish)}</p>", spanish, StringComparison.Ordinal);
            Assert.Contains($">{DeterminationText.Name(relief.Relief, Spanish)}</h3>", spanish, StringComparison.Ordinal);
        }

        var left = ResultTexts(report)
            .Where(text => english.Contains(text, StringComparison.Ordinal))
            .SelectMany(text => SentenceEnd().Split(text))
            .Where(sentence => sentence.Length >= 12 && !SameInBothLanguages.Contains(sentence) && Regex.IsMatch(sentence, "[a-z]{3}") && !Citation(sentence))
            .Where(sentence => spanish.Contains(sentence, StringComparison.Ordinal))
            .Distinct();

        Assert.Equal([], left);
    }

    // The English texts of the results area: the pages' words (WebTexts) and the report's outcome texts.
    private static IEnumerable<string> ResultTexts(ScreeningReport report)
    {
        // Every engine text: caveats, assumptions, limitations, the rules' statements and explanations, the factor table
        // (es-engine). A reason's question and answer come from the questions (es-interview's keys).
        foreach (var relief in report.Years.SelectMany(y => y.Reliefs))
        {
            yield return relief.Summary;
            yield return DeterminationText.Name(relief.Relief, English);
            foreach (var text in relief.Caveats
                .Concat(relief.Reasons.SelectMany(s => new[] { s.Question, s.Answer, s.Assumption }.OfType<string>()))
                .Concat(relief.Factors.SelectMany(f => new[] { f.Factor, f.Because })))
            {
                yield return text;
            }
        }

        foreach (var step in report.NextSteps)
        {
            yield return step.Heading;
            yield return step.Lead;
            yield return step.Text;
        }

        var pageTexts = new ResourceManager("InnocentSpouse.Web.Localisation.WebTexts", typeof(Program).Assembly).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        foreach (DictionaryEntry entry in pageTexts)
        {
            if (entry.Key is string key && ResultsKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            {
                // The fixed part of a format: the words before its first place.
                yield return ((string)entry.Value!).Split('{')[0].Trim();
            }
        }
    }

    // Citations (.app-source: "Source: Pub. 971 …") stay as they are, in every language.
    private static readonly string[] Citations = [".app-source"];

    private static async Task<IElement> MainAsync(string html) =>
        (await new HtmlParser().ParseDocumentAsync(html)).QuerySelector("main")!;

    /// <summary>The sentences of every element's own text in <paramref name="main"/>, other helpers' areas left out.</summary>
    private static IEnumerable<string> PageSentences(IElement main) =>
        WithoutCitations(main).QuerySelectorAll("*")
            .Where(e => e.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
            .Where(e => !SpanishPage.IsCitation(Normalize(e.TextContent)))
            .SelectMany(e => PageSentenceEnd().Split(Normalize(e.TextContent)))
            .Select(s => s.Trim())
            .Where(s => Words().Count(s) >= 2)
            .Distinct();

    private static IElement WithoutCitations(IElement main)
    {
        foreach (var area in main.QuerySelectorAll(string.Join(", ", Citations)).ToList())
        {
            area.Remove();
        }

        return main;
    }

    // A citation alone (a case name, a section): the same in both languages.
    private static bool Citation(string sentence) => Words().Count(CitationPattern().Replace(sentence, string.Empty)) < 2;

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    // A sentence ends after . ? or ! but not after a citation's abbreviation ("Pub. 971", "Treas. Reg.", "v. Commissioner").
    [GeneratedRegex(@"(?<=[.?!])(?<!\b(?:Pub|Reg|Treas|Proc|Rev|Memo|v|T\.C|Cir|Dec)\.)\s+")]
    private static partial Regex PageSentenceEnd();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"IRC §[\d()a-zA-Z]+|Treas\. Reg\. §[\d.()\-a-zA-Z]+|Pub\. \d+|Form \d+|Rev\. Proc\. [\d-]+|T\.C\.( Memo\.)?|[A-Z][A-Za-z-]+ v\. Commissioner")]
    private static partial Regex CitationPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private async Task<System.Text.Json.JsonElement> PostScreeningAsync(Domain.Interview.ScreeningAnswers answers, string language)
    {
        var body = new Dictionary<string, object>
        {
            ["asOf"] = factory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["household"] = answers.Household,
            ["years"] = answers.Years.ToDictionary(y => y.Key.ToString(CultureInfo.InvariantCulture), y => y.Value),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/screenings", UriKind.Relative))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static readonly string[] ReasonFields = ["question", "answer", "assumption"];

    // The engine's texts in the API: summaries, caveats, reasons' questions, answers and assumptions, factors.
    private static IEnumerable<string> ApiTexts(System.Text.Json.JsonElement screening) =>
        screening.GetProperty("years").EnumerateArray().SelectMany(y => y.GetProperty("reliefs").EnumerateArray()).SelectMany(r =>
            new[] { r.GetProperty("summary").GetString() }
                .Concat(r.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()))
                .Concat(r.GetProperty("reasons").EnumerateArray().SelectMany(s => ReasonFields.Select(p => s.GetProperty(p).GetString())))
                .Concat(r.GetProperty("factors").EnumerateArray().SelectMany(f => new[] { f.GetProperty("factor").GetString(), f.GetProperty("because").GetString() })))
            .OfType<string>();


    private static string Decode(string html) => WebUtility.HtmlDecode(html);
}
