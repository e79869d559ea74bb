using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>Clinic staff accounts in Chromium (issue 14): sign-in with both factors, axe on each account page.</summary>
public sealed class ClinicAccountTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task SignIn_PasswordAndCode_ReachesTheCaseList_NoAxeViolations()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var page = await Browser.NewPageAsync();
        var clock = (ManualClock)Browser.Factory.Clock!;

        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic/sign-in").ToString());
        var signInViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/clinic/sign-in/code**");
        var codeViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByLabel("6-digit code").FillAsync(account.CodeAt(clock.Now));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/clinic");

        Assert.True(signInViolations.Count == 0, BrowserFixture.Describe(signInViolations));
        Assert.True(codeViolations.Count == 0, BrowserFixture.Describe(codeViolations));
        await Assertions.Expect(page.GetByText($"Signed in as {account.DisplayName}")).ToBeVisibleAsync();
    }
}
