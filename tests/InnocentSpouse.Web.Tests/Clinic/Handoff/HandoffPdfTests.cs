using System.Globalization;
using System.Text.RegularExpressions;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Api;
using InnocentSpouse.Web.Clinic;
using InnocentSpouse.Web.Clinic.Handoff;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Tests.Clinic.Admin;
using InnocentSpouse.Web.Time;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Handoff;

/// <summary>
/// The hand-off PDF (issue 14), read back with PdfPig: the safe-contact flags first, then the case, the letters with
/// their deadlines, the notes (author and time), the not-the-IRS notice once and the whole screening record, in the
/// reader's language, with the fonts embedded. A case of another clinic gives nothing and a denial in both logs.
/// </summary>
public sealed class HandoffPdfTests : IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    private static readonly SafeContact Flags = new(ContactSafety.NotSafe, ContactSafety.Safe, ContactSafety.Unknown, ContactSafety.NotSafe, "PO Box 12, Springfield", "es", AbuseDisclosed: true);

    private readonly AppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(StaffMember Member, string CaseId)> CaseWithNoteAsync()
    {
        var member = await AdminSeed.ClinicAsync(_factory.Services);
        var caseId = await AdminSeed.CaseAsync(_factory.Services, member, CaseStatus.Screened, contact: Flags);
        await AdminSeed.NoteAsync(_factory.Services, member, caseId, "Client prefers morning calls to the safe number only.");
        return (member, caseId);
    }

    private async Task<Web.Clinic.Handoff.Handoff?> LoadAsync(StaffMember member, string caseId, string action = AuditActions.CaseExported)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await Web.Clinic.Handoff.Handoff.LoadAsync(sp.GetRequiredService<ClinicCases>(), sp.GetRequiredService<AuditLog>(),
            sp.GetRequiredService<AppToday>(), member, caseId, action, "hand-off PDF");
    }

    [Fact]
    public async Task HandoffPdf_SafeContactFlags_ComeFirstAndInFull()
    {
        var (member, caseId) = await CaseWithNoteAsync();
        var handoff = await LoadAsync(member, caseId);

        var pdf = UiCulture.InCulture(English, () => PdfText.Read(HandoffPdf.Render(handoff!)));

        var flags = "Case hand-off Safe contact The client disclosed abuse. Use only the safe ways below, and take care with every contact. "
            + "• Call: NOT safe • Text message: safe • Mail: not known: ask before you use it • Email: NOT safe "
            + "• Safe address or number: PO Box 12, Springfield • Preferred language: Spanish The case";
        Assert.StartsWith(flags, pdf.Text, StringComparison.Ordinal);
        Assert.Equal("Case hand-off", pdf.Title);
        Assert.Equal("InnocentSpouse", pdf.Author);
    }

    [Fact]
    public async Task HandoffPdf_HoldsTheCaseNotesOutcomesAndLetterDeadlines()
    {
        var (member, caseId) = await CaseWithNoteAsync();
        var handoff = (await LoadAsync(member, caseId))!;

        var pdf = UiCulture.InCulture(English, () => PdfText.Read(HandoffPdf.Render(handoff)));

        Assert.Contains("The case Client label: M.L. Tax years: 2023 Status: Screened Assigned volunteer: Ana R. Case opened: June 15, 2026", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Notes Ana R., June 15, 2026 (12:00 UTC) Client prefers morning calls to the safe number only.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Notice of deficiency", pdf.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Dated May 1, 2026, for tax year 2023.", pdf.Text, StringComparison.Ordinal);
        var letterDeadlines = Assert.Single(handoff.Screening.LetterDeadlines).Deadlines;
        Assert.NotEmpty(letterDeadlines);
        foreach (var deadline in letterDeadlines.Concat(handoff.Screening.Report.Years.Single().Deadlines))
        {
            Assert.Contains(deadline.Title, pdf.Text, StringComparison.Ordinal);
            Assert.Contains($"{DeadlineCard.Label(deadline)}: {DeadlineFormState.Show(deadline.Date!.Value)}", pdf.Text, StringComparison.Ordinal);
        }

        foreach (var relief in handoff.Screening.Report.Years.Single().Reliefs)
        {
            Assert.Contains($"{DeterminationText.Name(relief.Relief)} Outcome: {DeterminationText.Label(relief.Determination)} {relief.Summary}", pdf.Text, StringComparison.Ordinal);
        }

        Assert.All(handoff.Screening.Report.Answers, a => Assert.Contains($"{a.Prompt} {a.Answer}", pdf.Text, StringComparison.Ordinal));
        Assert.Equal(1, pdf.Count(ScreeningEndpoints.Notice));
        Assert.DoesNotContain("Maria", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoffPdf_Fonts_AreLiberationSansSubsetsEmbedded()
    {
        var (member, caseId) = await CaseWithNoteAsync();
        var bytes = HandoffPdf.Render((await LoadAsync(member, caseId))!);
        var pdf = PdfText.Read(bytes);
        var raw = System.Text.Encoding.Latin1.GetString(bytes);

        Assert.All(pdf.FontNames, name => Assert.Matches("^[A-Z]{6}\\+Liberation Sans", name));
        Assert.Equal(Regex.Count(raw, "/Type\\s*/FontDescriptor"), Regex.Count(raw, "/FontFile2"));
    }

    [Fact]
    public async Task HandoffPdf_InSpanish_FlagsNotesAndTheRecordInSpanish()
    {
        var (member, caseId) = await CaseWithNoteAsync();
        var loaded = (await LoadAsync(member, caseId))!;

        var (pdf, screening) = UiCulture.InCulture(Spanish, () =>
        {
            var spanish = loaded with { Screening = CaseScreening.Of(loaded.Case.Detail, loaded.AsOf) };
            return (PdfText.Read(HandoffPdf.Render(spanish)), spanish.Screening);
        });

        Assert.StartsWith("Traspaso del caso Contacto seguro El cliente reveló abuso.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("• Llamar: NO es seguro • Mensaje de texto: seguro", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Idioma preferido: español", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Notas Ana R., 15 de junio de 2026 (a las 12:00 UTC) Client prefers morning calls", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Con fecha del 1 de mayo de 2026, sobre el año tributario 2023.", pdf.Text, StringComparison.Ordinal);
        Assert.Equal("Traspaso del caso", pdf.Title);
        foreach (var relief in screening.Report.Years.Single().Reliefs)
        {
            Assert.Contains(relief.Summary, pdf.Text, StringComparison.Ordinal);
        }

        Assert.Equal(1, pdf.Count(UiCulture.InCulture(Spanish, () => ScreeningEndpoints.Notice)));
        Assert.DoesNotContain("Safe contact", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handoff_Load_RecordsTheExport()
    {
        var (member, caseId) = await CaseWithNoteAsync();

        Assert.NotNull(await LoadAsync(member, caseId));

        var last = (await AdminSeed.AuditAsync(_factory.Services, member.ClinicId))[^1];
        Assert.Equal((AuditActions.CaseExported, caseId, member.UserId, "hand-off PDF"), (last.Action, last.CaseId, last.UserId, last.Detail));
    }

    [Fact]
    public async Task Handoff_CaseOfAnotherClinic_NothingAndADenialInBothLogs()
    {
        var (owner, caseId) = await CaseWithNoteAsync();
        var stranger = await AdminSeed.ClinicAsync(_factory.Services, displayName: "Eve S.");

        Assert.Null(await LoadAsync(stranger, caseId));

        var mine = await AdminSeed.AuditAsync(_factory.Services, stranger.ClinicId);
        Assert.Equal([AuditActions.CrossClinicDenied], mine.Select(a => a.Action));
        Assert.Equal(AuditActions.CrossClinicDenied, (await AdminSeed.AuditAsync(_factory.Services, owner.ClinicId))[^1].Action);
        Assert.DoesNotContain(await AdminSeed.AuditAsync(_factory.Services, owner.ClinicId), a => a.Action == AuditActions.CaseExported);
    }
}
