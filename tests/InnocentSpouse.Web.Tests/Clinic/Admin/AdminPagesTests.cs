using System.Net;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Admin;

/// <summary>
/// The audit log and retention pages over HTTP (issue 14): clinic admins only; the log shows the admin's own clinic,
/// newest first, and reading it is itself a line; retention is set from 1 to 10 years with the old and new figure in
/// the log.
/// </summary>
public sealed class AdminPagesTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly AppFactory _factory;

    public AdminPagesTests() => _factory = new AppFactory { Clock = _clock };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/clinic/admin/audit")]
    [InlineData("/clinic/admin/retention")]
    public async Task AdminPage_Volunteer_Refused(string path)
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(_factory, StaffRoles.Volunteer);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/clinic/account/two-step", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/clinic/admin/audit")]
    [InlineData("/clinic/admin/retention")]
    public async Task AdminPage_Anonymous_SentToSignIn(string path)
    {
        using var response = await ClinicStaff.NewClient(_factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/clinic/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AuditPage_Admin_OwnClinicOnly_NewestFirst_AndTheViewIsALine()
    {
        var (client, admin) = await ClinicStaff.SignedInStaffAsync(_factory, StaffRoles.Admin);
        var (_, stranger) = await ClinicStaff.SignedInStaffAsync(_factory, StaffRoles.Admin);
        var mine = await ClinicStaff.CreateCaseAsync(_factory, admin);
        var theirs = await ClinicStaff.CreateCaseAsync(_factory, stranger);

        var html = await HtmlAsync(await client.GetAsync("/clinic/admin/audit"));

        Assert.Contains($"href=\"/clinic/cases/{mine}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs[..8], html, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger.DisplayName, html, StringComparison.Ordinal);
        var rows = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var viewed = rows.IndexOf(">Read the audit log<", StringComparison.Ordinal);
        var created = rows.IndexOf(">Created a case<", StringComparison.Ordinal);
        var signedIn = rows.IndexOf(">Signed in<", StringComparison.Ordinal);
        Assert.True(viewed > 0 && viewed < created && created < signedIn, $"newest first: view {viewed}, create {created}, sign-in {signedIn}");
        Assert.Contains(admin.DisplayName, html, StringComparison.Ordinal);
        Assert.Contains("2026-06-15 12:00:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("June 15, 2026 (U.S. Eastern time)", html, StringComparison.Ordinal);
        var last = (await AdminSeed.AuditAsync(_factory.Services, admin.ClinicId))[^1];
        Assert.Equal((AuditActions.AuditViewed, admin.UserId, "page 1"), (last.Action, last.UserId, last.Detail));
    }

    [Fact]
    public async Task AuditPage_PurgedCase_NoLinkAndTheSystemAsWho()
    {
        var admin = await ClinicStaff.CreateAccountAsync(_factory, role: StaffRoles.Admin);
        var caseId = await ClinicStaff.CreateCaseAsync(_factory, admin, status: CaseStatus.Closed);
        _clock.Now = ManualClock.DefaultNow.AddYears(3);
        Assert.Equal(1, await _factory.Services.GetRequiredService<RetentionPurgeService>().PurgeOnceAsync(CancellationToken.None));
        var client = await ClinicStaff.SignedInClientAsync(_factory, admin);

        var html = await HtmlAsync(await client.GetAsync("/clinic/admin/audit"));

        Assert.DoesNotContain($"href=\"/clinic/cases/{caseId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"Case {caseId[..8]} (deleted)", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Who\">system</td><td data-label=\"What\">Deleted a closed case at the end of the retention period</td>", html.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("-3")]
    [InlineData("99999999999999999999")]
    public async Task AuditPage_PageNumberNotAWholeNumber_ShowsTheFirstPage(string page)
    {
        var admin = await ClinicStaff.CreateAccountAsync(_factory, role: StaffRoles.Admin);
        var client = await ClinicStaff.SignedInClientAsync(_factory, admin);

        var html = await HtmlAsync(await client.GetAsync($"/clinic/admin/audit?page={page}"));

        Assert.Contains(">Read the audit log<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_InSpanish_ActionsInPlainSpanish()
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(_factory, StaffRoles.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/clinic/admin/audit");
        request.Headers.TryAddWithoutValidation("Accept-Language", "es");

        var html = await HtmlAsync(await client.SendAsync(request));

        Assert.Contains("Registro de auditoría", html, StringComparison.Ordinal);
        Assert.Contains("Leyó el registro de auditoría", html, StringComparison.Ordinal);
        Assert.Contains("Inició sesión", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Read the audit log", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetentionPage_Admin_SetsYears_AndTheLogHasOldAndNew()
    {
        var (client, admin) = await ClinicStaff.SignedInStaffAsync(_factory, StaffRoles.Admin);
        Assert.Contains("keeps a closed case for 3 years", await HtmlAsync(await client.GetAsync("/clinic/admin/retention")), StringComparison.Ordinal);

        var html = await HtmlAsync(await ClinicStaff.PostFormAsync(client, "/clinic/admin/retention", "retention", new() { ["years"] = "7" }));

        Assert.Contains("Saved. Closed cases are now kept for 7 years.", html, StringComparison.Ordinal);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Equal(7, await scope.ServiceProvider.GetRequiredService<RetentionSettings>().YearsAsync(admin.Member));
        var change = Assert.Single(await AdminSeed.AuditAsync(_factory.Services, admin.ClinicId), a => a.Action == AuditActions.RetentionChanged);
        Assert.Equal((admin.UserId, "from 3 to 7 years"), (change.UserId, change.Detail));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("three")]
    [InlineData("")]
    public async Task RetentionPage_OutsideOneToTen_ErrorAndNothingChanged(string years)
    {
        var (client, admin) = await ClinicStaff.SignedInStaffAsync(_factory, StaffRoles.Admin);

        using var response = await ClinicStaff.PostFormAsync(client, "/clinic/admin/retention", "retention", new() { ["years"] = years });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a whole number of years from 1 to 10", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await AdminSeed.AuditAsync(_factory.Services, admin.ClinicId), a => a.Action == AuditActions.RetentionChanged);
    }
}
