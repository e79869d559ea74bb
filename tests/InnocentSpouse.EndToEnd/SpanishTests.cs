using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>Issue 13: the Spanish pages in a real browser: the switch, accessibility, and the quick exit.</summary>
public sealed class SpanishTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string NeutralSite = "https://www.weather.gov/";

    [Fact]
    public async Task SwitchToSpanish_HomeAndSafetyPages_HaveNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        await page.Locator("a[hreflang=es]").First.ClickAsync();
        await page.WaitForURLAsync("**/?lang=es");
        var homeViolations = await BrowserFixture.AxeViolationsAsync(page);
        var homeLang = await page.GetAttributeAsync("html", "lang");
        // The choice is remembered (cookie): the safety page, opened without ?lang=, is in Spanish too.
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/safety").ToString());
        var safetyViolations = await BrowserFixture.AxeViolationsAsync(page);

        Assert.Equal("es", homeLang);
        Assert.True(homeViolations.Count == 0, BrowserFixture.Describe(homeViolations));
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Cómo protegerse mientras usa este sitio", await page.Locator("h1").InnerTextAsync());
        Assert.True(safetyViolations.Count == 0, BrowserFixture.Describe(safetyViolations));
    }

    [Fact]
    public async Task QuickExit_InSpanish_GoesToTheNeutralSite_AndClearsTheLanguage()
    {
        var page = await Browser.NewPageAsync();
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(NeutralSite, StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<title>Weather</title>" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/interview?lang=es").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Emergencia Salir de esta página" }).ClickAsync();
        await page.WaitForURLAsync(NeutralSite);
        var cookies = await page.Context.CookiesAsync([Browser.BaseUrl.ToString()]);
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        Assert.DoesNotContain(cookies, c => c.Name == "lang");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task ShiftThreeTimes_InSpanish_SaysHowManyPressesAreLeftInSpanish()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/interview?lang=es").ToString());

        await page.Keyboard.PressAsync("Shift");

        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-app-exit-status]")).ToHaveTextAsync("Shift: presione 2 veces más para salir.");
    }
}
