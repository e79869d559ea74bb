using System.Net;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Clinic.Admin;

namespace InnocentSpouse.Web.Tests.Clinic.Handoff;

/// <summary>
/// The hand-off page and PDF over HTTP (issue 14): staff of the case's clinic get them (each recorded: a view, an
/// export); a case of another clinic is a 404; the PDF is an attachment with a discreet name, in the reader's language.
/// </summary>
public sealed class HandoffPagesTests : IAsyncLifetime
{
    private static readonly SafeContact Flags = new(ContactSafety.NotSafe, ContactSafety.Safe, ContactSafety.Safe, ContactSafety.Unknown, "555-0100", "en", AbuseDisclosed: true);

    private readonly AppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(HttpClient Client, StaffAccount Account, string CaseId)> CaseAsync()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(_factory);
        var caseId = await ClinicStaff.CreateCaseAsync(_factory, account, label: "A.B.", status: CaseStatus.Filed,
            answers: ExpectedResults.AnswersFor(Truths.FigureA(), 2023), letters: [AdminSeed.Letter], contact: Flags);
        await AdminSeed.NoteAsync(_factory.Services, account.Member, caseId, "Spoke with the client; documents promised.");
        return (client, account, caseId);
    }

    [Fact]
    public async Task HandoffPage_OwnCase_FlagsFirstThenCaseLettersNotesRecord()
    {
        var (client, account, caseId) = await CaseAsync();

        using var response = await client.GetAsync($"/clinic/cases/{caseId}/handoff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        string[] order = ["Safe contact", "The client disclosed abuse.", "NOT safe", "555-0100", "A.B.", "Form 8857 filed", account.DisplayName,
            $"href=\"/clinic/cases/{caseId}/handoff.pdf\"", "Letters and events", "Dated May 1, 2026, for tax year 2023.",
            "Spoke with the client; documents promised.", "Screening record", "Tax year 2023"];
        var main = html[html.IndexOf("<h1", StringComparison.Ordinal)..];
        var at = 0;
        foreach (var text in order)
        {
            var next = main.IndexOf(text, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{text}\" is missing or out of order");
            at = next;
        }

        var last = (await AdminSeed.AuditAsync(_factory.Services, account.ClinicId))[^1];
        Assert.Equal((AuditActions.CaseViewed, caseId, "hand-off page"), (last.Action, last.CaseId, last.Detail));
    }

    [Fact]
    public async Task HandoffPdf_OwnCase_AttachmentNamedDiscreetly_RecordedAsExport()
    {
        var (client, account, caseId) = await CaseAsync();

        using var response = await client.GetAsync($"/clinic/cases/{caseId}/handoff.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("handoff.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("Case hand-off Safe contact The client disclosed abuse.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Spoke with the client; documents promised.", pdf.Text, StringComparison.Ordinal);
        var last = (await AdminSeed.AuditAsync(_factory.Services, account.ClinicId))[^1];
        Assert.Equal((AuditActions.CaseExported, caseId, "hand-off PDF"), (last.Action, last.CaseId, last.Detail));
    }

    [Fact]
    public async Task HandoffPdf_SpanishReader_SpanishFileAndName()
    {
        var (client, _, caseId) = await CaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/clinic/cases/{caseId}/handoff.pdf");
        request.Headers.TryAddWithoutValidation("Accept-Language", "es");

        using var response = await client.SendAsync(request);

        Assert.Equal("traspaso.pdf", response.Content.Headers.ContentDisposition?.FileName);
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("Traspaso del caso Contacto seguro El cliente reveló abuso.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Estado: Formulario 8857 presentado", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/handoff")]
    [InlineData("/handoff.pdf")]
    public async Task Handoff_CaseOfAnotherClinic_NotFound(string suffix)
    {
        var (_, _, caseId) = await CaseAsync();
        var (stranger, strangerAccount) = await ClinicStaff.SignedInStaffAsync(_factory);

        using var response = await stranger.GetAsync($"/clinic/cases/{caseId}{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("555-0100", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AuditActions.CrossClinicDenied, (await AdminSeed.AuditAsync(_factory.Services, strangerAccount.ClinicId))[^1].Action);
    }

    [Theory]
    [InlineData("/handoff")]
    [InlineData("/handoff.pdf")]
    public async Task Handoff_NoSuchCase_NotFound(string suffix)
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(_factory);

        using var response = await client.GetAsync($"/clinic/cases/nosuchcase{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/handoff")]
    [InlineData("/handoff.pdf")]
    public async Task Handoff_Anonymous_SentToSignIn(string suffix)
    {
        var (_, _, caseId) = await CaseAsync();

        using var response = await ClinicStaff.NewClient(_factory).GetAsync($"/clinic/cases/{caseId}{suffix}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/clinic/sign-in", response.Headers.Location!.AbsolutePath);
    }
}
