using System.Net;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic;
using InnocentSpouse.Web.Clinic.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Cases;

/// <summary>The case list, the new-case form with its conflict check, and the case page, through real requests (issue 14).</summary>
public sealed class CasePagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private DateOnly Today => factory.Today;

    [Fact]
    public async Task CaseList_SoonestDeadlineFirst_OverdueSoonLaterNone_WithDaysLeftInWords()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "NoDate");
        await ClinicStaff.CreateCaseAsync(factory, account, label: "Later", letters: [Deficiency(-10)]);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "Overdue", letters: [Deficiency(-200)]);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "Soon", letters: [Deficiency(-78)]);

        var html = await GetHtmlAsync(client, "/clinic");

        AssertInOrder(html, ">Overdue</a>", ">Soon</a>", ">Later</a>", ">NoDate</a>");
        Assert.Contains("Overdue:", html, StringComparison.Ordinal);
        Assert.Contains("Within 14 days:", html, StringComparison.Ordinal);
        Assert.InRange(DaysLeft(Deficiency(-78)), 2, 14);
        Assert.Contains($"{DaysLeft(Deficiency(-78))} days left", html, StringComparison.Ordinal);
        Assert.Contains($"{-DaysLeft(Deficiency(-200))} days ago", html, StringComparison.Ordinal);
        Assert.Contains("No deadline", html, StringComparison.Ordinal);
        Assert.Contains("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_FiltersByStatusAndUnassigned_FromTheQueryString()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "InCourt", status: CaseStatus.TaxCourt);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "AtIntake");

        var court = await GetHtmlAsync(client, "/clinic?status=TaxCourt");
        var nobody = await GetHtmlAsync(client, "/clinic?volunteer=none");

        Assert.Contains(">InCourt</a>", court, StringComparison.Ordinal);
        Assert.DoesNotContain(">AtIntake</a>", court, StringComparison.Ordinal);
        Assert.Contains("No cases match", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_SummaryUnderOldRules_IsRecomputedAndSaved()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var detail = new CaseDetail("Old Rules", null, "", null, SafeContact.Unknown, ScreeningAnswers.ForYears(2023), [Deficiency(-78)]);
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<ClinicCases>().CreateAsync(
                account.Member, CaseStatus.Intake, null, "old rules", new CaseSummary("Stale", [2023], null, [], false), detail);
        }

        var html = await GetHtmlAsync(client, "/clinic");

        Assert.Contains($"{DaysLeft(Deficiency(-78))} days left", html, StringComparison.Ordinal);
        await using var check = factory.Services.CreateAsyncScope();
        var row = Assert.Single(await check.ServiceProvider.GetRequiredService<ClinicCases>().ListAsync(account.Member), r => r.Id == id);
        Assert.Equal(CaseScreening.RulesRevision, row.RulesRevision);
        Assert.Equal(CaseScreening.Of(detail, Today).SoonestDeadline, row.Summary.SoonestDeadline);
    }

    [Fact]
    public async Task NewCase_LabelLikeAnSsn_IsRefused_AndEveryValueIsKept()
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory);

        using var response = await PostNewCaseAsync(client, NewCase("123-45-6789", "Alba Serrano", "Tomas Serrano") with { SafeAddress = "PO Box 77" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("looks like a Social Security or tax ID number", html, StringComparison.Ordinal);
        Assert.Contains("value=\"123-45-6789\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Alba Serrano\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tomas Serrano\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"PO Box 77\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCase_ClientIsAnExistingCasesOtherSpouse_WarnsBeforeSaving_ThenSavesAnyway()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "First", clientName: "Erin Walsh", otherSpouseName: "Robert O'Neil");
        var form = NewCase("R.O.", "ROBERT James O'Neil", "Erin Walsh");

        using var warned = await PostNewCaseAsync(client, form);
        var html = await warned.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("Possible conflict", html, StringComparison.Ordinal);
        Assert.Contains("The client&#x27;s name matches the other spouse of case First", html.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("The other spouse&#x27;s name matches the client of case First", html.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("so also search your records by hand", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ROBERT James O&#x27;Neil\"", html.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, await CaseCountAsync(account));

        var seen = System.Text.RegularExpressions.Regex.Match(html, "name=\"seen\" value=\"([^\"]*)\"").Groups[1].Value;
        using var saved = await PostNewCaseAsync(client, form, new() { ["confirm"] = "yes", ["seen"] = WebUtility.HtmlDecode(seen) });

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.StartsWith("/clinic/cases/", saved.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(2, await CaseCountAsync(account));
    }

    [Fact]
    public async Task NewCase_OtherSpouseIsAnExistingClient_AccentsCaseAndMiddleNamesIgnored_Warns()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "Maria", clientName: "María José García López", otherSpouseName: "");

        using var warned = await PostNewCaseAsync(client, NewCase("P.L.", "Pedro Lopez", "MARIA lopez"));
        var html = await warned.Content.ReadAsStringAsync();

        Assert.Contains("The other spouse&#x27;s name matches the client of case Maria", html.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, await CaseCountAsync(account));
        var audit = await AuditAsync(account.ClinicId, AuditActions.ConflictChecked);
        Assert.Contains(audit, a => a.UserId == account.UserId && a.Detail!.StartsWith("1 possible conflicts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewCase_DifferentPeople_SavesWithoutWarning_AndTheCheckIsAudited()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        await ClinicStaff.CreateCaseAsync(factory, account, label: "Other", clientName: "Erin Walsh", otherSpouseName: "Robert O'Neil");

        using var saved = await PostNewCaseAsync(client, NewCase("K.M.", "Kim Moreau", "Robert Walsh"));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(2, await CaseCountAsync(account));
        var audit = await AuditAsync(account.ClinicId, AuditActions.ConflictChecked);
        Assert.Contains(audit, a => a.UserId == account.UserId && a.Detail == "0 possible conflicts, 0 possible duplicates");
        Assert.Contains(await AuditAsync(account.ClinicId, AuditActions.CaseCreated), a => a.UserId == account.UserId);
    }

    [Fact]
    public async Task EditCase_NewLabelAndFlags_ReRunTheConflictCheck_AndTheListShowsTheNewLabel()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "Before", clientName: "Nora Brandt", otherSpouseName: "Otto Brandt");
        Assert.Contains(">Before</a>", await GetHtmlAsync(client, "/clinic"), StringComparison.Ordinal); // the list has opened (and kept) the summary
        var fields = NewCase("After", "Nora Brandt", "Otto Brandt").Fields();
        fields["version"] = "1";
        fields["abuse"] = "yes";

        using var saved = await ClinicStaff.PostFormAsync(client, $"/clinic/cases/{id}/edit", "case", fields);
        var list = await GetHtmlAsync(client, "/clinic");

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Contains(">After</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">Before</a>", list, StringComparison.Ordinal);
        Assert.Contains("Abuse disclosed", list, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(account.ClinicId, AuditActions.ConflictChecked), a => a.CaseId == id);
    }

    [Fact]
    public async Task CasePage_ShowsTheSafeContactFlagsBeforeTheHeading()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var contact = new SafeContact(ContactSafety.NotSafe, ContactSafety.Safe, ContactSafety.Unknown, ContactSafety.Unknown, "Call the sister at 555-0100", "es", AbuseDisclosed: true);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "Flags", contact: contact);

        var html = await GetHtmlAsync(client, $"/clinic/cases/{id}");

        AssertInOrder(html, "Safe contact", "The client disclosed abuse", "NOT safe: do not use", "Call the sister at 555-0100", "Spanish", "<h1>Case Flags</h1>");
    }

    [Fact]
    public async Task CaseListAndCasePage_InSpanish_UseTheSpanishTexts()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "ES", letters: [Deficiency(-200)], status: CaseStatus.TaxCourt);

        var list = await GetHtmlAsync(client, "/clinic?lang=es");
        var page = await GetHtmlAsync(client, $"/clinic/cases/{id}?lang=es");

        Assert.Contains("Vencido:", list, StringComparison.Ordinal);
        Assert.Contains("Tribunal Tributario", list, StringComparison.Ordinal);
        Assert.Contains("Fecha límite más cercana", System.Net.WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.Contains("Contacto seguro", page, StringComparison.Ordinal);
        Assert.Contains("Notas privadas", page, StringComparison.Ordinal);
        Assert.Contains("Añadir una carta o un suceso", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_StatusChange_IsSavedAndAudited()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "Status");

        using var response = await ClinicStaff.PostFormAsync(client, $"/clinic/cases/{id}", "status", new() { ["status"] = "Filed", ["version"] = "1" });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(CaseStatus.Filed, (await OpenAsync(account, id)).Status);
        Assert.Contains(await AuditAsync(account.ClinicId, AuditActions.CaseChanged), a => a.CaseId == id && a.Detail == "status: Filed");
        Assert.Contains("Form 8857 filed", await GetHtmlAsync(client, $"/clinic/cases/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_ChangedElsewhere_RefusesWithAMessage_AndKeepsTheChoice()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "Race");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ClinicCases>();
            var opened = (await store.OpenAsync(account.Member, id))!;
            Assert.Equal(SaveOutcome.Saved, await store.SaveAsync(account.Member, opened with { Status = CaseStatus.Screened }, "test"));
        }

        using var response = await ClinicStaff.PostFormAsync(client, $"/clinic/cases/{id}", "status", new() { ["status"] = "TaxCourt", ["version"] = "1" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved this case after you opened it", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"TaxCourt\" selected", html, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Screened, (await OpenAsync(account, id)).Status);
    }

    [Fact]
    public async Task CasePage_Notes_AddedAndListedNewestFirstWithAuthor_EmptyNoteRefused()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "Notes");
        var clock = (ManualClock)factory.Services.GetRequiredService<TimeProvider>();

        using var first = await ClinicStaff.PostFormAsync(client, $"/clinic/cases/{id}", "note", new() { ["note"] = "First note about the levy" });
        clock.Now = clock.Now.AddMinutes(5);
        using var second = await ClinicStaff.PostFormAsync(client, $"/clinic/cases/{id}", "note", new() { ["note"] = "Second note, after the call" });
        using var empty = await ClinicStaff.PostFormAsync(client, $"/clinic/cases/{id}", "note", new() { ["note"] = "   " });
        var html = await GetHtmlAsync(client, $"/clinic/cases/{id}");

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Write the note before you add it", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertInOrder(html, "Second note, after the call", "First note about the levy");
        Assert.Contains(account.DisplayName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_AddLetter_WithTheDeadlineFormsRules_ShowsItsDeadlines()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, account, label: "Letters");
        var path = $"/clinic/cases/{id}?event=notice-of-deficiency";
        var date = Today.AddDays(-10);

        using var bad = await ClinicStaff.PostFormAsync(client, path, "letter", new() { ["event"] = "notice-of-deficiency", ["version"] = "1", ["date-day"] = "31", ["date-month"] = "2", ["date-year"] = "2026" });
        using var good = await ClinicStaff.PostFormAsync(client, path, "letter", new()
        {
            ["event"] = "notice-of-deficiency", ["version"] = "1", ["letteryear"] = "2023",
            ["date-day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["date-month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["date-year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("value=\"31\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, good.StatusCode);
        var letter = Assert.Single((await OpenAsync(account, id)).Detail.Letters);
        Assert.Equal((DeadlineEventType.NoticeOfDeficiency, date, (int?)2023), (letter.Type, letter.Date, letter.TaxYear));
        var html = await GetHtmlAsync(client, $"/clinic/cases/{id}");
        Assert.Contains("tax year 2023", html, StringComparison.Ordinal);
        Assert.Contains("app-deadline", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_AnotherClinicsCase_Is404_AndAuditedInBothClinics()
    {
        var owner = await ClinicStaff.CreateAccountAsync(factory);
        var id = await ClinicStaff.CreateCaseAsync(factory, owner, label: "Theirs");
        var (client, stranger) = await ClinicStaff.SignedInStaffAsync(factory);

        using var response = await client.GetAsync($"/clinic/cases/{id}");
        using var unknown = await client.GetAsync("/clinic/cases/no-such-case");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("Theirs", html, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(stranger.ClinicId, AuditActions.CrossClinicDenied), a => a.CaseId == id && a.UserId == stranger.UserId);
        Assert.Contains(await AuditAsync(owner.ClinicId, AuditActions.CrossClinicDenied), a => a.CaseId == id && a.UserId == stranger.UserId);
    }

    private static CaseLetter Deficiency(int daysAgoOffset) => new(DeadlineEventType.NoticeOfDeficiency, ManualClock.DefaultToday.AddDays(daysAgoOffset), 2023);

    private int DaysLeft(CaseLetter letter)
    {
        var detail = new CaseDetail("x", null, "", null, SafeContact.Unknown, ScreeningAnswers.ForYears(2023), [letter]);
        return CaseScreening.Of(detail, Today).SoonestDeadline!.Value.DayNumber - Today.DayNumber;
    }

    internal sealed record NewCaseForm(string Label, string ClientName, string OtherName)
    {
        public string SafeAddress { get; init; } = "";

        public Dictionary<string, string> Fields() => new()
        {
            ["label"] = Label, ["clientname"] = ClientName, ["clientbirth"] = "", ["othername"] = OtherName, ["otherbirth"] = "",
            ["years"] = "2023", ["status"] = "Intake", ["assigned"] = "none", ["call"] = "safe", ["text"] = "not-safe", ["mail"] = "unknown",
            ["email"] = "unknown", ["safeaddress"] = SafeAddress, ["language"] = "en",
        };
    }

    private static NewCaseForm NewCase(string label, string clientName, string otherName) => new(label, clientName, otherName);

    private static Task<HttpResponseMessage> PostNewCaseAsync(HttpClient client, NewCaseForm form, Dictionary<string, string>? extra = null)
    {
        var fields = form.Fields();
        foreach (var (k, v) in extra ?? [])
        {
            fields[k] = v;
        }

        return ClinicStaff.PostFormAsync(client, "/clinic/cases/new", "case", fields);
    }

    private static async Task<string> GetHtmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static void AssertInOrder(string html, params string[] parts)
    {
        var at = -1;
        foreach (var part in parts)
        {
            var next = html.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"\"{part}\" is missing or out of order.");
            at = next;
        }
    }

    private async Task<int> CaseCountAsync(StaffAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ClinicCases>().ListAsync(account.Member)).Count;
    }

    private async Task<OpenedCase> OpenAsync(StaffAccount account, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ClinicCases>().OpenAsync(account.Member, id, auditAction: null))!;
    }

    private async Task<List<AuditEntry>> AuditAsync(string clinicId, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        return await db.AuditLog.AsNoTracking().Where(a => a.ClinicId == clinicId && a.Action == action).ToListAsync();
    }
}
