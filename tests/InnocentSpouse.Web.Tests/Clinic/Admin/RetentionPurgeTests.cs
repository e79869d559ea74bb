using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Admin;

/// <summary>
/// The retention purge (issue 14): a closed case is deleted, with its notes and conflict hashes and a line in the
/// audit log, once its clinic's retention period has passed since it was closed; a younger closed case and any open
/// case are kept; a changed retention applies at the next purge. The clock is a <see cref="ManualClock"/>.
/// </summary>
public sealed class RetentionPurgeTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly AppFactory _factory;

    public RetentionPurgeTests() =>
        // A day between purges: the tests run the purge themselves, and the startup run finds nothing to do.
        _factory = new AppFactory { Clock = _clock, Settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Clinic:PurgeInterval"] = "1.00:00:00" } };

    private IServiceProvider Services => _factory.Services;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<int> PurgeAsync() => Services.GetRequiredService<RetentionPurgeService>().PurgeOnceAsync(CancellationToken.None);

    [Fact]
    public async Task Purge_ClosedCaseOlderThanRetention_DeletedWithNotesHashesAndAuditLine()
    {
        var member = await AdminSeed.ClinicAsync(Services);
        var caseId = await AdminSeed.CaseAsync(Services, member, CaseStatus.Closed);
        await AdminSeed.NoteAsync(Services, member, caseId, "Called the client; safe to call on weekdays.");
        Assert.Equal((1, 1, 2), await AdminSeed.RowsAsync(Services, caseId));

        _clock.Now = ManualClock.DefaultNow.AddYears(3);
        var purged = await PurgeAsync();

        Assert.Equal(1, purged);
        Assert.Equal((0, 0, 0), await AdminSeed.RowsAsync(Services, caseId));
        var line = Assert.Single(await AdminSeed.AuditAsync(Services, member.ClinicId), a => a.Action == AuditActions.CasePurged);
        Assert.Equal(caseId, line.CaseId);
        Assert.Null(line.UserId);
        Assert.Equal(_clock.Now.UtcDateTime, line.AtUtc);
        Assert.Equal("closed 2026-06-15, kept 3 years", line.Detail);
        Assert.Equal(0, await PurgeAsync());
    }

    [Fact]
    public async Task Purge_ClosedCaseYoungerThanRetention_Kept()
    {
        var member = await AdminSeed.ClinicAsync(Services);
        var caseId = await AdminSeed.CaseAsync(Services, member, CaseStatus.Closed);

        _clock.Now = ManualClock.DefaultNow.AddYears(3).AddMinutes(-1);

        Assert.Equal(0, await PurgeAsync());
        Assert.Equal(1, (await AdminSeed.RowsAsync(Services, caseId)).Cases);
        Assert.DoesNotContain(await AdminSeed.AuditAsync(Services, member.ClinicId), a => a.Action == AuditActions.CasePurged);
    }

    [Theory]
    [InlineData(CaseStatus.Intake)]
    [InlineData(CaseStatus.Filed)]
    [InlineData(CaseStatus.TaxCourt)]
    public async Task Purge_OpenCase_NeverPurgedHoweverOld(CaseStatus status)
    {
        var member = await AdminSeed.ClinicAsync(Services, retentionYears: 1);
        var caseId = await AdminSeed.CaseAsync(Services, member, status);

        _clock.Now = ManualClock.DefaultNow.AddYears(20);

        Assert.Equal(0, await PurgeAsync());
        Assert.Equal(1, (await AdminSeed.RowsAsync(Services, caseId)).Cases);
    }

    [Fact]
    public async Task Purge_RetentionShortened_AppliesToCasesClosedBeforeTheChange_OnlyInThatClinic()
    {
        var member = await AdminSeed.ClinicAsync(Services);
        var other = await AdminSeed.ClinicAsync(Services);
        var caseId = await AdminSeed.CaseAsync(Services, member, CaseStatus.Closed);
        var otherCaseId = await AdminSeed.CaseAsync(Services, other, CaseStatus.Closed);
        _clock.Now = ManualClock.DefaultNow.AddYears(2);
        Assert.Equal(0, await PurgeAsync());

        await using (var scope = Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<RetentionSettings>();
            Assert.Equal(3, await settings.SetAsync(member, 1));
            Assert.Equal(1, await settings.YearsAsync(member));
        }

        Assert.Equal(1, await PurgeAsync());
        Assert.Equal(0, (await AdminSeed.RowsAsync(Services, caseId)).Cases);
        Assert.Equal(1, (await AdminSeed.RowsAsync(Services, otherCaseId)).Cases);
        var change = Assert.Single(await AdminSeed.AuditAsync(Services, member.ClinicId), a => a.Action == AuditActions.RetentionChanged);
        Assert.Equal(member.UserId, change.UserId);
        Assert.Equal("from 3 to 1 years", change.Detail);
        Assert.DoesNotContain(await AdminSeed.AuditAsync(Services, other.ClinicId), a => a.Action is AuditActions.CasePurged or AuditActions.RetentionChanged);
    }

    [Fact]
    public async Task Purge_RetentionLengthened_KeepsACaseTheOldFigureWouldDelete()
    {
        var member = await AdminSeed.ClinicAsync(Services, retentionYears: 1);
        var caseId = await AdminSeed.CaseAsync(Services, member, CaseStatus.Closed);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionSettings>().SetAsync(member, 5);
        }

        _clock.Now = ManualClock.DefaultNow.AddYears(4);

        Assert.Equal(0, await PurgeAsync());
        Assert.Equal(1, (await AdminSeed.RowsAsync(Services, caseId)).Cases);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task RetentionSettings_OutsideOneToTenYears_Refused(int years)
    {
        var member = await AdminSeed.ClinicAsync(Services);
        await using var scope = Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<RetentionSettings>();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => settings.SetAsync(member, years));
        Assert.Equal(3, await settings.YearsAsync(member));
    }
}

/// <summary>The purge as a hosted service: it runs on its own at the configured interval.</summary>
public sealed class RetentionPurgeServiceTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly AppFactory _factory;

    public RetentionPurgeServiceTests() =>
        _factory = new AppFactory { Clock = _clock, Settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["Clinic:PurgeInterval"] = "00:00:00.200" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task PurgeService_Running_DeletesAnExpiredClosedCaseAtTheNextTick()
    {
        var member = await AdminSeed.ClinicAsync(_factory.Services);
        var caseId = await AdminSeed.CaseAsync(_factory.Services, member, CaseStatus.Closed);

        _clock.Now = ManualClock.DefaultNow.AddYears(3).AddDays(1);
        var left = 1;
        for (var i = 0; i < 100 && left != 0; i++)
        {
            await Task.Delay(100);
            left = (await AdminSeed.RowsAsync(_factory.Services, caseId)).Cases;
        }

        Assert.Equal(0, left);
        Assert.Single(await AdminSeed.AuditAsync(_factory.Services, member.ClinicId), a => a.Action == AuditActions.CasePurged);
    }
}
