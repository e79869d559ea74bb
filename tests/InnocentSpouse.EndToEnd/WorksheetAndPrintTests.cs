using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The Form 8857 worksheet page and printing (issue 12): the worksheet with axe, with JavaScript on and off; the
/// results and the worksheet in print emulation leave out the header, the exit button and the page actions, and
/// start each tax year (and each part of the form) on a new page.
/// </summary>
public sealed class WorksheetAndPrintTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string WorksheetHeading = "Your Form 8857 worksheet";

    [Fact]
    public async Task Worksheet_FromTheResultsWithJavaScript_ShowsEveryItemPassesAxeAndPrintsWithoutTheSiteChrome()
    {
        // axe on the interview pages runs in InterviewTests; here it would only add most of a minute of CI.
        var player = new InterviewPlayer(await Browser.NewPageAsync(), Browser.BaseUrl) { CheckPageAsync = _ => Task.CompletedTask };
        var truth = Truths.FigureA();
        await player.CompleteAsync("2022, 2021", truth);
        var page = player.Page;
        var expected = ScreeningReport.Build(ExpectedResults.AnswersFor(truth, 2021, 2022), Browser.Factory.Today).Form8857;

        // The results print each tax year on its own page, without the header, the exit button or the actions.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-exit-this-page")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-interview-actions")).ToBeHiddenAsync();
        Assert.Equal(["auto", "page"], await BreakBeforeAsync(page, "section.app-year"));
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(page.Locator(".app-header")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Get help filling in Form 8857: your worksheet" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(WorksheetHeading);
        await InterviewPlayer.AssertNoAxeViolationsAsync(page);
        Assert.Equal(expected.Items.Select(i => "worksheet-" + i.Id), await page.Locator("[id^='worksheet-']").EvaluateAllAsync<string[]>("els => els.map(e => e.id)"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-exit-this-page")).ToBeHiddenAsync();
        var parts = await BreakBeforeAsync(page, "section.app-worksheet-part");
        Assert.Equal(expected.Parts.Length, parts.Length);
        Assert.Equal(["auto", .. Enumerable.Repeat("page", parts.Length - 1)], parts);
        // Links print where they go.
        var after = await page.Locator("main a[href^='http']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("http", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worksheet_WithoutJavaScript_IsThereAndPassesAxe()
    {
        var player = new InterviewPlayer(await Browser.NewPageAsync(javaScriptEnabled: false), Browser.BaseUrl)
        {
            CheckPageAsync = _ => Task.CompletedTask,
        };
        await player.CompleteAsync("2021", Truths.FigureA());

        var response = await player.Page.GotoAsync(player.Url("/interview/worksheet"));
        Assert.Equal(200, response!.Status);
        await Expect(player.Page.Locator("h1")).ToHaveTextAsync(WorksheetHeading);
        await Expect(player.Page.Locator("#worksheet-tax-years")).ToBeVisibleAsync();

        // axe is a script: run it in a JavaScript-on context holding the same cookies.
        var axeContext = await Browser.NewContextAsync();
        await axeContext.AddCookiesAsync((await player.Page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var axePage = await axeContext.NewPageAsync();
        await axePage.GotoAsync(player.Url("/interview/worksheet"));
        await Expect(axePage.Locator("h1")).ToHaveTextAsync(WorksheetHeading);
        await InterviewPlayer.AssertNoAxeViolationsAsync(axePage);
    }

    private static Task<string[]> BreakBeforeAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<string[]>("els => els.map(e => getComputedStyle(e).breakBefore)");
}
