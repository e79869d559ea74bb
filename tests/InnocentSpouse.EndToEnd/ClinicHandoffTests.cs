using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>The hand-off in Chromium (issue 14): the page passes axe, and its link downloads the hand-off PDF.</summary>
[Trait("Category", "Postgres")]
public sealed class ClinicHandoffTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task HandoffPage_NoAxeViolations_DownloadsThePdfWithFlagsAndNotes()
    {
        var account = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var flags = new SafeContact(ContactSafety.NotSafe, ContactSafety.Safe, ContactSafety.Unknown, ContactSafety.Safe, "555-0100", "es", AbuseDisclosed: true);
        var caseId = await ClinicStaff.CreateCaseAsync(Browser.Factory, account, label: "R.T.", status: CaseStatus.Screened,
            answers: ExpectedResults.AnswersFor(Truths.FigureA(), 2023), contact: flags,
            letters: [new CaseLetter(DeadlineEventType.NoticeOfDeficiency, new DateOnly(2026, 5, 1), 2023)]);
        await using (var scope = Browser.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ClinicCases>().AddNoteAsync(account.Member, caseId, "Call only on weekdays before noon."));
        }

        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, account, (ManualClock)Browser.Factory.Clock!);
        await page.GotoAsync(new Uri(Browser.BaseUrl, $"/clinic/cases/{caseId}/handoff").ToString());
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the hand-off as a PDF" }).ClickAsync());

        Assert.True(violations.Count == 0, BrowserFixture.Describe(violations));
        Assert.Equal("handoff.pdf", download.SuggestedFilename);
        var pdf = PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.StartsWith("Case hand-off Safe contact The client disclosed abuse.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Call: NOT safe", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Call only on weekdays before noon.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Client label: R.T.", pdf.Text, StringComparison.Ordinal);
    }
}
