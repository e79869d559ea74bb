namespace InnocentSpouse.EndToEnd;

public sealed class HomePageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    [Trait("Category", "Postgres")]
    public async Task Home_InChromium_HasNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();

        var response = await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());
        var violations = await BrowserFixture.AxeViolationsAsync(page);

        Assert.Equal(200, response!.Status);
        Assert.Equal("Help with a tax bill from a joint return", await page.Locator("h1").InnerTextAsync());
        Assert.True(violations.Count == 0, BrowserFixture.Describe(violations));
    }

    /// <summary>
    /// The accessibility check can fail: on the home page with three faults added (an image with no text alternative,
    /// grey-on-white text, and the main landmark turned into a plain block, which only a whole-page rule sees), axe
    /// reports each, and the home page's own clean result (checked first, so held by the run's cache) is not reused.
    /// </summary>
    [Fact]
    public async Task Axe_PageWithAddedFaults_ReportsEachIncludingWholePageRules()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());
        Assert.Empty(await BrowserFixture.AxeViolationsAsync(page));

        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              const image = document.createElement('img');
              image.src = '/favicon.svg';
              main.prepend(image);
              const faint = document.createElement('p');
              faint.textContent = 'Hard to read';
              faint.style.color = '#dddddd';
              main.append(faint);
              const block = document.createElement('div');
              block.append(...main.childNodes);
              main.replaceWith(block);
            }
            """);
        var rules = (await BrowserFixture.AxeViolationsAsync(page)).Select(v => v.Id).ToList();

        Assert.Contains("image-alt", rules);
        Assert.Contains("color-contrast", rules);
        Assert.Contains("landmark-one-main", rules);
    }

    [Fact]
    public async Task Home_Stylesheets_UswdsAndAppStylesApply()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        // USWDS hides the skip link off-screen until it has focus; without the stylesheet it is a static link.
        var skipPosition = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.usa-skipnav')).position");
        // app.css sets the text in the device's own sans-serif (no web font); without it the browser default serif applies.
        var fontFamily = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main p')).fontFamily");

        Assert.Equal("absolute", skipPosition);
        Assert.StartsWith("system-ui", fontFamily, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipLink_Activated_MovesFocusToMain()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        var firstFocusable = await page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent.trim()");
        Assert.Equal("Skip to main content", firstFocusable);

        await page.Locator(".usa-skipnav").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Home_JavaScriptOff_StillRendersContentAndFooter()
    {
        var page = await Browser.NewPageAsync(javaScriptEnabled: false);

        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        Assert.Equal("Help with a tax bill from a joint return", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByText("We are not the IRS and this is not legal advice").IsVisibleAsync());
    }
}
