using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Intake;

/// <summary>The import's host: the code pages' limit lifted (each test sends a few POSTs from one address).</summary>
public sealed class ImportAppFactory : AppFactory
{
    public ImportAppFactory() => Settings = new Dictionary<string, string> { ["RateLimits:PerMinute"] = "1000" };
}

/// <summary>
/// Import at <c>/clinic/cases/import</c> (issue 14): a taxpayer's share link or resume code becomes a case, with
/// their consent confirmed on screen and the conflict check first; bad links and codes get a specific message, never
/// a 500, and what was typed stays; the taxpayer's own session is not changed.
/// </summary>
public sealed partial class ImportPageTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>
{
    [GeneratedRegex("^/clinic/cases/([A-Za-z0-9_-]{22})$")]
    private static partial Regex CasePath();

    [Fact]
    public async Task ShareLink_WithConsent_CreatesTheCaseWithTheAnswers_TaxpayersSessionUntouched()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var token = await IntakePageTests.PublicShareLinkAsync(factory, Truths.FigureB());
        var before = await SessionRowAsync(token);

        var response = await ImportAsync(client, Fields($"https://screener.example.org/shared/{token}"));

        Assert.Equal(HttpStatusCode.Found, response.Status);
        var id = CasePath().Match(response.Location ?? "").Groups[1].Value;
        var opened = await OpenAsync(account, id);
        var after = await SessionRowAsync(token);
        Assert.Equal(IntakePageTests.Flat(before.Answers), IntakePageTests.Flat(opened.Detail.Answers));
        Assert.Equal(CaseStatus.Screened, opened.Status);
        Assert.Equal("A.B.", opened.Summary.Label);
        Assert.Equal(("Ana Lopez", "Carlos Lopez"), (opened.Detail.ClientName, opened.Detail.OtherSpouseName));
        Assert.Equal((before.Version, before.UpdatedUtc, before.ExpiresUtc, before.Payload), (after.Version, after.UpdatedUtc, after.ExpiresUtc, after.Payload));
        Assert.Equal(IntakePageTests.Flat(before.Answers), IntakePageTests.Flat(after.Answers));
        Assert.Equal([AuditActions.CaseImported], await AuditAsync(account, id, AuditActions.CaseImported));
        Assert.Equal([AuditActions.ConflictChecked, AuditActions.CaseImported], await AuditAsync(account, null, AuditActions.ConflictChecked, AuditActions.CaseImported));
    }

    [Fact]
    public async Task ResumeCode_AsTyped_CreatesTheCaseWithTheAnswers()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var answers = ExpectedResults.AnswersFor(Truths.FigureC(), 2023);
        ResumeCode code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<SessionStore>().CreateAsync(answers)).Code;
        }

        var response = await ImportAsync(client, Fields(code.Display.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Found, response.Status);
        var opened = await OpenAsync(account, CasePath().Match(response.Location ?? "").Groups[1].Value);
        Assert.Equal(IntakePageTests.Flat(answers), IntakePageTests.Flat(opened.Detail.Answers));
    }

    [Fact]
    public async Task NoConsent_400_SaysWhatIsMissing_KeepsWhatWasTyped_CreatesNothing()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var token = await IntakePageTests.PublicShareLinkAsync(factory, Truths.FigureA());
        var fields = Fields($"https://screener.example.org/shared/{token}");
        fields.Remove("consent");

        var response = await ImportAsync(client, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("href=\"/clinic/cases/import#consent\">Confirm that the taxpayer agreed to give their answers to the clinic</a>", response.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"https://screener.example.org/shared/{token}\"", response.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"A.B.\"", response.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ana Lopez\"", response.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Carlos Lopez\"", response.Html, StringComparison.Ordinal);
        Assert.Equal([], await AuditAsync(account, null, AuditActions.CaseImported));
    }

    [Theory]
    [InlineData("not a link", "This is not a share link or a code.")]
    [InlineData("https://screener.example.org/shared/AAAAAAAAAAAAAAAAAAAAAA", "No share link matches this.")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA", "No share link matches this.")]
    [InlineData("7KQ2M-4TR8X-ABCDE-12345-FGHJK", "No saved answers match this code.")]
    [InlineData("", "Paste a share link or type a code")]
    public async Task BadLinkOrCode_400_SpecificMessage_KeepsWhatWasTyped(string source, string message)
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory);

        var response = await ImportAsync(client, Fields(source));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains($"href=\"/clinic/cases/import#source\">{message}", response.Html, StringComparison.Ordinal);
        Assert.Contains($"id=\"source\" name=\"source\" type=\"text\" value=\"{source}\"", response.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ana Lopez\"", response.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedShareLink_400_SaysTheTaxpayerStoppedIt()
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory);
        var token = await IntakePageTests.PublicShareLinkAsync(factory, Truths.FigureA());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var links = scope.ServiceProvider.GetRequiredService<LinkStore>();
            await links.RevokeAsync((await links.OpenShareAsync(token))!.Value.Code, 1);
        }

        var response = await ImportAsync(client, Fields(token));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("The taxpayer stopped this share link.", response.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredShareLinkAndExpiredCode_400_SayTheyExpired()
    {
        var clock = new ManualClock();
        await using var app = new AppFactory { Clock = clock, Settings = new Dictionary<string, string> { ["RateLimits:PerMinute"] = "1000" } };
        var token = await IntakePageTests.PublicShareLinkAsync(app, Truths.FigureA());
        ResumeCode code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<SessionStore>().CreateAsync(ExpectedResults.AnswersFor(Truths.FigureA(), 2023))).Code;
        }

        clock.Now = clock.Now.AddDays(31);
        var (client, _) = await ClinicStaff.SignedInStaffAsync(app);

        var link = await ImportAsync(client, Fields(token));
        var typed = await ImportAsync(client, Fields(code.Display));

        Assert.Equal(HttpStatusCode.BadRequest, link.Status);
        Assert.Contains("This share link has expired. Ask the taxpayer to make a new one.", link.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, typed.Status);
        Assert.Contains("The answers saved with this code have expired.", typed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientIsTheOtherSpouseOfAnExistingCase_WarnsFirst_ImportsOnlyOnceTheMatchesShownAreConfirmed()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var existing = await ClinicStaff.CreateCaseAsync(factory, account, clientName: "Marta Ruiz", otherSpouseName: "Pablo Ruiz");
        var token = await IntakePageTests.PublicShareLinkAsync(factory, Truths.FigureA());
        var fields = Fields(token);
        fields["client-name"] = "Pablo  RUIZ";
        fields["other-spouse"] = "Marta Ruiz";

        var warned = await ImportAsync(client, fields);
        var seen = Regex.Match(warned.Html, "name=\"seen\" value=\"([^\"]*)\"").Groups[1].Value;
        var notTicked = await ImportAsync(client, new(fields) { ["seen"] = seen });
        var confirmed = await ImportAsync(client, new(fields) { ["seen"] = seen, ["confirm"] = "yes" });

        Assert.Equal(HttpStatusCode.Conflict, warned.Status);
        Assert.Contains("The client on this case has the same name as the other spouse on another case. The clinic must not represent both spouses.", warned.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/clinic/cases/{existing}\"", warned.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notTicked.Status);
        Assert.Contains("href=\"/clinic/cases/import#confirm\">Check the matches and tick the box to import anyway</a>", notTicked.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, confirmed.Status);
        Assert.Matches(CasePath(), confirmed.Location!);
    }

    [Fact]
    public async Task Anonymous_RedirectsToSignIn()
    {
        using var response = await ClinicStaff.NewClient(factory).GetAsync(ImportPage.Path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/clinic/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task ImportPost_IsRateLimited_ThePageItselfIsNot()
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string> { ["RateLimits:PerMinute"] = "2" } };
        var (client, _) = await ClinicStaff.SignedInStaffAsync(app);

        var first = await ImportAsync(client, Fields("AAAAAAAAAAAAAAAAAAAAAA"));
        var second = await ImportAsync(client, Fields("AAAAAAAAAAAAAAAAAAAAAA"));
        var third = await ImportAsync(client, Fields("AAAAAAAAAAAAAAAAAAAAAA"));
        using var page = await client.GetAsync(ImportPage.Path);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests), (first.Status, second.Status, third.Status));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static Dictionary<string, string> Fields(string source) => new(StringComparer.Ordinal)
    {
        ["source"] = source,
        ["consent"] = "yes",
        ["label"] = "A.B.",
        ["client-name"] = "Ana Lopez",
        ["other-spouse"] = "Carlos Lopez",
    };

    private static async Task<(HttpStatusCode Status, string Html, string? Location)> ImportAsync(HttpClient client, Dictionary<string, string> fields)
    {
        using var response = await ClinicStaff.PostFormAsync(client, ImportPage.Path, ImportPage.FormName, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), IntakeDriver.Where(response.Headers.Location));
    }

    private async Task<OpenedCase> OpenAsync(StaffAccount account, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ClinicCases>().OpenAsync(account.Member, id, auditAction: null))!;
    }

    private async Task<List<string>> AuditAsync(StaffAccount account, string? caseId, params string[] actions)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        return await db.AuditLog.Where(a => a.ClinicId == account.ClinicId && (caseId == null || a.CaseId == caseId) && actions.Contains(a.Action))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    private async Task<(int Version, DateTime UpdatedUtc, DateTime ExpiresUtc, string Payload, Domain.Interview.ScreeningAnswers Answers)> SessionRowAsync(string token)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var code = (await scope.ServiceProvider.GetRequiredService<LinkStore>().OpenShareAsync(token))!.Value.Code;
        var session = (await scope.ServiceProvider.GetRequiredService<SessionStore>().FindAsync(code))!;
        var row = await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id);
        return (row.Version, row.UpdatedUtc, row.ExpiresUtc, row.Payload, session.Answers);
    }
}
