using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Time;

/// <summary>
/// One "today" (issue 10, "Two todays"): at 2027-01-01 03:00 UTC it is still December 31, 2026 in New York, and
/// the interview, results, shared summary, screening API, deadline calculator, letter pages and start links all
/// use December 31 (AppToday, U.S. Eastern). Before, the interview, the API and start links used the UTC date.
/// </summary>
public sealed partial class OneTodayTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateTimeOffset NewYearsEve10PmEastern = new(2027, 1, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly December31 = new(2026, 12, 31);
    private static readonly DateOnly January1 = new(2027, 1, 1);

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    private InterviewDriver At(DateTimeOffset instant)
    {
        ((ManualClock)factory.Clock!).Now = instant;
        return new InterviewDriver(factory);
    }

    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Interview_At0300UtcOnNewYearsDay_ResultsAreAsOfDecember31InNewYork()
    {
        // The 2-year window of a levy hearing notice of 2024-12-31 ends on 2026-12-31: open in New York, shut in UTC.
        var truth = Truths.With(Truths.FigureA(), ("first-collection-date", "2024-12-31"));
        var expected = ExpectedResults.For(truth, December31, 2021);
        Assert.True(
            expected.Years[0].For(ReliefType.InnocentSpouse)!.Determination != ExpectedResults.For(truth, January1, 2021).Years[0].For(ReliefType.InnocentSpouse)!.Determination,
            "Precondition: the outcome on December 31 differs from the outcome on January 1.");
        var driver = At(NewYearsEve10PmEastern);

        await driver.CompleteAsync("2021", truth);
        var (status, html, _) = await driver.GetAsync("/interview/results");

        Assert.Equal(HttpStatusCode.OK, status);
        ExpectedResults.AssertShownIn(html, expected);
        Assert.Contains($"Checked on {Long(December31)} against", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31", "12", "2026", HttpStatusCode.Found)]
    [InlineData("1", "1", "2027", HttpStatusCode.BadRequest)]
    public async Task Interview_DateAfterNewYorksToday_IsRefusedAsInTheFuture(string day, string month, string year, HttpStatusCode expected)
    {
        var driver = At(NewYearsEve10PmEastern);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var location = (await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        while (!location.EndsWith("first-collection-date", StringComparison.Ordinal))
        {
            location = (await driver.AnswerAsync(location, Truths.FigureA())).Location!;
        }

        var (status, html, _) = await driver.PostAsync(location, "answer",
            new Dictionary<string, string> { ["Input.Day"] = day, ["Input.Month"] = month, ["Input.Year"] = year });

        Assert.Equal(expected, status);
        Assert.Equal(expected == HttpStatusCode.BadRequest, html.Contains("today or in the past", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SharePages_At0300UtcOnNewYearsDay_ShowNewYorkDates()
    {
        var owner = At(NewYearsEve10PmEastern);
        await owner.PostAsync("/interview", "start", new Dictionary<string, string>());
        var first = (await owner.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        await owner.PostAsync(first, "answer", new Dictionary<string, string> { ["Input.Value"] = "none" });
        var (_, made, _) = await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        var token = SharedLink().Match(made).Groups[1].Value;

        var shared = await new InterviewDriver(factory).GetAsync($"/shared/{token}");
        var list = await owner.GetAsync("/interview/share");

        Assert.Equal(HttpStatusCode.OK, shared.Status);
        Assert.Contains($"Checked on {Long(December31)} against", shared.Html, StringComparison.Ordinal);
        // Links last 7 days from 2027-01-01 03:00 UTC: until 2027-01-08 03:00 UTC, the evening of January 7 in New York.
        Assert.Contains("This link stops working on January 7, 2027.", shared.Html, StringComparison.Ordinal);
        Assert.Contains($"made {Long(December31)}", list.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-01-01T03:00:00Z", "2026-12-31")]
    [InlineData("2027-01-01T05:00:00Z", "2027-01-01")]
    [InlineData("2027-03-14T04:59:00Z", "2027-03-13")]
    [InlineData("2027-03-15T03:59:00Z", "2027-03-14")]
    [InlineData("2026-11-01T03:59:00Z", "2026-10-31")]
    [InlineData("2026-11-02T04:59:00Z", "2026-11-01")]
    public async Task ScreeningApi_NoAsOf_EvaluatesOnNewYorksDate(string instant, string expected)
    {
        var client = At(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).Client;

        var response = await client.PostAsJsonAsync(new Uri("/api/v1/screenings", UriKind.Relative), new { years = new Dictionary<string, object> { ["2021"] = new { } } });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, body.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("/deadlines?event=notice-of-deficiency&date-day=2&date-month=10&date-year=2026")]
    [InlineData("/letters/notice-of-deficiency?date-day=2&date-month=10&date-year=2026")]
    public async Task DeadlinePages_At0300UtcOnNewYearsDay_CountDaysFromDecember31(string url)
    {
        var letter = new DeadlineEvent(DeadlineEventType.NoticeOfDeficiency, new DateOnly(2026, 10, 2));
        var onDecember31 = DeadlineCalculator.For(letter, December31)[0].Status!.Text;
        var onJanuary1 = DeadlineCalculator.For(letter, January1)[0].Status!.Text;
        Assert.True(onDecember31 != onJanuary1, "Precondition: the status differs between the two days.");

        var (status, html, _) = await At(NewYearsEve10PmEastern).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"({onDecember31})", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain($"({onJanuary1})", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31", HttpStatusCode.OK)]
    [InlineData("1", HttpStatusCode.BadRequest)]
    public async Task StartLink_DateAfterNewYorksToday_IsRefusedAsInTheFuture(string day, HttpStatusCode expected)
    {
        var (month, year) = day == "31" ? ("12", "2026") : ("1", "2027");

        var (status, html, _) = await At(NewYearsEve10PmEastern).PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = day, ["date-month"] = month, ["date-year"] = year,
        });

        Assert.Equal(expected, status);
        Assert.Equal(expected == HttpStatusCode.BadRequest, html.Contains("The date must be today or in the past", StringComparison.Ordinal));
    }
}
