using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// Clinic staff accounts in Chromium (issue 14): an invitation through enrolment, sign-in with and without the second
/// factor, and the idle sign-out; axe on each account page.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ClinicAccountTests(BrowserFixture browser) : BrowserTest(browser)
{
    private ManualClock Clock => (ManualClock)Browser.Factory.Clock!;

    [Fact]
    public async Task Invite_SetPassword_EnrolAuthenticator_RecoveryCodesShown_ThenCaseList()
    {
        var clinicId = await ClinicStaff.CreateClinicAsync(Browser.Factory, "Lakeside Clinic");
        string token;
        await using (var scope = Browser.Factory.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().InviteAsync(clinicId, "browser.invite@clinic.test", StaffRoles.Volunteer, null);
        }

        var page = await Browser.NewPageAsync();
        var violations = new List<string>();

        await page.GotoAsync(new Uri(Browser.BaseUrl, $"/clinic/invite/{token}").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Join Lakeside Clinic");
        violations.Add(BrowserFixture.Describe(await BrowserFixture.AxeViolationsAsync(page)));
        await page.GetByLabel("Your name as colleagues see it").FillAsync("Ana R.");
        await page.GetByLabel("Choose a password").FillAsync(ClinicStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        await page.WaitForURLAsync("**/clinic/account/two-step");
        violations.Add(BrowserFixture.Describe(await BrowserFixture.AxeViolationsAsync(page)));
        var key = (await page.Locator("p:has-text('Or type this key:') code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await Assertions.Expect(page.GetByAltText("QR code for your authenticator app", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("6-digit code").FillAsync(Totp.CodeAt(key, Clock.Now));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Save your recovery codes");
        violations.Add(BrowserFixture.Describe(await BrowserFixture.AxeViolationsAsync(page)));
        var codes = await page.Locator("main li code").AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I saved them: go to cases" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/clinic");

        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(violations, v => Assert.True(v.Length == 0, v));
        await Assertions.Expect(page.GetByText("Signed in as Ana R.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_PasswordAndCode_ReachesTheCaseList_NoAxeViolations()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var page = await Browser.NewPageAsync();

        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic/sign-in").ToString());
        var signInViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/clinic/sign-in/code**");
        var codeViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByLabel("6-digit code").FillAsync(account.CodeAt(Clock.Now));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/clinic");

        Assert.True(signInViolations.Count == 0, BrowserFixture.Describe(signInViolations));
        Assert.True(codeViolations.Count == 0, BrowserFixture.Describe(codeViolations));
        await Assertions.Expect(page.GetByText($"Signed in as {account.DisplayName}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WithoutTheSecondFactor_Refused()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var page = await Browser.NewPageAsync();
        var wrong = account.CodeAt(Clock.Now) == "000000" ? "111111" : "000000";

        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/clinic/sign-in/code**");
        await page.GetByLabel("6-digit code").FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".usa-error-message")).ToContainTextAsync("That code is wrong or was already used");
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic").ToString());

        Assert.True(violations.Count == 0, BrowserFixture.Describe(violations));
        Assert.Equal("/clinic/sign-in", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task IdleFor31Minutes_CaseListGoesToSignIn()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, account, Clock);
        Assert.Equal("/clinic", new Uri(page.Url).AbsolutePath);

        Clock.Now = Clock.Now.AddMinutes(31);
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic").ToString());

        Assert.Equal("/clinic/sign-in", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task StaffPage_InviteShowsTheLink_ResetTwoStep_RecoveryCodePage_NoAxeViolations()
    {
        var admin = await ClinicStaff.CreateAccountAsync(Browser.Factory, role: StaffRoles.Admin);
        await ClinicStaff.CreateAccountAsync(Browser.Factory, admin.ClinicId, displayName: "Vic Volunteer");
        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, admin, Clock);

        await page.GetByRole(AriaRole.Link, new() { Name = "Staff" }).ClickAsync();
        await page.WaitForURLAsync("**/clinic/admin/staff");
        var listViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset two-step sign-in for Vic Volunteer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync("Two-step sign-in was reset.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reset two-step sign-in for Vic Volunteer" })).ToHaveCountAsync(0);
        var resetViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync("someone.new@clinic.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make an invitation link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".usa-alert--success code")).ToContainTextAsync("/clinic/invite/");
        var linkViolations = await BrowserFixture.AxeViolationsAsync(page);

        var other = await Browser.NewPageAsync();
        await other.GotoAsync(new Uri(Browser.BaseUrl, "/clinic/sign-in").ToString());
        await other.GetByLabel("Email address").FillAsync(admin.Email);
        await other.GetByLabel("Password").FillAsync(admin.Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await other.GetByRole(AriaRole.Link, new() { Name = "I do not have my phone: use a recovery code" }).ClickAsync();
        await Assertions.Expect(other.Locator("h1")).ToHaveTextAsync("Use a recovery code");
        var recoveryViolations = await BrowserFixture.AxeViolationsAsync(other);

        Assert.True(listViolations.Count == 0, BrowserFixture.Describe(listViolations));
        Assert.True(resetViolations.Count == 0, BrowserFixture.Describe(resetViolations));
        Assert.True(linkViolations.Count == 0, BrowserFixture.Describe(linkViolations));
        Assert.True(recoveryViolations.Count == 0, BrowserFixture.Describe(recoveryViolations));
    }
}
