using System.Net;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>
/// A date known only to the month, typed through the real question form (plain posts, no JavaScript) with
/// the day box left blank, on a fixed clock: March 15, 2026.
/// </summary>
public sealed class ApproximateDateTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 3, 15);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));
    private readonly AppFactory _app;

    public ApproximateDateTests() => _app = new AppFactory { Clock = _clock };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<(InterviewDriver Driver, string Location)> AtAsync(string key, Dictionary<string, string> truth)
    {
        var driver = new InterviewDriver(_app);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var location = (await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        for (var i = 0; i < 150 && !location.EndsWith("/q/" + key, StringComparison.Ordinal); i++)
        {
            location = (await driver.AnswerAsync(location, truth)).Location!;
        }

        Assert.EndsWith("/q/" + key, location, StringComparison.Ordinal);
        return (driver, location);
    }

    [Theory]
    // March 2024: the 2-year deadline is between March 2 and March 31, 2026, and today is March 15.
    [InlineData("2024-03", Determination.NeedMoreInformation)]
    // June 2025: even from June 1 the deadline is June 1, 2027.
    [InlineData("2025-06", Determination.MayQualify)]
    // January 2024: even from January 31 the deadline was February 2, 2026.
    [InlineData("2024-01", Determination.TooLate)]
    public async Task CollectionDate_MonthWithTheDayLeftBlank_ReachesTheEnginesResult(string month, Determination expected)
    {
        var truth = Truths.FigureA().With(("first-collection-date", month));
        var driver = new InterviewDriver(_app);

        await driver.CompleteAsync("2021", truth);
        var (status, html, _) = await driver.GetAsync("/interview/results");
        var engine = ExpectedResults.For(truth, AsOf, 2021);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, engine.Years[0].For(ReliefType.InnocentSpouse)!.Determination);
        Assert.Equal(expected, engine.Years[0].For(ReliefType.SeparationOfLiability)!.Determination);
        ExpectedResults.AssertShownIn(html, engine);
        Assert.Contains("/interview/2021/q/first-collection-date", driver.Visited);
        Assert.Contains("(day not known)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectionDate_MonthNeedingTheExactDay_ResultSaysWhyAndWhereToFindIt()
    {
        var truth = Truths.FigureA().With(("first-collection-date", "2024-03"));
        var driver = new InterviewDriver(_app);

        await driver.CompleteAsync("2021", truth);
        var results = WebUtility.HtmlDecode((await driver.GetAsync("/interview/results")).Html);
        var answers = WebUtility.HtmlDecode((await driver.GetAsync("/interview/check-answers")).Html);

        Assert.Contains("Whether the 2-year deadline has passed depends on a detail we can't settle: you gave only the month", results, StringComparison.Ordinal);
        Assert.Contains("File Form 8857 right away", results, StringComparison.Ordinal);
        Assert.Contains("Can't tell: you gave only the month (March 2024)", results, StringComparison.Ordinal);
        // The deadline card counts from the month's first day, shows the last day's date and does not say "passed".
        Assert.Contains("You gave only the month (March 2024), so we counted from its first day", results, StringComparison.Ordinal);
        Assert.Contains("Another reading gives Tuesday, March 31, 2026.", results, StringComparison.Ordinal);
        Assert.Contains("May already have passed: it depends on the exact day", results, StringComparison.Ordinal);
        Assert.DoesNotContain("Passed ", results, StringComparison.Ordinal);
        Assert.Contains("March 2024 (day not known)", answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectionDate_SavedMonth_ShowsAgainWithTheDayBlankAndTheHint()
    {
        var truth = Truths.FigureA().With(("first-collection-date", "2024-03"));
        var driver = new InterviewDriver(_app);
        await driver.CompleteAsync("2021", truth);

        var (_, html, _) = await driver.GetAsync("/interview/2021/q/first-collection-date");

        Assert.DoesNotMatch("id=\"answer-day\"[^>]*value=\"[^\"]", html);
        Assert.Contains("id=\"answer-day\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"answer-month\"[^>]*value=\"3\"", html);
        Assert.Matches("id=\"answer-year\"[^>]*value=\"2024\"", html);
        Assert.Contains("If you only know the month and year, leave the day blank.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastPaymentDate_MonthWithTheDayLeftBlank_EquitableReliefAsksForTheExactDate()
    {
        var truth = Truths.FigureA().With(("liability-type", "underpayment"), ("balance-still-owed", "no"), ("paid-with-own-money", "yes"),
            ("last-own-payment-date", "2024-03"), ("return-filed-date", "2022-04-15"));
        var driver = new InterviewDriver(_app);

        await driver.CompleteAsync("2021", truth);
        var html = WebUtility.HtmlDecode((await driver.GetAsync("/interview/results")).Html);
        var engine = ExpectedResults.For(truth, AsOf, 2021);

        Assert.Contains("/interview/2021/q/last-own-payment-date", driver.Visited);
        Assert.Equal(Determination.NeedMoreInformation, engine.Years[0].For(ReliefType.EquitableRelief)!.Determination);
        ExpectedResults.AssertShownIn(html, engine);
        Assert.Contains("/interview/2021/q/return-filed-date", driver.Visited);
        Assert.Contains("Whether you can still get a refund depends on a date we don't know exactly", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "4", "2026", "The month cannot be in the future", "answer-month")]
    [InlineData("", "13", "2024", "must be a number from 1 to 12", "answer-month")]
    [InlineData("", "", "2024", "must include a month", "answer-month")]
    [InlineData("16", "3", "2026", "The date must be today or in the past", "answer-day")]
    public async Task CollectionDate_BadMonth_Returns400WithASpecificMessageLinkedToTheBox(string day, string month, string year, string message, string fieldId)
    {
        var (driver, location) = await AtAsync("first-collection-date", Truths.FigureA());

        var (status, html, _) = await driver.PostAsync(location, "answer",
            new Dictionary<string, string> { ["Input.Day"] = day, ["Input.Month"] = month, ["Input.Year"] = year });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{location}#{fieldId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectionDate_CurrentMonthWithTheDayBlank_IsAccepted()
    {
        var (driver, location) = await AtAsync("first-collection-date", Truths.FigureA());

        var (status, _, next) = await driver.PostAsync(location, "answer",
            new Dictionary<string, string> { ["Input.Day"] = "", ["Input.Month"] = "3", ["Input.Year"] = "2026" });

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.DoesNotContain("first-collection-date", next!, StringComparison.Ordinal);
    }
}
