using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

public sealed class LettersAndDeadlinesTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string NeutralSite = "https://www.weather.gov/";

    private string Url(string path) => new Uri(Browser.BaseUrl, path).ToString();

    private static string Show(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}: {BrowserFixture.Describe(violations)}");
    }

    /// <summary>Answers the neutral site from the test, so no network is needed.</summary>
    private static async Task InterceptNeutralSiteAsync(IPage page)
    {
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(NeutralSite, StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "text/html",
                    Body = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>",
                });
                return;
            }

            await route.ContinueAsync();
        });
    }

    private static async Task EnterLetterDateAsync(IPage page, string day, string month, string year)
    {
        await page.Locator("#date-day").FillAsync(day);
        await page.Locator("#date-month").FillAsync(month);
        await page.Locator("#date-year").FillAsync(year);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my dates" }).ClickAsync();
    }

    [Fact]
    public async Task Letters_InChromium_HasNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();

        var response = await page.GotoAsync(Url("/letters"));

        Assert.Equal(200, response!.Status);
        await AssertNoAxeViolationsAsync(page);
        await page.GotoAsync(Url("/letters?number=4391"));
        await AssertNoAxeViolationsAsync(page);
        await page.GotoAsync(Url("/letters/by-wording?q-tax-court=yes"));
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Letter4390_EnterDate_ShowsBothDatesWithNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Url("/letters/4390"));
        await AssertNoAxeViolationsAsync(page);
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, new DateOnly(2026, 1, 5)));

        await EnterLetterDateAsync(page, "5", "1", "2026");
        await page.Locator(".app-deadlines").WaitForAsync();
        var text = await page.Locator(".app-deadlines").InnerTextAsync();

        Assert.All(expected, d => Assert.Contains(Show(d.Date!.Value), text, StringComparison.Ordinal));
        Assert.Contains("days 31 to 90", text, StringComparison.Ordinal);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Letter4390_ImpossibleDate_ErrorSummaryTakesFocusAndLinksToBox()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Url("/letters/4390"));

        await EnterLetterDateAsync(page, "30", "2", "2026");
        await page.Locator(".app-error-summary").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.classList.contains('app-error-summary')");

        Assert.Equal("alert", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')"));
        await AssertNoAxeViolationsAsync(page);
        await page.Locator(".app-error-summary a").ClickAsync();
        Assert.Equal("date-day", await page.EvaluateAsync<string>("() => location.hash.slice(1)"));
        Assert.Equal("30", await page.Locator("#date-day").InputValueAsync());
    }

    [Fact]
    public async Task Deadlines_ChooseEventAndDate_ShowsDatesWithNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Url("/deadlines"));
        await AssertNoAxeViolationsAsync(page);

        await page.GetByText("Preliminary (proposed) decision").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("#date-day").WaitForAsync();
        await AssertNoAxeViolationsAsync(page);
        await EnterLetterDateAsync(page, "2", "3", "2026");
        await page.Locator(".app-deadlines").WaitForAsync();

        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.PreliminaryDetermination, new DateOnly(2026, 3, 2)));
        Assert.Contains(Show(expected[0].Date!.Value), await page.Locator(".app-deadlines").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Safety_InChromium_HasNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();

        var response = await page.GotoAsync(Url("/safety"));

        Assert.Equal(200, response!.Status);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task QuickExit_Clicked_LandsOnNeutralSiteAndLeavesLetterOutOfBackHistory()
    {
        var page = await Browser.NewPageAsync();
        await InterceptNeutralSiteAsync(page);
        await page.GotoAsync(Url("/"));
        await page.GotoAsync(Url("/letters/4390?date-day=5&date-month=1&date-year=2026"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Emergency Exit this page" }).ClickAsync();
        await page.WaitForURLAsync(NeutralSite);
        await page.GoBackAsync();

        Assert.Equal(Url("/"), page.Url);
    }

    [Fact]
    public async Task QuickExit_ShiftPressedThreeTimes_GoesToNeutralSiteAndLeavesPageOutOfBackHistory()
    {
        var page = await Browser.NewPageAsync();
        await InterceptNeutralSiteAsync(page);
        await page.GotoAsync(Url("/"));
        await page.GotoAsync(Url("/letters"));

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        Assert.Equal(Url("/letters"), page.Url);
        // Playwright does not always hand a redirect reached from a keyboard-started navigation to the route
        // handler, so this checks the request is made rather than that the (offline) page loads.
        var neutral = page.WaitForRequestAsync(r => r.Url.StartsWith(NeutralSite, StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Shift");
        await neutral;
        await page.WaitForTimeoutAsync(500);
        await page.GoBackAsync();

        Assert.Equal(Url("/"), page.Url);
    }

    [Fact]
    public async Task Letter4390_JavaScriptOff_FormWorksAndExitIsAPlainLink()
    {
        var page = await Browser.NewPageAsync(javaScriptEnabled: false);
        await InterceptNeutralSiteAsync(page);
        await page.GotoAsync(Url("/letters"));
        await page.Locator("#number").FillAsync("Letter 4390");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my letter" }).ClickAsync();
        await page.WaitForURLAsync(Url("/letters/4390"));

        await EnterLetterDateAsync(page, "5", "1", "2026");
        await page.Locator(".app-deadlines").WaitForAsync();
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, new DateOnly(2026, 1, 5)));
        var text = await page.Locator(".app-deadlines").InnerTextAsync();
        Assert.All(expected, d => Assert.Contains(Show(d.Date!.Value), text, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "Emergency Exit this page" }).ClickAsync();
        await page.WaitForURLAsync(NeutralSite);
    }
}
