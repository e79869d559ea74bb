using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The workspace pages no other browser test opens (the admin's audit log and retention, a case's edit page), with
/// axe, and the denial of another clinic's case (issue 14): the 404 page, and a line in both clinics' audit logs.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ClinicWorkspacePagesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AdminPagesAndEditPage_NoAxeViolations_AndAnotherClinicsCaseIsNotFound()
    {
        var admin = await ClinicStaff.CreateAccountAsync(Browser.Factory, role: StaffRoles.Admin);
        var mine = await ClinicStaff.CreateCaseAsync(Browser.Factory, admin, label: "M.C.");
        var other = await ClinicStaff.CreateAccountAsync(Browser.Factory);
        var theirs = await ClinicStaff.CreateCaseAsync(Browser.Factory, other, label: "T.C.", clientName: "Tara Cole", otherSpouseName: "Tom Cole");
        var page = await Browser.NewPageAsync();
        await ClinicStaffBrowser.SignInAsync(page, Browser.BaseUrl, admin, Browser.Factory.Clock!);

        var violations = new List<string>();
        foreach (var path in new[] { "/clinic/admin/audit", "/clinic/admin/retention", $"/clinic/cases/{mine}/edit" })
        {
            var response = await page.GotoAsync(new Uri(Browser.BaseUrl, path).ToString());
            Assert.Equal(200, response!.Status);
            var found = await BrowserFixture.AxeViolationsAsync(page);
            if (found.Count > 0)
            {
                violations.Add(path + ": " + BrowserFixture.Describe(found));
            }
        }

        var denied = await page.GotoAsync(new Uri(Browser.BaseUrl, $"/clinic/cases/{theirs}").ToString());
        var deniedText = await page.Locator("main").InnerTextAsync();

        Assert.Empty(violations);
        Assert.Equal(404, denied!.Status);
        Assert.DoesNotContain("T.C.", deniedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Tara", deniedText, StringComparison.Ordinal);
        await using var scope = Browser.Factory.Services.CreateAsyncScope();
        var log = await scope.ServiceProvider.GetRequiredService<Data.InterviewDbContext>().AuditLog
            .Where(a => a.Action == AuditActions.CrossClinicDenied && a.CaseId == theirs).ToListAsync();
        Assert.Equal(new[] { admin.ClinicId, other.ClinicId }.Order(StringComparer.Ordinal), log.Select(a => a.ClinicId).Order(StringComparer.Ordinal));
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        Assert.All(log, a => Assert.Equal(admin.UserId, a.UserId));
    }
}
