using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ical.Net;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Deadlines;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind": the letter guide and the deadline calculator rendered in Spanish
/// keep no sentence of the English page, except citations (the sources lists), what the person typed, letter numbers
/// and names. Also the Spanish dates and the Spanish <c>.ics</c>.
/// </summary>
public sealed partial class LetterAndDeadlinePagesSpanishTests(AppFactory factory) : IClassFixture<AppFactory>
{
    // A final determination dated Thursday June 17, 2027: day 90 is Wednesday September 15, 2027.
    private const string FinalDetermination = "event=final-determination&date-day=17&date-month=6&date-year=2027";

    public static TheoryData<string> Pages =>
    [
        "/letters",
        "/letters?number=4391",
        "/letters/4390",
        "/letters/3288",
        "/letters/by-wording",
        "/letters/by-wording?q-tax-court=yes",
        "/letters/by-wording?q-tax-court=yes&q-balance-due=yes",
        "/deadlines",
        "/deadlines?event=final-determination",
        "/deadlines?" + FinalDetermination,
        "/deadlines?event=letter4390&date-day=1&date-month=3&date-year=2027&printed-day=31&printed-month=3&printed-year=2027&named=yes",
        "/letters/3193?event=cdp-determination&date-day=1&date-month=3&date-year=2027",
        "/letters/preliminary-determination?event=preliminary-determination&date-day=1&date-month=3&date-year=2027&postmark-day=26&postmark-month=2&postmark-year=2027",
        "/deadlines?event=no-consideration&date-day=1&date-month=3&date-year=2027&actby=yes",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InSpanish_LeavesNoEnglishSentence(string path)
    {
        var english = await MainAsync(path, "en-US");
        var spanish = await MainAsync(path, "es");
        var spanishText = Normalize(spanish.TextContent);

        var left = Sentences(english)
            .Where(s => !spanishText.Contains(s, StringComparison.Ordinal))
            .ToList();
        var kept = Sentences(english).Where(s => spanishText.Contains(s, StringComparison.Ordinal) && !Allowed(s));

        Assert.NotEmpty(left);
        Assert.Equal([], kept.Select(s => $"{path}: \"{s}\""));
    }

    /// <summary>
    /// The calculator's result for every event (walked from <see cref="EventTypes.All"/>), with every date the event
    /// reads: a letter dated Saturday June 5, 2027 (day 30 is the observed Independence Day), an earlier postmark,
    /// printed dates, a lien filing date, a due date and two payments (one on February 29, 2028).
    /// </summary>
    public static TheoryData<string> EveryEventResult =>
    [
        .. EventTypes.All.Select(e => "/deadlines?" + EventQuery(e)),
        "/deadlines?event=lien-notice&date-day=5&date-month=6&date-year=2027&lienfiled-day=31&lienfiled-month=6&lienfiled-year=2027",
        "/deadlines?event=return-filed&date-day=5&date-month=6&date-year=2027&due-day=15&due-month=4&due-year=2027&paid1-month=2&paid1-year=2028",
        "/deadlines?event=letter4390&date-day=5&date-month=6&date-year=2027&printedcdp-day=5&printedcdp-month=13&printedcdp-year=2027",
    ];

    [Theory]
    [MemberData(nameof(EveryEventResult))]
    public async Task DeadlineResult_EveryEvent_InSpanish_LeavesNoEnglishSentence(string path) =>
        await Page_InSpanish_LeavesNoEnglishSentence(path);

    [Fact]
    public async Task DeadlineDateError_InSpanish_NamesTheBoxInSpanish()
    {
        var main = await MainAsync("/deadlines?event=lien-notice&date-day=5&date-month=6&date-year=2027&lienfiled-day=31&lienfiled-month=6&lienfiled-year=2027", "es");

        Assert.Contains("la fecha en que se presentó el gravamen", main.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    private static string EventQuery(EventTypeInfo info)
    {
        var query = new List<string> { "event=" + info.Name, "date-day=5", "date-month=6", "date-year=2027" };
        if (info.Fields.HasFlag(EventFields.Postmark))
        {
            query.AddRange(["postmark-day=3", "postmark-month=6", "postmark-year=2027"]);
        }

        if (info.Fields.HasFlag(EventFields.PrintedDate))
        {
            query.AddRange(["printed-day=6", "printed-month=7", "printed-year=2027"]);
        }

        if (info.Fields.HasFlag(EventFields.SplitPrintedDates))
        {
            query.AddRange(["printedcdp-day=5", "printedcdp-month=7", "printedcdp-year=2027", "printed6015-day=3", "printed6015-month=9", "printed6015-year=2027"]);
        }

        if (info.Fields.HasFlag(EventFields.LienFilingDate))
        {
            query.AddRange(["lienfiled-day=1", "lienfiled-month=6", "lienfiled-year=2027"]);
        }

        if (info.Fields.HasFlag(EventFields.Abroad))
        {
            query.Add("abroad=yes");
        }

        if (info.Fields.HasFlag(EventFields.ReturnDates))
        {
            query.AddRange(["due-day=15", "due-month=4", "due-year=2027", "paid1-day=5", "paid1-month=6", "paid1-year=2027", "paid2-day=29", "paid2-month=2", "paid2-year=2028"]);
        }

        return string.Join("&", query);
    }

    [Fact]
    public async Task DeadlinePage_InSpanish_ShowsSpanishDates()
    {
        var main = await MainAsync("/deadlines?" + FinalDetermination, "es");

        Assert.Contains("miércoles, 15 de septiembre de 2027", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Último día", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarFile_InSpanish_DiscreetByDefault_AndSpanishWhenNamed()
    {
        var discreet = await IcsAsync("/deadlines.ics?" + FinalDetermination + "&actby=yes");
        var named = await IcsAsync("/deadlines.ics?" + FinalDetermination + "&named=yes&actby=yes");

        Assert.Equal(["Fecha importante", "Recordatorio"], discreet.Events.Select(e => e.Summary!).Order(StringComparer.Ordinal));
        Assert.All(discreet.Events, e => Assert.Equal("Una fecha que usted guardó. Revise sus papeles para ver los detalles.", e.Description));
        Assert.Contains(named.Events, e => e.Summary == "Último día para pedir al Tribunal Tributario que revise la decisión sobre el cónyuge inocente");
        Assert.Contains(named.Events, e => e.Description!.Contains("(miércoles, 15 de septiembre de 2027)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CalendarFile_InEnglish_KeepsTheEnglishTitles()
    {
        var discreet = await IcsAsync("/deadlines.ics?" + FinalDetermination + "&actby=yes", "en-US");

        Assert.Equal(["Important date", "Reminder"], discreet.Events.Select(e => e.Summary!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeadlinesApi_AcceptLanguageSpanish_AnswersInSpanish_WithContentLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/deadlines", UriKind.Relative))
        {
            Content = new StringContent("""{"event":"final-determination","date":"2027-06-17","asOf":"2027-09-03"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "es-MX,es;q=0.9");

        var response = await factory.CreateClient().SendAsync(request);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var deadline = json.RootElement.GetProperty("deadlines")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("es-US", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Equal("Decisión definitiva sobre una solicitud de cónyuge inocente (incluida la Carta 3288)", json.RootElement.GetProperty("eventName").GetString());
        Assert.Equal("Último día para pedir al Tribunal Tributario que revise la decisión sobre el cónyuge inocente", deadline.GetProperty("title").GetString());
        Assert.Equal("2027-09-15", deadline.GetProperty("date").GetString());
        Assert.StartsWith("No somos el IRS", json.RootElement.GetProperty("notice").GetString(), StringComparison.Ordinal);
    }

    private async Task<Calendar> IcsAsync(string path, string language = "es")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<IElement> MainAsync(string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return document.QuerySelector("main")!;
    }

    /// <summary>The sentences of every element's own text, sources lists left out (citations stay as they are).</summary>
    private static IEnumerable<string> Sentences(IElement main) =>
        main.QuerySelectorAll("*")
            .Where(e => e.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
            .Where(e => e.Closest("li")?.QuerySelector("a[rel=noreferrer]") is null || e.Closest(".app-lookup") is not null)
            .Where(e => e.Closest("li")?.ParentElement?.PreviousElementSibling?.TextContent is not "Where this information comes from")
            .Where(e => e.Closest("details")?.QuerySelector("summary")?.TextContent.Trim() is not "Where this rule comes from")
            .SelectMany(e => SentenceEnd().Split(Normalize(e.TextContent)))
            .Select(s => s.Trim())
            .Where(s => Words().Count(s) >= 2)
            .Distinct();

    /// <summary>
    /// Citations, names and numbers that stay the same in Spanish; and "Tax Court" (the stage's English title), which
    /// the Spanish quotes on purpose where the person must find those words on an English letter.
    /// </summary>
    private static bool Allowed(string sentence) =>
        sentence == "Tax Court" || (Citation().IsMatch(sentence) && Words().Count(Citation().Replace(sentence, "")) < 2);

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"IRC §[\d()a-zA-Z]+|Treas\. Reg\. §[\d.()\-a-zA-Z]+|Pub\. \d+|Letter \d+|Form \d+|Rev\. Proc\. [\d-]+|T\.C\.|U\.S\.C\.")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
