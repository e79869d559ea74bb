using System.Data.Common;
using System.Globalization;
using System.Reflection;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Admin;

/// <summary>
/// The audit log is append-only in the database itself (issue 14): an UPDATE or DELETE through raw SQL fails on
/// SQLite and on PostgreSQL (the ClinicWorkspace migrations' triggers), so not even code that bypasses the store, or
/// someone at the database prompt with the app's account, can rewrite it.
/// </summary>
public sealed class AuditLogAppendOnlyTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<StaffMember> WithOneLineAsync()
    {
        var member = await AdminSeed.ClinicAsync(_factory.Services);
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync(member.ClinicId, member.UserId, AuditActions.CaseViewed, "case-1");
        return member;
    }

    [Fact]
    public async Task AuditLog_UpdateThroughRawSql_RefusedByTheDatabase()
    {
        var member = await WithOneLineAsync();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"Action\" = 'case.list'"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal([AuditActions.CaseViewed], (await AdminSeed.AuditAsync(_factory.Services, member.ClinicId)).Select(a => a.Action));
    }

    [Fact]
    public async Task AuditLog_DeleteThroughRawSql_RefusedByTheDatabase()
    {
        var member = await WithOneLineAsync();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\""));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Single(await AdminSeed.AuditAsync(_factory.Services, member.ClinicId));
    }

    [Fact]
    public async Task AuditLog_Read_NewestFirstAndOnlyTheClinicsOwnLines()
    {
        var member = await AdminSeed.ClinicAsync(_factory.Services);
        var other = await AdminSeed.ClinicAsync(_factory.Services);
        await using var scope = _factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.CaseCreated, "a");
        await audit.AppendAsync(other.ClinicId, other.UserId, AuditActions.CaseCreated, "x");
        await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.CaseViewed, "a");

        var lines = await audit.ReadAsync(member.ClinicId, 0, 50);

        Assert.Equal([AuditActions.CaseViewed, AuditActions.CaseCreated], lines.Select(l => l.Action));
        Assert.All(lines, l => Assert.Equal(member.ClinicId, l.ClinicId));
    }
}

/// <summary>The audit page's words: every stored action has plain words, in English and in Spanish.</summary>
public sealed class AuditTextTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static IEnumerable<string> AllActions() =>
        typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void AuditText_EveryAction_HasPlainWords()
    {
        Assert.Equal(AllActions().Order(StringComparer.Ordinal), AuditText.Known.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AuditText_EveryAction_TranslatedIntoSpanish()
    {
        foreach (var action in AllActions())
        {
            var english = UiCulture.InCulture(English, () => AuditText.Action(action));
            var spanish = UiCulture.InCulture(Spanish, () => AuditText.Action(action));
            Assert.NotEqual(action, english);
            Assert.NotEqual(english, spanish);
        }
    }

    [Fact]
    public void AuditText_UnknownAction_ShownAsStored()
    {
        Assert.Equal("case.archived", AuditText.Action("case.archived"));
    }

    [Fact]
    public void AuditText_LateEveningUtc_ShowsTheEasternDayBefore()
    {
        var at = new DateTime(2026, 6, 16, 2, 30, 0, DateTimeKind.Utc); // 10:30 p.m. on June 15 in New York

        Assert.Equal("2026-06-16 02:30:00 UTC", AuditText.Utc(at));
        Assert.Equal("June 15, 2026 (U.S. Eastern time)", UiCulture.InCulture(English, () => AuditText.EasternDay(at)));
        Assert.Equal("15 de junio de 2026 (hora del Este de EE. UU.)", UiCulture.InCulture(Spanish, () => AuditText.EasternDay(at)));
    }

    [Fact]
    public void StaffNames_NoAccount_IsTheSystem_AndAGoneAccountAFormerStaffMember()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["u1"] = "Ana R." };

        Assert.Equal("Ana R.", StaffNames.Who(names, "u1"));
        Assert.Equal("system", UiCulture.InCulture(English, () => StaffNames.Who(names, null)));
        Assert.Equal("former staff member", UiCulture.InCulture(English, () => StaffNames.Who(names, "u2")));
    }
}

/// <summary>The purge's interval is validated at start (Clinic:PurgeInterval).</summary>
public sealed class RetentionPurgeOptionsTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("2.00:00:00")]
    [InlineData("soon")]
    public async Task PurgeInterval_BadValue_AppDoesNotStart_AndTheMessageNamesTheKey(string value)
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Clinic:PurgeInterval"] = value } };

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Clinic:PurgeInterval", Messages(error), StringComparison.Ordinal);
    }

    private static string Messages(Exception e)
    {
        var all = new List<string>();
        void Walk(Exception x)
        {
            all.Add(x.Message);
            if (x is AggregateException a)
            {
                foreach (var inner in a.InnerExceptions)
                {
                    Walk(inner);
                }
            }
            else if (x.InnerException is { } inner)
            {
                Walk(inner);
            }
        }

        Walk(e);
        return string.Join(" | ", all);
    }
}
