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

/// <summary>
/// After a deployment that changed the rules, the first lists rewrite the clinic's stale summaries once, in batches
/// (<see cref="ClinicCases.RefreshSummariesAsync"/>), one request per clinic at a time (<see cref="SummaryRefreshGate"/>).
/// </summary>
public sealed class StaleSummaryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ListsAtOnce_AfterARulesChange_AllShowTodaysSummaries_AndEachCaseIsRewrittenOnce()
    {
        var account = await ClinicStaff.CreateAccountAsync(factory);
        var details = new List<(string Id, CaseDetail Detail)>();
        for (var i = 0; i < 5; i++)
        {
            var detail = new CaseDetail($"Client {i}", null, "", null, SafeContact.Unknown, ScreeningAnswers.ForYears(2023),
                [new CaseLetter(DeadlineEventType.NoticeOfDeficiency, ManualClock.DefaultToday.AddDays(-10 * i), 2023)]);
            await using var scope = factory.Services.CreateAsyncScope();
            var id = await scope.ServiceProvider.GetRequiredService<ClinicCases>().CreateAsync(
                account.Member, CaseStatus.Intake, null, "older rules", new CaseSummary($"C{i}", [2023], null, [], false), detail);
            details.Add((id, detail));
        }

        var lists = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CaseWorkspace>().ListAsync(account.Member);
        }));

        foreach (var rows in lists)
        {
            Assert.Equal(5, rows.Count);
            foreach (var (id, detail) in details)
            {
                var row = Assert.Single(rows, r => r.Id == id);
                Assert.Equal(CaseScreening.RulesRevision, row.RulesRevision);
                Assert.Equal(CaseScreening.Of(detail, factory.Today).SoonestDeadline, row.Summary.SoonestDeadline);
                Assert.NotNull(row.Summary.SoonestDeadline);
            }
        }

        await using var check = factory.Services.CreateAsyncScope();
        var rewritten = await check.ServiceProvider.GetRequiredService<InterviewDbContext>().AuditLog
            .Where(a => a.ClinicId == account.ClinicId && a.Detail == CaseWorkspace.RecomputedDetail)
            .Select(a => a.CaseId!)
            .ToListAsync();
        Assert.Equal(details.Select(d => d.Id).Order(StringComparer.Ordinal), rewritten.Order(StringComparer.Ordinal));
        Assert.Equal(4, await check.ServiceProvider.GetRequiredService<InterviewDbContext>().AuditLog
            .CountAsync(a => a.ClinicId == account.ClinicId && a.Action == AuditActions.CaseList));
    }

    [Fact]
    public async Task AtStartUp_EveryClinicsStaleSummariesAreRewritten_ByTheAppItself()
    {
        var north = await ClinicStaff.CreateAccountAsync(factory);
        var south = await ClinicStaff.CreateAccountAsync(factory);
        var ids = new List<(StaffAccount Account, string Id, CaseDetail Detail)>();
        foreach (var (account, i) in new[] { (north, 0), (north, 1), (south, 2) })
        {
            var detail = new CaseDetail($"Client {i}", null, "", null, SafeContact.Unknown, ScreeningAnswers.ForYears(2022),
                [new CaseLetter(DeadlineEventType.Letter4390, ManualClock.DefaultToday.AddDays(-5 - i), 2022)]);
            await using var scope = factory.Services.CreateAsyncScope();
            ids.Add((account, await scope.ServiceProvider.GetRequiredService<ClinicCases>().CreateAsync(
                account.Member, CaseStatus.Intake, null, "older rules", new CaseSummary($"S{i}", [2022], null, [], false), detail), detail));
        }

        var saved = await factory.Services.GetRequiredService<StartupSummaryRefresh>().RefreshAllAsync(CancellationToken.None);

        Assert.Equal(3, saved);
        await using var check = factory.Services.CreateAsyncScope();
        var cases = check.ServiceProvider.GetRequiredService<ClinicCases>();
        foreach (var (account, id, detail) in ids)
        {
            var opened = (await cases.OpenAsync(account.Member, id, auditAction: null))!;
            Assert.Equal(CaseScreening.RulesRevision, opened.RulesRevision);
            Assert.Equal(CaseScreening.Of(detail, factory.Today).SoonestDeadline, opened.Summary.SoonestDeadline);
            Assert.NotNull(opened.Summary.SoonestDeadline);
            var line = await check.ServiceProvider.GetRequiredService<InterviewDbContext>().AuditLog
                .SingleAsync(a => a.CaseId == id && a.Action == AuditActions.CaseChanged);
            Assert.Equal((account.ClinicId, (string?)null, CaseWorkspace.RecomputedDetail), (line.ClinicId, line.UserId, line.Detail));
        }

        Assert.Equal(0, await factory.Services.GetRequiredService<StartupSummaryRefresh>().RefreshAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Gate_OneRefreshPerClinicAtATime_OtherClinicsDoNotWait()
    {
        var gate = new SummaryRefreshGate();
        var running = new Dictionary<string, int>(StringComparer.Ordinal) { ["north"] = 0, ["south"] = 0 };
        var most = new Dictionary<string, int>(StringComparer.Ordinal) { ["north"] = 0, ["south"] = 0 };
        var southStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseNorth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task Refresh(string clinic, Task? waitFor = null)
        {
            lock (running)
            {
                running[clinic]++;
                most[clinic] = Math.Max(most[clinic], running[clinic]);
            }

            if (clinic == "south")
            {
                southStarted.TrySetResult();
            }

            await (waitFor ?? Task.Delay(20));
            lock (running)
            {
                running[clinic]--;
            }
        }

        var north = Enumerable.Range(0, 3).Select(_ => gate.RunAsync("north", () => Refresh("north", releaseNorth.Task), CancellationToken.None)).ToList();
        var south = gate.RunAsync("south", () => Refresh("south"), CancellationToken.None);

        // South runs while north's first refresh still holds north's gate.
        await southStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await south.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(north.All(t => t.IsCompleted));
        releaseNorth.SetResult();
        await Task.WhenAll(north).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, most["north"]);
        Assert.Equal(1, most["south"]);
    }
}
