using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data.Clinic;

/// <summary>The signed-in staff member a store call acts for: their clinic scopes every query.</summary>
public sealed record StaffMember(string ClinicId, string UserId);

/// <summary>One line of the case list: the clear columns and the opened summary.</summary>
public sealed record CaseRow(string Id, CaseStatus Status, string? AssignedUserId, DateTime UpdatedUtc, string RulesRevision, CaseSummary Summary);

/// <summary>A whole case, opened.</summary>
public sealed record OpenedCase(
    string Id,
    CaseStatus Status,
    string? AssignedUserId,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    DateTime? ClosedUtc,
    string RulesRevision,
    int Version,
    CaseSummary Summary,
    CaseDetail Detail);

/// <summary>A note, opened.</summary>
public sealed record CaseNoteView(string Id, string AuthorUserId, DateTime CreatedUtc, string Text);

/// <summary>
/// A possible conflict: a name given for the new case matches a name on an existing case of the clinic.
/// <see cref="NewParty"/> is who matched on the new case; <see cref="ExistingParty"/> is who they matched there.
/// </summary>
public sealed record ConflictMatch(string CaseId, ConflictParty NewParty, ConflictParty ExistingParty)
{
    /// <summary>
    /// True for the conflict the check exists for: one spouse on one case is the other case's client (client ↔ other
    /// spouse, either way). A client matching a client, or spouse matching spouse, is more likely the same person
    /// twice (a duplicate case).
    /// </summary>
    public bool IsOppositeSides => NewParty != ExistingParty;
}

/// <summary>A staff member of the clinic as colleagues see them: for assignment and the case list.</summary>
public sealed record StaffName(string Id, string DisplayName);

/// <summary>What a save changed, for the audit log (no personal value).</summary>
public enum SaveOutcome
{
    Saved,
    NotFound,
    ChangedElsewhere,
}

/// <summary>
/// The one way to cases (issue 14): every query takes the signed-in member and filters by their clinic, so a page
/// cannot forget the tenant. A case id of another clinic behaves as missing and leaves an audit line. Every
/// personal field is sealed under the clinic key here, and opened only here.
/// </summary>
/// <remarks>An architecture test fails on any other use of the case tables.</remarks>
public sealed class ClinicCases(InterviewDbContext db, ClinicKeys keys, AuditLog audit, TimeProvider clock, CaseSummaryCache summaries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string SummaryField = "summary";
    private const string DetailField = "detail";
    private const string NoteField = "note";

    /// <summary>How many cases <see cref="RefreshSummariesAsync"/> rewrites in one transaction.</summary>
    public const int RefreshBatch = 200;

    /// <summary>The clinic's cases with their opened summaries (list order is the caller's).</summary>
    /// <remarks>
    /// Reads the clear columns of every case, then opens only the summaries not already in <see cref="CaseSummaryCache"/>
    /// at that version (one more query for those): a list of 2,000 unchanged cases decrypts nothing.
    /// </remarks>
    public Task<IReadOnlyList<CaseRow>> ListAsync(StaffMember member, CancellationToken cancellationToken = default) =>
        ListAsync(member, audited: true, cancellationToken);

    private async Task<IReadOnlyList<CaseRow>> ListAsync(StaffMember member, bool audited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var rows = await db.ClinicCases.AsNoTracking()
            .Where(c => c.ClinicId == member.ClinicId)
            .Select(c => new { c.Id, c.Status, c.AssignedUserId, c.UpdatedUtc, c.RulesRevision, c.Version })
            .ToListAsync(cancellationToken);
        var opened = new Dictionary<string, CaseSummary>(rows.Count, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var r in rows)
        {
            if (summaries.TryGet(r.Id, r.Version, out var summary))
            {
                opened[r.Id] = summary;
            }
            else
            {
                missing.Add(r.Id);
            }
        }

        if (missing.Count > 0)
        {
            var key = await KeyAsync(member.ClinicId, cancellationToken);
            var query = db.ClinicCases.AsNoTracking().Where(c => c.ClinicId == member.ClinicId);
            // Most of the clinic missing (a first list after a start): read them all rather than send thousands of ids.
            query = missing.Count > rows.Count / 2 ? query : query.Where(c => missing.Contains(c.Id));
            var sealedRows = await query.Select(c => new { c.Id, c.Version, c.SealedSummary }).ToListAsync(cancellationToken);
            foreach (var s in sealedRows.Where(s => !opened.ContainsKey(s.Id)))
            {
                var summary = OpenSummary(key, s.Id, s.SealedSummary);
                summaries.Set(s.Id, s.Version, summary);
                opened[s.Id] = summary;
            }
        }

        if (audited)
        {
            await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.CaseList, detail: $"{rows.Count} cases", cancellationToken: cancellationToken);
        }

        // A case deleted between the two queries has no summary: it is left out.
        return [.. rows.Where(r => opened.ContainsKey(r.Id)).Select(r => new CaseRow(r.Id, r.Status, r.AssignedUserId, r.UpdatedUtc, r.RulesRevision, opened[r.Id]))];
    }

    /// <summary>
    /// The list again, without a second audit line: for a caller that listed once in this request and changed
    /// summaries since (<see cref="RefreshSummariesAsync"/>).
    /// </summary>
    public Task<IReadOnlyList<CaseRow>> ListAgainAsync(StaffMember member, CancellationToken cancellationToken = default) =>
        ListAsync(member, audited: false, cancellationToken);

    /// <summary>The clinics that have a summary computed under another rules revision than <paramref name="rulesRevision"/>.</summary>
    public async Task<IReadOnlyList<string>> ClinicsWithStaleSummariesAsync(string rulesRevision, CancellationToken cancellationToken = default) =>
        await db.ClinicCases.AsNoTracking()
            .Where(c => c.RulesRevision != rulesRevision)
            .Select(c => c.ClinicId)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Rewrites every summary of the clinic that was computed under another rules revision (after a deployment that
    /// changed the rules), <see cref="RefreshBatch"/> cases at a time: each case's detail is opened,
    /// <paramref name="recompute"/> gives its new summary from the detail and the old summary, and each batch is saved
    /// in one transaction together with one audit line per case (<see cref="AuditActions.CaseChanged"/>,
    /// <paramref name="what"/>). A batch in which someone saved a case meanwhile is not saved (its cases keep their old
    /// revision and are recomputed on a later read); the other batches are.
    /// </summary>
    /// <param name="clinicId">The clinic (the signed-in member's, or each clinic in turn at start-up).</param>
    /// <param name="userId">Who the audit lines name: the member whose list found the summaries stale, or null for the app itself.</param>
    /// <param name="rulesRevision">Today's rules revision.</param>
    /// <param name="recompute">The new summary, from the case's detail and its old summary.</param>
    /// <param name="what">The audit detail (no personal value).</param>
    /// <param name="cancellationToken">Stops between batches (a batch is saved whole or not at all).</param>
    /// <returns>How many summaries were saved.</returns>
    public async Task<int> RefreshSummariesAsync(string clinicId, string? userId, string rulesRevision, Func<CaseDetail, CaseSummary, CaseSummary> recompute, string what, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clinicId);
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesRevision);
        ArgumentNullException.ThrowIfNull(recompute);
        var stale = await db.ClinicCases.AsNoTracking()
            .Where(c => c.ClinicId == clinicId && c.RulesRevision != rulesRevision)
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        var key = await KeyAsync(clinicId, cancellationToken);
        var saved = 0;
        foreach (var batch in stale.Chunk(RefreshBatch))
        {
            var rows = await db.ClinicCases
                .Where(c => c.ClinicId == clinicId && c.RulesRevision != rulesRevision && batch.Contains(c.Id))
                .ToListAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var fresh = new List<(string Id, int Version, CaseSummary Summary)>(rows.Count);
            try
            {
                foreach (var row in rows)
                {
                    var opened = Open(key, row);
                    var summary = recompute(opened.Detail, opened.Summary);
                    row.SealedSummary = ClinicCrypto.Seal(key, row.Id, SummaryField, JsonSerializer.Serialize(summary, Json));
                    row.RulesRevision = rulesRevision;
                    row.UpdatedUtc = now;
                    row.Version++;
                    audit.Stage(clinicId, userId, AuditActions.CaseChanged, row.Id, what);
                    fresh.Add((row.Id, row.Version, summary));
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            saved += fresh.Count;
            foreach (var (id, version, summary) in fresh)
            {
                summaries.Set(id, version, summary);
            }
        }

        return saved;
    }

    /// <summary>
    /// Opens a case of the member's clinic, or null when there is none with this id. A case of another clinic also
    /// gives null, and an audit line in that clinic's log and in the member's (<see cref="AuditActions.CrossClinicDenied"/>).
    /// </summary>
    /// <param name="member">The signed-in member.</param>
    /// <param name="caseId">The case id from the URL.</param>
    /// <param name="auditAction">The action to record (e.g. <see cref="AuditActions.CaseViewed"/>), or null when the caller records its own.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<OpenedCase?> OpenAsync(StaffMember member, string caseId, string? auditAction = AuditActions.CaseViewed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var row = await db.ClinicCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (!string.Equals(row.ClinicId, member.ClinicId, StringComparison.Ordinal))
        {
            await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.CrossClinicDenied, caseId, "case of another clinic", cancellationToken);
            await audit.AppendAsync(row.ClinicId, member.UserId, AuditActions.CrossClinicDenied, caseId, "asked for by a member of another clinic", cancellationToken);
            return null;
        }

        var key = await KeyAsync(member.ClinicId, cancellationToken);
        if (auditAction is not null)
        {
            await audit.AppendAsync(member.ClinicId, member.UserId, auditAction, caseId, cancellationToken: cancellationToken);
        }

        return Open(key, row);
    }

    /// <summary>
    /// Checks a new case's names against every case of the clinic, both ways (client and other spouse against both
    /// sides), on keyed hashes only, and records the check in the audit log.
    /// </summary>
    /// <param name="member">The signed-in member.</param>
    /// <param name="clientName">The client's full name.</param>
    /// <param name="otherSpouseName">The other spouse's full name, or empty when unknown.</param>
    /// <param name="exceptCaseId">The case being edited, left out of its own check.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<ConflictMatch>> CheckConflictsAsync(StaffMember member, string clientName, string otherSpouseName, string? exceptCaseId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var key = await KeyAsync(member.ClinicId, cancellationToken);
        var client = ConflictNames.Hashes(key, clientName ?? "");
        var other = ConflictNames.Hashes(key, otherSpouseName ?? "");
        var all = client.Concat(other).Distinct(StringComparer.Ordinal).ToList();
        var found = all.Count == 0
            ? []
            : await db.ConflictHashes.AsNoTracking()
                .Where(h => h.ClinicId == member.ClinicId && all.Contains(h.Hash) && h.CaseId != exceptCaseId)
                .Select(h => new { h.CaseId, h.Party, h.Hash })
                .ToListAsync(cancellationToken);
        var matches = found
            .SelectMany(h => new[]
            {
                client.Contains(h.Hash, StringComparer.Ordinal) ? new ConflictMatch(h.CaseId, ConflictParty.Client, h.Party) : null,
                other.Contains(h.Hash, StringComparer.Ordinal) ? new ConflictMatch(h.CaseId, ConflictParty.OtherSpouse, h.Party) : null,
            })
            .OfType<ConflictMatch>()
            .Distinct()
            .OrderBy(m => m.IsOppositeSides ? 0 : 1)
            .ThenBy(m => m.CaseId, StringComparer.Ordinal)
            .ToList();
        var detail = $"{matches.Count(m => m.IsOppositeSides)} possible conflicts, {matches.Count(m => !m.IsOppositeSides)} possible duplicates"
            + (other.Count == 0 ? ", other spouse's name not checked" : "");
        await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.ConflictChecked, exceptCaseId, detail, cancellationToken);
        return matches;
    }

    /// <summary>Creates a case and its conflict hashes; returns its id.</summary>
    /// <param name="member">The signed-in member.</param>
    /// <param name="status">The first status.</param>
    /// <param name="assignedUserId">The assigned volunteer (must be staff of the clinic), or null.</param>
    /// <param name="rulesRevision">The rules revision the summary was computed under.</param>
    /// <param name="summary">The list summary.</param>
    /// <param name="detail">The sealed body.</param>
    /// <param name="auditAction"><see cref="AuditActions.CaseCreated"/> or <see cref="AuditActions.CaseImported"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<string> CreateAsync(StaffMember member, CaseStatus status, string? assignedUserId, string rulesRevision, CaseSummary summary, CaseDetail detail, string auditAction = AuditActions.CaseCreated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(detail);
        await EnsureStaffAsync(member.ClinicId, assignedUserId, cancellationToken);
        var key = await KeyAsync(member.ClinicId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var id = SessionCrypto.NewLinkToken();
        var row = new ClinicCase
        {
            Id = id,
            ClinicId = member.ClinicId,
            Status = status,
            AssignedUserId = assignedUserId,
            CreatedUtc = now,
            UpdatedUtc = now,
            ClosedUtc = status == CaseStatus.Closed ? now : null,
            RulesRevision = rulesRevision,
            Version = 1,
            SealedSummary = ClinicCrypto.Seal(key, id, SummaryField, JsonSerializer.Serialize(summary, Json)),
            SealedDetail = ClinicCrypto.Seal(key, id, DetailField, CaseDetailPayload.Write(detail)),
        };
        db.ClinicCases.Add(row);
        db.ConflictHashes.AddRange(HashesFor(key, member.ClinicId, id, detail));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await audit.AppendAsync(member.ClinicId, member.UserId, auditAction, id, $"status: {status}", cancellationToken);
        return id;
    }

    /// <summary>
    /// Saves a changed case if nobody saved it since <paramref name="updated"/> was opened (its <see cref="OpenedCase.Version"/>).
    /// Refreshes the conflict hashes when names change. <paramref name="what"/> is the audit detail (no personal value).
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(StaffMember member, OpenedCase updated, string what, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(updated);
        var row = await db.ClinicCases.FirstOrDefaultAsync(c => c.Id == updated.Id && c.ClinicId == member.ClinicId, cancellationToken);
        if (row is null)
        {
            return SaveOutcome.NotFound;
        }

        if (row.Version != updated.Version)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.ChangedElsewhere;
        }

        await EnsureStaffAsync(member.ClinicId, updated.AssignedUserId, cancellationToken);
        var key = await KeyAsync(member.ClinicId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var wasClosed = row.Status == CaseStatus.Closed;
        row.Status = updated.Status;
        row.AssignedUserId = updated.AssignedUserId;
        row.UpdatedUtc = now;
        row.ClosedUtc = updated.Status == CaseStatus.Closed ? (wasClosed ? row.ClosedUtc : now) : null;
        row.RulesRevision = updated.RulesRevision;
        row.Version = updated.Version + 1;
        row.SealedSummary = ClinicCrypto.Seal(key, row.Id, SummaryField, JsonSerializer.Serialize(updated.Summary, Json));
        row.SealedDetail = ClinicCrypto.Seal(key, row.Id, DetailField, CaseDetailPayload.Write(updated.Detail));
        await db.ConflictHashes.Where(h => h.CaseId == row.Id && h.ClinicId == member.ClinicId).ExecuteDeleteAsync(cancellationToken);
        db.ConflictHashes.AddRange(HashesFor(key, member.ClinicId, row.Id, updated.Detail));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.ChangedElsewhere;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.CaseChanged, row.Id, what, cancellationToken);
        return SaveOutcome.Saved;
    }

    /// <summary>Adds a private note to a case of the member's clinic; false when there is no such case.</summary>
    public async Task<bool> AddNoteAsync(StaffMember member, string caseId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!await db.ClinicCases.AnyAsync(c => c.Id == caseId && c.ClinicId == member.ClinicId, cancellationToken))
        {
            return false;
        }

        var key = await KeyAsync(member.ClinicId, cancellationToken);
        var id = SessionCrypto.NewLinkToken();
        db.CaseNotes.Add(new CaseNote
        {
            Id = id,
            ClinicId = member.ClinicId,
            CaseId = caseId,
            AuthorUserId = member.UserId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            SealedText = ClinicCrypto.Seal(key, id, NoteField, text),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.NoteAdded, caseId, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>The case's notes, oldest first (empty for a case of another clinic).</summary>
    public async Task<IReadOnlyList<CaseNoteView>> NotesAsync(StaffMember member, string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var key = await KeyAsync(member.ClinicId, cancellationToken);
        var notes = await db.CaseNotes.AsNoTracking()
            .Where(n => n.CaseId == caseId && n.ClinicId == member.ClinicId)
            .OrderBy(n => n.CreatedUtc).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        return [.. notes.Select(n => new CaseNoteView(n.Id, n.AuthorUserId, n.CreatedUtc, ClinicCrypto.Open(key, n.Id, NoteField, n.SealedText)))];
    }

    /// <summary>
    /// The labels of some cases of the member's clinic, by id (for the conflict warning, which names the matching
    /// cases). Not audited on its own: the conflict check that found them is.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> LabelsAsync(StaffMember member, IReadOnlyCollection<string> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(caseIds);
        if (caseIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var key = await KeyAsync(member.ClinicId, cancellationToken);
        var ids = caseIds.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.ClinicCases.AsNoTracking()
            .Where(c => c.ClinicId == member.ClinicId && ids.Contains(c.Id))
            .Select(c => new { c.Id, c.SealedSummary })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => OpenSummary(key, r.Id, r.SealedSummary).Label, StringComparer.Ordinal);
    }

    /// <summary>
    /// Which of <paramref name="caseIds"/> are cases of the member's clinic today (e.g. to link an audit line's case
    /// only while it exists). Opens nothing and records nothing: an id is not a personal value.
    /// </summary>
    public async Task<IReadOnlySet<string>> ExistingIdsAsync(StaffMember member, IReadOnlyCollection<string> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(caseIds);
        if (caseIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var ids = caseIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.ClinicCases.AsNoTracking()
            .Where(c => c.ClinicId == member.ClinicId && ids.Contains(c.Id))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The member's clinic's staff (id and display name), by display name.</summary>
    public async Task<IReadOnlyList<StaffName>> StaffAsync(StaffMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.ClinicId == member.ClinicId)
            .Select(u => new StaffName(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        return [.. staff.OrderBy(s => s.DisplayName, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Deletes every closed case whose clinic's retention period has passed since it was closed, with its notes and
    /// hashes, and records each purge in the clinic's audit log. Returns how many were purged.
    /// </summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closed = await db.ClinicCases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedUtc != null)
            .Join(db.Clinics, c => c.ClinicId, k => k.Id, (c, k) => new { c.Id, c.ClinicId, ClosedUtc = c.ClosedUtc!.Value, k.RetentionYears })
            .ToListAsync(cancellationToken);
        var purged = 0;
        foreach (var c in closed.Where(c => c.ClosedUtc.AddYears(c.RetentionYears) <= now))
        {
            // Another instance's purge may have deleted it a moment ago: one audit line per case actually deleted.
            if (await db.ClinicCases.Where(x => x.Id == c.Id && x.ClinicId == c.ClinicId && x.Status == CaseStatus.Closed).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }

            await audit.AppendAsync(c.ClinicId, null, AuditActions.CasePurged, c.Id, $"closed {c.ClosedUtc:yyyy-MM-dd}, kept {c.RetentionYears} years", cancellationToken);
            purged++;
        }

        return purged;
    }

    /// <summary>
    /// Unassigns every case of the member's clinic assigned to <paramref name="userId"/> (a staff member being removed),
    /// bumping each case's version so an open edit form cannot put the assignment back. Returns how many.
    /// </summary>
    public async Task<int> UnassignAllAsync(StaffMember member, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = await db.ClinicCases
            .Where(c => c.ClinicId == member.ClinicId && c.AssignedUserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AssignedUserId, (string?)null).SetProperty(c => c.UpdatedUtc, now).SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        if (count > 0)
        {
            await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.CaseChanged, null, $"{count} cases unassigned from a removed staff member", cancellationToken);
        }

        return count;
    }

    private async Task<ClinicKey> KeyAsync(string clinicId, CancellationToken cancellationToken)
    {
        var clinic = await db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clinicId, cancellationToken)
            ?? throw new InvalidOperationException("The signed-in member's clinic does not exist.");
        return keys.For(clinic);
    }

    private async Task EnsureStaffAsync(string clinicId, string? userId, CancellationToken cancellationToken)
    {
        if (userId is not null && !await db.Users.AnyAsync(u => u.Id == userId && u.ClinicId == clinicId, cancellationToken))
        {
            throw new ArgumentException("The assigned volunteer is not staff of this clinic.", nameof(userId));
        }
    }

    private static IEnumerable<ConflictHash> HashesFor(ClinicKey key, string clinicId, string caseId, CaseDetail detail) =>
        ConflictNames.Hashes(key, detail.ClientName).Select(h => new ConflictHash { ClinicId = clinicId, CaseId = caseId, Party = ConflictParty.Client, Hash = h })
            .Concat(ConflictNames.Hashes(key, detail.OtherSpouseName).Select(h => new ConflictHash { ClinicId = clinicId, CaseId = caseId, Party = ConflictParty.OtherSpouse, Hash = h }));

    private static CaseSummary OpenSummary(ClinicKey key, string id, string sealedSummary) =>
        JsonSerializer.Deserialize<CaseSummary>(ClinicCrypto.Open(key, id, SummaryField, sealedSummary), Json)
            ?? throw new InvalidOperationException("An empty case summary.");

    private static OpenedCase Open(ClinicKey key, ClinicCase row) =>
        new(row.Id, row.Status, row.AssignedUserId, row.CreatedUtc, row.UpdatedUtc, row.ClosedUtc, row.RulesRevision, row.Version,
            OpenSummary(key, row.Id, row.SealedSummary),
            CaseDetailPayload.Read(ClinicCrypto.Open(key, row.Id, DetailField, row.SealedDetail)));
}
