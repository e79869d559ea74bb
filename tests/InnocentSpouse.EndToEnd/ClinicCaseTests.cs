using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>Clinic cases in Chromium (issue 14): the conflict warning and the case list's order, with axe on each page.</summary>
[Trait("Category", "Postgres")]
public sealed class ClinicCaseTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task NewCase_ClientIsAnotherCasesOtherSpouse_WarnsThenSavesAnyway_NoAxeViolations()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        await ClinicStaff.CreateCaseAsync(Browser.Factory, account, label: "E.W.", clientName: "Erin Walsh", otherSpouseName: "Robert O'Neil");
        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, account, Browser.Factory.Clock!);

        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic/cases/new").ToString());
        var formViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByLabel("Client label").FillAsync("R.O.");
        await page.GetByLabel("Client's full name").FillAsync("Robert James O'Neil");
        await page.GetByLabel("Other spouse's full name, if known").FillAsync("Erin Walsh");
        await page.GetByLabel("Tax years").FillAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check for conflicts and save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Possible conflict: check before you save" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("The client's name matches the other spouse of case E.W.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Client's full name")).ToHaveValueAsync("Robert James O'Neil");
        var warningViolations = await BrowserFixture.AxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save anyway" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/clinic/cases/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case R.O.", Exact = true })).ToBeVisibleAsync();
        var caseViolations = await BrowserFixture.AxeViolationsAsync(page);

        Assert.True(formViolations.Count == 0, BrowserFixture.Describe(formViolations));
        Assert.True(warningViolations.Count == 0, BrowserFixture.Describe(warningViolations));
        Assert.True(caseViolations.Count == 0, BrowserFixture.Describe(caseViolations));
    }

    [Fact]
    public async Task CaseList_OverdueThenSoonThenLaterThenNoDeadline_NoAxeViolations()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var today = Browser.Factory.Today;
        await ClinicStaff.CreateCaseAsync(Browser.Factory, account, label: "None");
        await ClinicStaff.CreateCaseAsync(Browser.Factory, account, label: "Later", letters: [new(DeadlineEventType.NoticeOfDeficiency, today.AddDays(-10), 2023)]);
        await ClinicStaff.CreateCaseAsync(Browser.Factory, account, label: "Overdue", letters: [new(DeadlineEventType.NoticeOfDeficiency, today.AddDays(-200), 2023)]);
        await ClinicStaff.CreateCaseAsync(Browser.Factory, account, label: "Soon", letters: [new(DeadlineEventType.NoticeOfDeficiency, today.AddDays(-78), 2023)],
            contact: SafeContact.Unknown with { AbuseDisclosed = true });
        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, account, Browser.Factory.Clock!);

        await page.GotoAsync(new Uri(Browser.BaseUrl, "/clinic").ToString());
        var labels = await page.Locator("table tbody tr td:first-child a").AllTextContentsAsync();
        var violations = await BrowserFixture.AxeViolationsAsync(page);

        Assert.Equal(["Overdue", "Soon", "Later", "None"], labels);
        await Assertions.Expect(page.GetByText("Overdue:")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Within 14 days:")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Abuse disclosed")).ToBeVisibleAsync();
        Assert.True(violations.Count == 0, BrowserFixture.Describe(violations));
    }
}
