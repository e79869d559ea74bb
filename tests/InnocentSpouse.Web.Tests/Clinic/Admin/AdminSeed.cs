using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Admin;

/// <summary>
/// Clinics, staff and cases made straight through the store (no sign-in), for the tests of the audit log, the
/// retention purge and the hand-off that need no HTTP.
/// </summary>
internal static class AdminSeed
{
    /// <summary>The letter every seeded case carries: a notice of deficiency mailed on 2026-05-01, for 2023.</summary>
    public static readonly CaseLetter Letter = new(DeadlineEventType.NoticeOfDeficiency, new DateOnly(2026, 5, 1), 2023);

    /// <summary>A new clinic with one staff member ("Ana R."), keeping closed cases <paramref name="retentionYears"/> years.</summary>
    public static async Task<StaffMember> ClinicAsync(IServiceProvider services, int retentionYears = ClinicDefaults.RetentionYears, string displayName = "Ana R.")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        var keys = scope.ServiceProvider.GetRequiredService<ClinicKeys>();
        var clinicId = Guid.NewGuid().ToString("N");
        var userId = Guid.NewGuid().ToString();
        db.Clinics.Add(new ClinicTenant { Id = clinicId, Name = "Test clinic", WrappedDataKey = keys.NewWrappedKey(), RetentionYears = retentionYears, CreatedUtc = ManualClock.DefaultNow.UtcDateTime });
        db.Users.Add(new StaffUser { Id = userId, ClinicId = clinicId, DisplayName = displayName, UserName = userId, NormalizedUserName = userId.ToUpperInvariant(), Email = $"{userId}@example.org" });
        await db.SaveChangesAsync();
        return new StaffMember(clinicId, userId);
    }

    /// <summary>The detail of a Figure A case for 2023 with the given flags and one letter.</summary>
    public static CaseDetail Detail(SafeContact? contact = null) =>
        new("Maria Lopez", 1980, "John Lopez", 1978, contact ?? SafeContact.Unknown, ExpectedResults.AnswersFor(Truths.FigureA(), 2023), [Letter]);

    /// <summary>Creates a case (its summary from <see cref="CaseScreening"/>) with this status, assigned to the member; returns its id.</summary>
    public static async Task<string> CaseAsync(IServiceProvider services, StaffMember member, CaseStatus status, string label = "M.L.", SafeContact? contact = null, DateOnly? asOf = null)
    {
        await using var scope = services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<ClinicCases>();
        var detail = Detail(contact);
        var summary = CaseScreening.Of(detail, asOf ?? ManualClock.DefaultToday).Summary(label, detail);
        return await cases.CreateAsync(member, status, member.UserId, CaseScreening.RulesRevision, summary, detail);
    }

    /// <summary>Adds a note to a case.</summary>
    public static async Task NoteAsync(IServiceProvider services, StaffMember member, string caseId, string text)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ClinicCases>().AddNoteAsync(member, caseId, text));
    }

    /// <summary>The clinic's audit lines, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(IServiceProvider services, string clinicId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ClinicId == clinicId).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>How many rows of the case, its notes and its conflict hashes are left.</summary>
    public static async Task<(int Cases, int Notes, int Hashes)> RowsAsync(IServiceProvider services, string caseId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        return (await db.Set<ClinicCase>().CountAsync(c => c.Id == caseId),
            await db.Set<CaseNote>().CountAsync(n => n.CaseId == caseId),
            await db.Set<ConflictHash>().CountAsync(h => h.CaseId == caseId));
    }
}
