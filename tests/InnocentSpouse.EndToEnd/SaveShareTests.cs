using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>Saving, resuming, sharing and deleting in Chromium, with axe on every page.</summary>
public sealed partial class SaveShareTests(BrowserFixture browser) : BrowserTest(browser)
{
    [GeneratedRegex("[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}")]
    private static partial Regex CodePattern();

    [GeneratedRegex("http://[^\\s<]+/shared/[A-Za-z0-9_-]{22}")]
    private static partial Regex ShareLinkPattern();

    private static async Task AxeAsync(IPage page) => await InterviewPlayer.AssertNoAxeViolationsAsync(page);

    [Fact]
    public async Task SaveResumeShareDelete_InTheBrowser_WorkAndEveryPagePassesAxe()
    {
        var page = await Browser.NewPageAsync();
        var player = new InterviewPlayer(page, Browser.BaseUrl);
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var question = player.Path;

        // Save and come back later: the code is shown.
        await page.GotoAsync(player.Url("/interview/save"));
        await AxeAsync(page);
        var code = CodePattern().Match(await page.Locator(".app-resume-code__code").InnerTextAsync()).Value;
        Assert.NotEmpty(code);

        // Another browser comes back with the code.
        var other = await Browser.NewPageAsync();
        await other.GotoAsync(player.Url("/resume"));
        await AxeAsync(other);
        await other.GetByLabel("Come back to your answers").FillAsync(code.ToLowerInvariant());
        await other.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(other).ToHaveURLAsync(player.Url(question));

        // A wrong code: error summary, focus, axe.
        var third = await Browser.NewPageAsync();
        await third.GotoAsync(player.Url("/resume"));
        await third.GetByLabel("Come back to your answers").FillAsync("00000-00000-00000-00000-00000");
        await third.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(third.Locator(".app-error-summary")).ToBeFocusedAsync();
        await AxeAsync(third);

        // Share a read-only copy and open it elsewhere.
        await page.GotoAsync(player.Url("/interview/share"));
        await AxeAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new link" }).ClickAsync();
        var link = ShareLinkPattern().Match(await page.Locator(".app-share-link").InnerTextAsync()).Value;
        Assert.NotEmpty(link);
        await AxeAsync(page);
        var reader = await Browser.NewPageAsync();
        await reader.GotoAsync(link);
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Shared answers (read only)");
        await AxeAsync(reader);

        // Delete my answers now: the code and the link stop working.
        await page.GotoAsync(player.Url(question));
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete my answers now" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Delete your answers?");
        await AxeAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete my answers" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your answers have been deleted");
        await AxeAsync(page);
        await reader.ReloadAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync("This link does not work");
    }

    [Fact]
    public async Task StartLink_MadeByStaffAndOpened_StartsWithTheAnswersAndPagesPassAxe()
    {
        var staff = await Browser.NewPageAsync();
        await staff.GotoAsync(new Uri(Browser.BaseUrl, "/start-link").ToString());
        await AxeAsync(staff);
        await staff.GetByLabel("Tax years").FillAsync("2022");
        await staff.Locator("label[for='collection-action-2']").ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Make the link" }).ClickAsync();
        var link = await staff.Locator(".app-share-link").InnerTextAsync();
        Assert.Contains("/start/", link, StringComparison.Ordinal);
        await AxeAsync(staff);

        var person = await Browser.NewPageAsync();
        await person.GotoAsync(link);
        await Expect(person.Locator("main")).ToContainTextAsync("notice of intent to levy", new() { IgnoreCase = true });
        await AxeAsync(person);
        await person.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await Expect(person).ToHaveURLAsync(new Regex("/interview/2022/q/"));
    }
}
