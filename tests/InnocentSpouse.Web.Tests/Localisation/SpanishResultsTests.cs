using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind", for the results: for every truth table, the results page and the
/// read-only shared page in Spanish leave no sentence of the results' texts (outcome labels and summaries, relief
/// names, the outcomes' caveats, next steps, and the pages' own words) as the English page shows it.
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

    [GeneratedRegex(@"(?<=[.;:!?])\s+")]
    private static partial Regex SentenceEnd();

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task ResultsAndSharedPage_InSpanish_LeaveNoResultSentenceInEnglish(string truth)
    {
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var report = InEnglish(() => ScreeningReport.Build(ExpectedResults.AnswersFor(table, Year), factory.Today));
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
            .Where(sentence => sentence.Length >= 12 && !SameInBothLanguages.Contains(sentence) && Regex.IsMatch(sentence, "[a-z]{3}"))
            .Where(sentence => spanish.Contains(sentence, StringComparison.Ordinal))
            .Distinct();

        Assert.Equal([], left);
    }

    // The English texts of the results area: the pages' words (WebTexts) and the report's outcome texts.
    private static IEnumerable<string> ResultTexts(ScreeningReport report)
    {
        // Outcome caveats only: the edges' assumptions and caveats (reason, caveat and assumption texts) are not on keys yet,
        // and one outcome caveat is also an edge's, so the page shows it as the edge gave it.
        var nodes = FlowchartCatalog.Pub971Dec2021.All.SelectMany(c => c.Nodes).ToList();
        var edgeTexts = nodes.SelectMany(n => n.Branches).SelectMany(b => new[] { b.Edge.Assumption, b.Edge.Caveat, b.Edge.Limitation }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        edgeTexts.Add(Domain.Flowcharts.Pub971.CoverageRules.IrsConsidersTheRestCaveat); // also a rule's caveat
        var outcomeCaveats = nodes.OfType<Outcome>().SelectMany(o => o.Caveats).Where(c => !edgeTexts.Contains(c)).ToHashSet(StringComparer.Ordinal);
        foreach (var relief in report.Years.SelectMany(y => y.Reliefs))
        {
            yield return relief.Summary;
            yield return DeterminationText.Name(relief.Relief, English);
            foreach (var caveat in relief.Caveats.Where(outcomeCaveats.Contains))
            {
                yield return caveat;
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

    private static T InEnglish<T>(Func<T> build)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = English;
        try
        {
            return build();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html);
}
