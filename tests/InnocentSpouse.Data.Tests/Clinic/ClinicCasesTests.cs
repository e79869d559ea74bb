using System.Text;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InnocentSpouse.Data.Tests.Clinic;

/// <summary>The tenant-scoped case store on the real database (SQLite, and PostgreSQL in CI).</summary>
public sealed class ClinicCasesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = default!;
    private StaffMember _north = default!;
    private StaffMember _south = default!;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Default"] = _database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddInterviewData(config, Path.GetTempPath());
        services.AddDataProtection().PersistKeysToDbContext<InterviewDbContext>();
        _services = services.BuildServiceProvider();
        await _services.MigrateInterviewDatabaseAsync();
        _north = await AddClinicAsync("North");
        _south = await AddClinicAsync("South");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DropAsync();
    }

    private async Task<StaffMember> AddClinicAsync(string name)
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        var clinic = new ClinicTenant { Id = SessionCrypto.NewLinkToken(), Name = name, WrappedDataKey = scope.ServiceProvider.GetRequiredService<ClinicKeys>().NewWrappedKey() };
        var user = new StaffUser { Id = Guid.NewGuid().ToString(), UserName = $"{name}@example.org", Email = $"{name}@example.org", ClinicId = clinic.Id, DisplayName = name };
        db.Clinics.Add(clinic);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new StaffMember(clinic.Id, user.Id);
    }

    private ClinicCases Store() => _services.CreateScope().ServiceProvider.GetRequiredService<ClinicCases>();

    private static CaseDetail Detail(string client, string other, string safeAddress = "", bool abuse = false) => new(
        client, 1980, other, null,
        SafeContact.Unknown with { Call = ContactSafety.NotSafe, SafeAddressOrNumber = safeAddress, AbuseDisclosed = abuse },
        ScreeningAnswers.ForYears(2022).WithHousehold("marital-status", "divorced"),
        [new CaseLetter(DeadlineEventType.Letter4390, new DateOnly(2026, 11, 2), 2022)]);

    private static CaseSummary Summary(string label) => new(label, [2022], new DateOnly(2026, 12, 2), ["EquitableRelief"], false);

    private Task<string> CreateAsync(StaffMember member, string label, CaseDetail detail, CaseStatus status = CaseStatus.Intake) =>
        Store().CreateAsync(member, status, member.UserId, "test-rules", Summary(label), detail);

    private async Task<List<AuditEntry>> AuditOf(StaffMember member)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().AuditLog.Where(a => a.ClinicId == member.ClinicId).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task Create_ThenOpen_GivesBackEverySealedField()
    {
        var id = await CreateAsync(_north, "A.B.", Detail("Ana Beltrán", "Carlos Beltrán", "555-0100"));

        var opened = await Store().OpenAsync(_north, id);

        Assert.NotNull(opened);
        Assert.Equal("A.B.", opened.Summary.Label);
        Assert.Equal("Ana Beltrán", opened.Detail.ClientName);
        Assert.Equal("Carlos Beltrán", opened.Detail.OtherSpouseName);
        Assert.Equal("555-0100", opened.Detail.Contact.SafeAddressOrNumber);
        Assert.Equal(ContactSafety.NotSafe, opened.Detail.Contact.Call);
        Assert.Equal("divorced", opened.Detail.Answers.Household["marital-status"]);
        Assert.Equal(new CaseLetter(DeadlineEventType.Letter4390, new DateOnly(2026, 11, 2), 2022).ToEvent(), Assert.Single(opened.Detail.Letters).ToEvent());
        Assert.Equal(1, opened.Version);
    }

    [Fact]
    public async Task Open_ACaseOfAnotherClinic_IsMissing_AndLeavesAnAuditLineInBothClinics()
    {
        var id = await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));

        var opened = await Store().OpenAsync(_south, id);

        Assert.Null(opened);
        Assert.Contains(await AuditOf(_south), a => a.Action == AuditActions.CrossClinicDenied && a.CaseId == id && a.UserId == _south.UserId);
        Assert.Contains(await AuditOf(_north), a => a.Action == AuditActions.CrossClinicDenied && a.CaseId == id && a.UserId == _south.UserId);
        Assert.DoesNotContain(await AuditOf(_south), a => a.Action == AuditActions.CaseViewed);
    }

    [Fact]
    public async Task RefreshSummaries_RewritesOnlyTheMembersStaleSummaries_WithOneAuditLineEach()
    {
        var stale1 = await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));
        var stale2 = await CreateAsync(_north, "N2", Detail("Nell North", "Nat North"));
        var current = await Store().CreateAsync(_north, CaseStatus.Intake, _north.UserId, "new-rules", Summary("N3"), Detail("Nia North", "Nick North"));
        var otherClinic = await CreateAsync(_south, "S1", Detail("Sue South", "Sam South"));
        var seen = new List<string>();

        var saved = await Store().RefreshSummariesAsync(_north.ClinicId, _north.UserId, "new-rules", (detail, old) =>
        {
            seen.Add(detail.ClientName);
            return old with { Label = old.Label + " again", Reliefs = ["InnocentSpouse"] };
        }, "summary recomputed under new rules");

        Assert.Equal(2, saved);
        Assert.Equal(["Nell North", "Nora North"], seen.Order(StringComparer.Ordinal));
        var rows = (await Store().ListAsync(_north)).ToDictionary(r => r.Id);
        Assert.All([stale1, stale2], id =>
        {
            Assert.Equal("new-rules", rows[id].RulesRevision);
            Assert.EndsWith(" again", rows[id].Summary.Label, StringComparison.Ordinal);
            Assert.Equal(["InnocentSpouse"], rows[id].Summary.Reliefs);
        });
        Assert.Equal(2, (await Store().OpenAsync(_north, stale1, auditAction: null))!.Version);
        Assert.Equal("N3", rows[current].Summary.Label);
        Assert.Equal(1, (await Store().OpenAsync(_north, current, auditAction: null))!.Version);
        Assert.Equal("test-rules", Assert.Single(await Store().ListAsync(_south)).RulesRevision);
        var changed = (await AuditOf(_north)).Where(a => a.Action == AuditActions.CaseChanged).ToList();
        Assert.Equal(new[] { stale1, stale2 }.Order(StringComparer.Ordinal), changed.Select(a => a.CaseId!).Order(StringComparer.Ordinal));
        Assert.All(changed, a => Assert.Equal(("summary recomputed under new rules", _north.UserId), (a.Detail, a.UserId)));
        Assert.Equal(0, await Store().RefreshSummariesAsync(_north.ClinicId, _north.UserId, "new-rules", (_, _) => throw new InvalidOperationException("nothing is stale"), "again"));
    }

    [Fact]
    public async Task RefreshSummaries_ACaseSavedMeanwhile_LeavesItsBatchForLater_AndSavesTheNextBatch()
    {
        // One batch more than fits: while the first batch is being recomputed, a volunteer saves one of its cases, so
        // that batch must not be saved over their change; the second batch is.
        var ids = new List<string>();
        for (var i = 0; i <= ClinicCases.RefreshBatch; i++)
        {
            ids.Add(await CreateAsync(_north, $"N{i}", Detail($"Client {i}", $"Other {i}")));
        }

        var first = true;
        string? savedMeanwhile = null;
        var saved = await Store().RefreshSummariesAsync(_north.ClinicId, _north.UserId, "new-rules", (detail, old) =>
        {
            if (first)
            {
                first = false;
                // What a volunteer's save does to the row that matters here: a new version.
                savedMeanwhile = ids[int.Parse(old.Label[1..], System.Globalization.CultureInfo.InvariantCulture)];
                using var scope = _services.CreateScope();
                Assert.Equal(1, scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Database
                    .ExecuteSql($"UPDATE \"ClinicCases\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {savedMeanwhile}"));
            }

            return old with { Label = old.Label + " again" };
        }, "summary recomputed under new rules");

        Assert.Equal(1, saved);
        var rows = await Store().ListAsync(_north);
        Assert.Equal(ClinicCases.RefreshBatch, rows.Count(r => r.RulesRevision == "test-rules"));
        Assert.Single(rows, r => r.RulesRevision == "new-rules" && r.Summary.Label.EndsWith(" again", StringComparison.Ordinal));
        Assert.Equal("test-rules", Assert.Single(rows, r => r.Id == savedMeanwhile).RulesRevision);
        Assert.Equal(2, (await Store().OpenAsync(_north, savedMeanwhile!, auditAction: null))!.Version);
        Assert.Single(await AuditOf(_north), a => a.Detail == "summary recomputed under new rules");
    }

    [Fact]
    public async Task List_ShowsOnlyTheMembersClinic()
    {
        await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));
        await CreateAsync(_south, "S1", Detail("Sue South", "Sam South"));

        var rows = await Store().ListAsync(_south);

        Assert.Equal(["S1"], rows.Select(r => r.Summary.Label));
    }

    [Fact]
    public async Task Save_AnotherClinicsCase_IsNotFound_AndChangesNothing()
    {
        var id = await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));
        var opened = (await Store().OpenAsync(_north, id))!;

        var outcome = await Store().SaveAsync(_south, opened with { Status = CaseStatus.Closed }, "status");

        Assert.Equal(SaveOutcome.NotFound, outcome);
        Assert.Equal(CaseStatus.Intake, (await Store().OpenAsync(_north, id))!.Status);
        Assert.False(await Store().AddNoteAsync(_south, id, "not mine"));
        Assert.Empty(await Store().NotesAsync(_south, id));
    }

    [Fact]
    public async Task Save_FromAStaleCopy_IsRefused_SoASecondTabCannotOverwrite()
    {
        var id = await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));
        var first = (await Store().OpenAsync(_north, id))!;
        var second = (await Store().OpenAsync(_north, id))!;

        Assert.Equal(SaveOutcome.Saved, await Store().SaveAsync(_north, first with { Status = CaseStatus.Screened }, "status"));
        Assert.Equal(SaveOutcome.ChangedElsewhere, await Store().SaveAsync(_north, second with { Status = CaseStatus.Filed }, "status"));

        var now = (await Store().OpenAsync(_north, id))!;
        Assert.Equal(CaseStatus.Screened, now.Status);
        Assert.Equal(2, now.Version);
    }

    [Fact]
    public async Task CheckConflicts_FindsTheOtherSpouseOfAnExistingCase_BothWays_WithAccentsAndMiddleNames()
    {
        var existing = await CreateAsync(_north, "N1", Detail("María José García", "Pedro Ruiz Soto"));

        // The new client is the existing case's other spouse.
        var asClient = await Store().CheckConflictsAsync(_north, "PEDRO SOTO", "Maria Garcia");
        // The new case's other spouse is the existing client.
        var asSpouse = await Store().CheckConflictsAsync(_north, "Lena Fox", "maria jose garcia");

        Assert.Contains(new ConflictMatch(existing, ConflictParty.Client, ConflictParty.OtherSpouse), asClient);
        Assert.Contains(new ConflictMatch(existing, ConflictParty.OtherSpouse, ConflictParty.Client), asClient);
        Assert.Equal([new ConflictMatch(existing, ConflictParty.OtherSpouse, ConflictParty.Client)], asSpouse);
        Assert.All(asSpouse, m => Assert.True(m.IsOppositeSides));
        Assert.Equal(2, (await AuditOf(_north)).Count(a => a.Action == AuditActions.ConflictChecked));
    }

    [Fact]
    public async Task CheckConflicts_NeverLooksAtAnotherClinic_NorAtDifferentPeople()
    {
        await CreateAsync(_south, "S1", Detail("Pedro Soto", "Maria Garcia"));
        await CreateAsync(_north, "N1", Detail("Pedro Sotomayor", "Mariana Garcia"));

        Assert.Empty(await Store().CheckConflictsAsync(_north, "Pedro Soto", "Maria Garcia"));
    }

    [Fact]
    public async Task Notes_AreAddedNeverOverwritten_AndOpenInOrder()
    {
        var id = await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));
        Assert.True(await Store().AddNoteAsync(_north, id, "First call went well."));
        _clock.Now += TimeSpan.FromMinutes(5);
        Assert.True(await Store().AddNoteAsync(_north, id, "Sent Form 8857 draft."));

        var notes = await Store().NotesAsync(_north, id);

        Assert.Equal(["First call went well.", "Sent Form 8857 draft."], notes.Select(n => n.Text));
        Assert.All(notes, n => Assert.Equal(_north.UserId, n.AuthorUserId));
    }

    [Fact]
    public async Task Purge_DeletesOnlyClosedCasesPastTheClinicsRetention_AndLogsEach()
    {
        var old = await CreateAsync(_north, "Old", Detail("Olga Old", "Otto Old"), CaseStatus.Closed);
        await Store().AddNoteAsync(_north, old, "note on a closed case");
        _clock.Now += TimeSpan.FromDays(365);
        var young = await CreateAsync(_north, "Young", Detail("Yara Young", "Yuri Young"), CaseStatus.Closed);
        var open = await CreateAsync(_north, "Open", Detail("Opal Open", "Oscar Open"));
        _clock.Now += TimeSpan.FromDays(365 * 2) + TimeSpan.FromDays(2);

        var purged = await Store().PurgeExpiredAsync();

        Assert.Equal(1, purged);
        Assert.Null(await Store().OpenAsync(_north, old));
        Assert.NotNull(await Store().OpenAsync(_north, young));
        Assert.NotNull(await Store().OpenAsync(_north, open));
        Assert.Empty(await Store().NotesAsync(_north, old));
        Assert.Empty(await Store().CheckConflictsAsync(_north, "Olga Old", "Otto Old"));
        Assert.Contains(await AuditOf(_north), a => a.Action == AuditActions.CasePurged && a.CaseId == old && a.UserId == null);
    }

    [Fact]
    public async Task AuditLog_RefusesUpdatesAndDeletes_InTheDatabaseItself()
    {
        await CreateAsync(_north, "N1", Detail("Nora North", "Ned North"));
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();

        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"Action\" = 'x'"));
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\""));

        Assert.NotNull(update);
        Assert.NotNull(delete);
        Assert.Contains("append-only", update.Message + update.InnerException?.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await AuditOf(_north));
    }

    [Fact]
    public async Task DatabaseDump_HoldsNoNameLabelNoteFlagOrAnswer()
    {
        const string client = "Zebulon Quartermaine";
        const string other = "Xanthippe Quartermaine";
        const string label = "ZQ-alias-77";
        const string note = "Confided-about-hidden-account";
        const string safe = "PO-Box-4455-Safe";
        var id = await Store().CreateAsync(_north, CaseStatus.Intake, null, "test-rules", Summary(label), Detail(client, other, safe, abuse: true));
        await Store().AddNoteAsync(_north, id, note);
        await Store().CheckConflictsAsync(_north, client, other);

        var dump = await DumpAsync();

        foreach (var secret in new[] { client, other, "Quartermaine", "quartermaine", label, note, safe, "divorced", "marital-status", "AbuseDisclosed", "abuseDisclosed" })
        {
            Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);
        }

        Assert.Contains(id, dump, StringComparison.Ordinal);
    }

    /// <summary>Every value of every table, as text: what someone with only the database would see.</summary>
    private async Task<string> DumpAsync()
    {
        var text = new StringBuilder();
        if (_database.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(_database.ConnectionString);
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var select = new NpgsqlCommand($"SELECT * FROM \"{table}\"", connection);
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(reader.GetValue(i)).Append('|');
                    }
                }
            }

            return text.ToString();
        }

        SqliteConnection.ClearAllPools();
        await using (var checkpoint = new SqliteConnection(_database.ConnectionString))
        {
            await checkpoint.OpenAsync();
            await using var command = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE)", checkpoint);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var suffix in new[] { "", "-wal" })
        {
            var path = _database.SqlitePath + suffix;
            if (File.Exists(path))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream, Encoding.UTF8);
                text.Append(await reader.ReadToEndAsync());
            }
        }

        return text.ToString();
    }
}
