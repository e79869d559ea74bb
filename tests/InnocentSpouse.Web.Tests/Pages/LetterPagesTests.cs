using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnocentSpouse.Web.Tests.Pages;

public sealed class LetterPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string Show(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    private async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url, bool followRedirects = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    [Fact]
    public async Task LetterIndex_Get_ListsEveryLetterByStageWithSearchAndQuickExit()
    {
        var (response, doc) = await GetAsync("/letters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Find your letter", doc.Title);
        Assert.NotNull(doc.QuerySelector("form[method=get][action='/letters'] input[name=number]"));
        var links = doc.QuerySelectorAll(".usa-process-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(Domain.Letters.LetterCatalog.All, l => Assert.Contains($"/letters/{l.Id}", links));
        Assert.Equal(Domain.Letters.ProcessStages.Ordered.Length, doc.QuerySelectorAll(".usa-process-list__item").Length);
        Assert.Equal(2, doc.QuerySelectorAll("a[href='/exit'][data-app-exit]").Length);
    }

    [Fact]
    public async Task LetterIndex_KnownNumber_RedirectsToTheLetter()
    {
        var (response, _) = await GetAsync("/letters?number=Letter+3284-C", followRedirects: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/letters/3284-c", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetterIndex_UnknownNumber_HelpfulAnswerWithSuggestionsQuestionsAndHelp()
    {
        var (response, doc) = await GetAsync("/letters?number=4391");
        var text = doc.Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("We don't have \"4391\" in this guide", text, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector(".app-lookup a[href='/letters/4390']"));
        Assert.Contains(Domain.Letters.LetterCatalog.WordingQuestions[0].Text, text, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector(".app-lookup a[href='/letters/by-wording']"));
        Assert.Contains("Taxpayer Advocate Service", doc.QuerySelector(".app-lookup")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[role=alert]"));
    }

    [Fact]
    public async Task LetterIndex_EmptyNumber_ErrorSummaryLinksToTheBox()
    {
        var (response, doc) = await GetAsync("/letters?number=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("#number", doc.QuerySelector(".app-error-summary a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter4390_NoDate_ExplainsLetterWithCurrentStageAndForm()
    {
        var (response, doc) = await GetAsync("/letters/4390");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Letter 4390", doc.Title, StringComparison.Ordinal);
        Assert.Contains("Collection Due Process", doc.QuerySelector("[aria-current=step]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("form[method=get] input#date-day"));
        Assert.Null(doc.QuerySelector(".app-deadlines"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Letter4390_LetterDate_ShowsBothDatesWithTheWorking()
    {
        var letterDate = new DateOnly(2026, 1, 5);
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, letterDate));

        var (response, doc) = await GetAsync("/letters/4390?date-day=5&date-month=1&date-year=2026");
        var results = doc.QuerySelector(".app-deadlines")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, expected.Length);
        foreach (var deadline in expected)
        {
            var section = doc.GetElementById($"deadline-{deadline.Id}")!.ParentElement!;
            Assert.Contains(Show(deadline.Date!.Value), section.TextContent, StringComparison.Ordinal);
            Assert.Contains(Show(deadline.ActBy!.Value), section.TextContent, StringComparison.Ordinal);
            Assert.All(deadline.Working.Lines, line => Assert.Contains(line, section.TextContent, StringComparison.Ordinal));
        }

        Assert.Contains("days 31 to 90", results.TextContent, StringComparison.Ordinal);
        Assert.Contains("11:59 p.m. Eastern", results.TextContent, StringComparison.Ordinal);
        Assert.Contains("cannot be extended", results.TextContent, StringComparison.Ordinal);
        Assert.NotNull(results.QuerySelector("a[href^='/deadlines.ics?event=letter4390']"));
    }

    [Fact]
    public async Task Letter4390_PostmarkEarlierThanLetterDate_CountsFromPostmark()
    {
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, new DateOnly(2026, 1, 5), postmark: new DateOnly(2026, 1, 2)));

        var (_, doc) = await GetAsync("/letters/4390?date-day=5&date-month=1&date-year=2026&postmark-day=2&postmark-month=1&postmark-year=2026");
        var text = doc.QuerySelector(".app-deadlines")!.TextContent;

        Assert.All(expected, d => Assert.Contains(Show(d.Date!.Value), text, StringComparison.Ordinal));
        Assert.Contains("postmark", text, StringComparison.Ordinal);
        Assert.Equal("2", doc.GetElementById("postmark-day")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("Impossible day", "date-day=30&date-month=2&date-year=2026", "date-day", "February 2026 has 28 days")]
    [InlineData("Missing month", "date-day=5&date-month=&date-year=2026", "date-month", "must include a month")]
    [InlineData("Year out of range", "date-day=5&date-month=1&date-year=2200", "date-year", "between 1990 and 2089")]
    [InlineData("Two-digit year", "date-day=5&date-month=1&date-year=26", "date-year", "4 numbers")]
    [InlineData("Letters in a box", "date-day=five&date-month=1&date-year=2026", "date-day", "numbers only")]
    [InlineData("Empty", "date-day=&date-month=&date-year=", "date-day", "Enter the date on the letter, for example 15 3 2026")]
    [InlineData("Bad postmark", "date-day=5&date-month=1&date-year=2026&postmark-day=31&postmark-month=4&postmark-year=2026", "postmark-day", "April 2026 has 30 days")]
    public async Task Letter4390_InvalidDate_ErrorSummaryLinksToTheBoxNot500(string name, string query, string fieldId, string message)
    {
        var (response, doc) = await GetAsync($"/letters/4390?{query}");
        var link = doc.QuerySelector(".app-error-summary a");

        Assert.True(response.StatusCode == HttpStatusCode.OK, name);
        Assert.NotNull(link);
        Assert.EndsWith($"#{fieldId}", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(message, link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.GetElementById(fieldId));
        Assert.Null(doc.QuerySelector(".app-deadlines"));
    }

    [Fact]
    public async Task Letter4390_AsksForEachPrintedDateSeparately()
    {
        var (_, doc) = await GetAsync("/letters/4390?date-day=4&date-month=3&date-year=2026&printedcdp-day=1&printedcdp-month=4&printedcdp-year=2026");
        var text = doc.QuerySelector(".app-deadlines")!.TextContent;

        Assert.NotNull(doc.GetElementById("printedcdp-day"));
        Assert.NotNull(doc.GetElementById("printed6015-day"));
        Assert.Null(doc.GetElementById("printed-day"));
        Assert.Contains(Show(new DateOnly(2026, 4, 1)), doc.GetElementById("deadline-tax-court-cdp")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Show(new DateOnly(2026, 6, 2)), doc.GetElementById("deadline-tax-court-6015")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("days 31 to 90", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter4390_NinetyDayDateInTheThirtyDayBox_ErrorSummaryAsksAboutIt()
    {
        var (response, doc) = await GetAsync("/letters/4390?date-day=4&date-month=3&date-year=2026&printedcdp-day=2&printedcdp-month=6&printedcdp-year=2026");
        var link = doc.QuerySelector(".app-error-summary a")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("#printedcdp-day", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("innocent spouse (90-day) date", link.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".app-deadlines"));
    }

    [Fact]
    public async Task DeadlineCalculator_PostmarkDecadesBeforeTheLetter_ErrorNotADate()
    {
        var (_, doc) = await GetAsync("/deadlines?event=final-determination&date-day=2&date-month=3&date-year=2026&postmark-day=2&postmark-month=3&postmark-year=1996");

        Assert.EndsWith("#postmark-day", doc.QuerySelector(".app-error-summary a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector(".app-deadlines"));
    }

    [Fact]
    public async Task DeadlineCalculator_PrintedLastDayInFirstDaysOf1990_ShowsItWithTheActByDayIn1989()
    {
        // The act-by day, five business days before Friday 1990-01-05, is Thursday 1989-12-28 (Monday 1990-01-01 is New Year's Day).
        var (response, doc) = await GetAsync("/deadlines?event=final-determination&date-day=1&date-month=1&date-year=1990&printed-day=5&printed-month=1&printed-year=1990");
        var section = doc.GetElementById("deadline-tax-court-6015")!.ParentElement!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(doc.QuerySelector(".app-error-summary"));
        Assert.Contains(Show(new DateOnly(1990, 1, 5)), section, StringComparison.Ordinal);
        Assert.Contains("Act by " + Show(new DateOnly(1989, 12, 28)), section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter3172_LienFilingDate_ShowsTheDateCountedFromTheFiling()
    {
        var (_, doc) = await GetAsync("/letters/3172?date-day=8&date-month=11&date-year=2004&lienfiled-day=4&lienfiled-month=11&lienfiled-year=2004");
        var section = doc.GetElementById("deadline-cdp-hearing-lien")!.ParentElement!.TextContent;

        Assert.Contains(Show(new DateOnly(2004, 12, 13)), section, StringComparison.Ordinal);
        Assert.Contains("The 5th business day after the filing is Friday 2004-11-12", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter3172_NoFilingOrPrintedDate_ShowsAnEstimateThatSaysWhatItAssumes()
    {
        var (_, doc) = await GetAsync("/letters/3172?date-day=2&date-month=3&date-year=2026");
        var section = doc.GetElementById("deadline-cdp-hearing-lien")!.ParentElement!.TextContent;

        Assert.Contains("Estimated last day", section, StringComparison.Ordinal);
        Assert.Contains("This assumes the IRS mailed the letter on time", section, StringComparison.Ordinal);
        Assert.DoesNotContain("rotective", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter3193_LetterDate_ShowsOnlyTheThirtyDayPetition()
    {
        var (response, doc) = await GetAsync("/letters/3193?date-day=16&date-month=1&date-year=2015");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(doc.QuerySelectorAll(".app-deadlines .app-deadline"));
        Assert.Contains(Show(new DateOnly(2015, 2, 17)), doc.GetElementById("deadline-tax-court-cdp")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetterPage_UnknownId_Returns404WithLinkToLetters()
    {
        var (response, doc) = await GetAsync("/letters/no-such-letter");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(doc.QuerySelector("main a[href='/letters']"));
    }

    [Fact]
    public async Task LetterByWording_TaxCourtYes_ListsMatchingLetters()
    {
        var expected = Domain.Letters.LetterCatalog.Narrow(new Dictionary<string, Domain.Letters.WordingAnswer> { ["tax-court"] = Domain.Letters.WordingAnswer.Yes });

        var (response, doc) = await GetAsync("/letters/by-wording?q-tax-court=yes");
        var links = doc.QuerySelectorAll("#matches + ul a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Select(l => $"/letters/{l.Id}"), links);
    }

    [Fact]
    public async Task DeadlineCalculator_ChooseEventThenDate_ShowsDeadlines()
    {
        var (_, first) = await GetAsync("/deadlines");
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.NoticeOfDeficiency, new DateOnly(2026, 3, 2), addressedOutsideUnitedStates: true));

        var (response, doc) = await GetAsync("/deadlines?event=notice-of-deficiency&date-day=2&date-month=3&date-year=2026&abroad=yes");

        Assert.Equal(EventTypesCount(), first.QuerySelectorAll("input[name=event]").Length);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Show(expected[0].Date!.Value), doc.QuerySelector(".app-deadlines")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("150", doc.QuerySelector(".app-deadlines")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineCalculator_NoEventChosen_ErrorSummaryLinksToFirstRadio()
    {
        var (response, doc) = await GetAsync("/deadlines?step=event");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("#event", doc.QuerySelector(".app-error-summary a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(doc.GetElementById("event"));
    }

    [Fact]
    public async Task SafetyPage_Get_SaysWhatTheExitCannotDo()
    {
        var (response, doc) = await GetAsync("/safety");
        var text = doc.Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("What the exit cannot do", text, StringComparison.Ordinal);
        Assert.Contains("spyware", text, StringComparison.Ordinal);
        Assert.Contains("private", text, StringComparison.OrdinalIgnoreCase);
    }

    private static int EventTypesCount() => Web.Deadlines.EventTypes.All.Length;
}
