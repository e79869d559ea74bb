using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind", for the interview: a truth table of tests/Shared played in Spanish
/// (cookie from <c>?lang=es</c>) through the start page, the years page, every question page, check-answers and the
/// save, resume and deleted pages; each
/// page says <c>&lt;html lang="es"</c>, and no sentence of the same page in English is left in its Spanish render
/// (citations, numbers and names allowed), for every truth table of tests/Shared.
/// </summary>
public sealed partial class InterviewInSpanishTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Texts that may read the same in both languages: citations (they stay as written), names, codes.</summary>
    [GeneratedRegex(@"§|Pub\. 971|Rev\. Proc\.|Treas\. Reg\.|v\. Commissioner|Form \d{4}|\bIRC\b|^InnocentSpouse|^[\d\s,.:$-]+$|^[0-9A-Z]{5}(-[0-9A-Z]{5})+$")]
    private static partial Regex AllowedSame();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"<main\b.*?</main>", RegexOptions.Singleline)]
    private static partial Regex MainContent();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static TheoryData<string> TruthTables => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthTables))]
    public async Task TruthTable_InSpanish_EveryInterviewPage_IsSpanish_WithNoEnglishSentenceLeft(string table)
    {
        var driver = new InterviewDriver(factory);
        await driver.GetAsync("/interview?lang=es");
        await driver.CompleteAsync("2021", Truths.All().Single(t => t.Name == table).Answers);
        string[] pages = ["/interview", "/interview/years", .. driver.Visited, "/interview/check-answers", "/interview/save", "/interview/delete-answers", "/resume", "/interview/deleted"];

        var problems = new List<string>();
        foreach (var page in pages)
        {
            var (englishStatus, english, _) = await driver.GetAsync($"{page}?lang=en");
            var (spanishStatus, spanish, _) = await driver.GetAsync($"{page}?lang=es");
            Assert.Equal(HttpStatusCode.OK, englishStatus);
            Assert.Equal(HttpStatusCode.OK, spanishStatus);
            Assert.Contains("<html lang=\"es\"", spanish, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);

            var spanishTexts = Texts(spanish).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(Texts(english)
                .Where(t => Word().Count(t) >= 2 && spanishTexts.Contains(t) && !AllowedSame().IsMatch(t))
                .Select(t => $"{page}: \"{t}\""));
        }

        Assert.True(driver.Visited.Count >= 3, $"only {driver.Visited.Count} question pages visited");
        Assert.Equal([], problems.Distinct());
    }

    [Fact]
    public async Task QuestionPage_InSpanish_ShowsTheSpanishQuestion_AndItsSectionAndButton()
    {
        var driver = new InterviewDriver(factory);
        await driver.GetAsync("/interview?lang=es");
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (_, html, _) = await driver.GetAsync("/interview/2021/q/filed-joint-return");

        Assert.Contains("¿Presentó una declaración conjunta con su cónyuge para este año?", html, StringComparison.Ordinal);
        Assert.Contains("Año tributario 2021", html, StringComparison.Ordinal);
        Assert.Contains(">Su declaración o declaraciones</li>", html, StringComparison.Ordinal);
        Assert.Contains("Continuar", html, StringComparison.Ordinal);
        Assert.Contains("Fuente: Pub. 971", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YesNoQuestion_PostedEmpty_InSpanish_SaysChooseYesOrNo()
    {
        var driver = new InterviewDriver(factory);
        await driver.GetAsync("/interview?lang=es");
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (status, html, _) = await driver.PostAsync("/interview/2021/q/final-court-decision", "answer", new Dictionary<string, string> { ["Input.Value"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Elija sí o no", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateQuestion_WithAnImpossibleDay_InSpanish_NamesTheMonthInSpanish()
    {
        var driver = new InterviewDriver(factory);
        await driver.GetAsync("/interview?lang=es");
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (status, html, _) = await driver.PostAsync("/interview/2021/q/first-collection-date", "answer",
            new Dictionary<string, string> { ["Input.Day"] = "30", ["Input.Month"] = "2", ["Input.Year"] = "2025" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("La fecha debe ser una fecha real. febrero de 2025 tiene 28 días", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearsPage_WithNoYear_InSpanish_ExplainsInSpanish()
    {
        var driver = new InterviewDriver(factory);
        await driver.GetAsync("/interview?lang=es");
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());

        var (status, html, _) = await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Escriba al menos un año tributario, por ejemplo 2021", html, StringComparison.Ordinal);
    }

    /// <summary>The page's title and the text nodes of its main content, decoded and with spaces collapsed.</summary>
    private static IEnumerable<string> Texts(string html)
    {
        var title = Title().Match(html).Groups[1].Value;
        var main = Scripts().Replace(MainContent().Match(html).Value, " ");
        return Tag().Split(main).Prepend(title)
            .Select(t => Regex.Replace(WebUtility.HtmlDecode(t), @"\s+", " ").Trim())
            .Where(t => t.Length > 0);
    }
}
