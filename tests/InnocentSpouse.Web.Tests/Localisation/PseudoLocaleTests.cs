using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13: "A pseudo-locale run catches text that is hard-coded in markup, where no lookup can see it." Debug builds
/// carry the pseudo-locale qps-Ploc (src/Localisation/PseudoLocale.targets): every Web text is the English wrapped in
/// ⟦ ⟧ and every Domain text the Spanish wrapped the same way. These tests offer it as a third language, render every
/// page in it (every interview page of every truth table in tests/Shared, the results, check-answers, worksheet,
/// save, share, shared and start-link pages, the letters, the deadline calculator with results, the safety and status
/// pages), take away every wrapped text, citations, dates and what the person typed, and fail on any word left: a
/// word no lookup produced.
/// </summary>
public sealed partial class PseudoLocaleTests : IClassFixture<PseudoLocaleTests.PseudoLocaleApp>
{
    private readonly PseudoLocaleApp _app;

    public PseudoLocaleTests(PseudoLocaleApp app) => _app = app;

    /// <summary>The app with the pseudo-locale offered after English and Spanish.</summary>
    public sealed class PseudoLocaleApp : AppFactory
    {
        public PseudoLocaleApp() =>
            Settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Localisation:Cultures:2"] = "qps-Ploc" };
    }

    // A final determination dated Thursday June 17, 2027.
    private const string Dated = "date-day=17&date-month=6&date-year=2027";

    public static TheoryData<string> PlainPages =>
    [
        "/",
        "/interview",
        "/resume",
        "/start-link",
        "/safety",
        "/no-such-page",
        "/interview/deleted",
        "/letters",
        "/letters?number=4391",
        "/letters/4390",
        "/letters/3288",
        "/letters/by-wording",
        "/letters/by-wording?q-tax-court=yes&q-balance-due=yes",
        "/deadlines",
        "/deadlines?event=final-determination&" + Dated,
        "/deadlines?event=letter4390&date-day=1&date-month=3&date-year=2027&printed-day=31&printed-month=3&printed-year=2027",
        "/deadlines?event=no-consideration&date-day=1&date-month=3&date-year=2027&actby=yes",
        "/deadlines?event=final-determination&date-day=31&date-month=2&date-year=2027",
    ];

    public static TheoryData<string> TruthTables => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(PlainPages))]
    public async Task Page_InThePseudoLocale_HasNoTextFromOutsideALookup(string path)
    {
        var driver = new InterviewDriver(_app);
        await driver.GetAsync("/?lang=qps");

        var (_, html, _) = await driver.GetAsync(path);

        var problems = Unlooked(path, html);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(TruthTables))]
    public async Task Interview_InThePseudoLocale_EveryPageHasNoTextFromOutsideALookup(string table)
    {
        var driver = new InterviewDriver(_app);
        await driver.GetAsync("/interview?lang=qps");
        await driver.CompleteAsync("2021,2022", Truths.All().Single(t => t.Name == table).Answers);
        string[] pages = ["/interview/years", .. driver.Visited, "/interview/check-answers", "/interview/results", "/interview/worksheet", "/interview/save", "/interview/delete-answers", "/interview/share"];

        var problems = new List<string>();
        foreach (var page in pages)
        {
            var (status, html, _) = await driver.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, status);
            problems.AddRange(Unlooked(page, html));
        }

        Assert.True(driver.Visited.Count >= 5, $"only {driver.Visited.Count} question pages visited");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task SharedAndStartLinkPages_InThePseudoLocale_HaveNoTextFromOutsideALookup()
    {
        var owner = new InterviewDriver(_app);
        await owner.GetAsync("/interview?lang=qps");
        await owner.CompleteAsync("2021", Truths.FigureA());
        var (_, shared, _) = await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        var shareToken = SharedLink().Match(shared).Groups[1].Value;
        var (_, made, _) = await owner.PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = "15", ["date-month"] = "9", ["date-year"] = "2025",
        });
        var startToken = StartLink().Match(made).Groups[1].Value;
        var reader = new InterviewDriver(_app);
        await reader.GetAsync("/?lang=qps");

        var problems = new List<string>();
        problems.AddRange(Unlooked("/interview/share (made)", shared));
        problems.AddRange(Unlooked("/start-link (made)", made));
        foreach (var page in new[] { $"/shared/{shareToken}", $"/start/{startToken}", "/shared/AAAAAAAAAAAAAAAAAAAAAA" })
        {
            problems.AddRange(Unlooked(page, (await reader.GetAsync(page)).Html));
        }

        Assert.NotEmpty(shareToken);
        Assert.NotEmpty(startToken);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Unlooked_TextOutsideALookup_IsFound()
    {
        const string html = "<html lang=\"qps\"><head><title>⟦Tîtlé⟧</title></head><body><main><p>⟦Làbél⟧ Hard-coded words</p>" +
            "<p>⟦Fîrst ⟦nésted⟧ pàrt⟧</p><p>⟦Fuente:⟧ Pub. 971 (Rev. Dec. 2021), Figure A, Decision (3)</p>" +
            "<a lang=\"en\" href=\"/?lang=en\">English</a><button aria-label=\"Close me\">⟦X⟧</button></main></body></html>";

        var found = Unlooked("/test", html);

        Assert.Equal(["/test: text \"Hard-coded words\"", "/test: aria-label \"Close me\""], found);
    }

    /// <summary>
    /// The words of <paramref name="html"/> that no lookup produced: the page's text (leaf by leaf), its title and its
    /// accessible-name attributes, with wrapped texts (⟦…⟧, nested), citations, dates and other language's names
    /// taken away.
    /// </summary>
    private static List<string> Unlooked(string page, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("qps", document.DocumentElement.GetAttribute("lang"));
        foreach (var element in document.QuerySelectorAll("script, style, template, [lang]:not(html)").ToList())
        {
            element.Remove();
        }

        var problems = new List<string>();
        var text = string.Join('\n', document.Body!.Descendants<IText>().Select(t => t.Data)) + '\n' + document.Title;
        problems.AddRange(Leftovers(text).Select(l => $"{page}: text \"{l}\""));
        foreach (var element in document.QuerySelectorAll("[aria-label], [title], [alt], [placeholder], input[type=submit][value]"))
        {
            foreach (var name in new[] { "aria-label", "title", "alt", "placeholder", "value" })
            {
                if (element.GetAttribute(name) is { } value && !(name == "value" && element.GetAttribute("type") != "submit"))
                {
                    problems.AddRange(Leftovers(value).Select(l => $"{page}: {name} \"{l}\""));
                }
            }
        }

        return problems;
    }

    private static IEnumerable<string> Leftovers(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = Wrapped().Replace(text, " ");
        }
        while (text != previous);

        return text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => !SpanishPage.IsCitation(line))
            .Select(line => Allowed().Replace(line, " ").Trim())
            .Where(line => Word().IsMatch(line))
            .Distinct(StringComparer.Ordinal);
    }


    /// <summary>
    /// Words that are not texts: the site's name; month and weekday names in dates (the pseudo-locale has no names of
    /// its own; real languages format them through DateText); resume codes; addresses (a share link, irs.gov); acronyms and codes
    /// that read the same in every language (IRS, CDP, TAS, TTY; the letter stages "A" to "F").
    /// </summary>
    [GeneratedRegex(@"\b[0-9A-Z]{5}(-[0-9A-Z]{5}){4}\b|\bInnocentSpouse\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bhttps?://\S+|\b[\w.-]+\.(gov|org|com)(/\S*)?|\b[A-Z]{2,5}\b")]
    private static partial Regex Allowed();

    /// <summary>A wrapped text with no wrapped text inside it (the loop above peels nested ones).</summary>
    [GeneratedRegex(@"⟦[^⟦⟧]*⟧", RegexOptions.Singleline)]
    private static partial Regex Wrapped();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex(@"/start/([A-Za-z0-9_-]{22})")]
    private static partial Regex StartLink();
}
