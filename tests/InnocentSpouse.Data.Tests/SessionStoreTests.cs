using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Data.Tests;

/// <summary>Round trips through the real store, on SQLite and (in CI) PostgreSQL.</summary>
public sealed class SessionStoreTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = default!;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Default"] = _database.ConnectionString,
            ["Sessions:RetentionDays"] = "30",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddInterviewData(config, Path.GetTempPath());
        _services = services.BuildServiceProvider();
        await _services.MigrateInterviewDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DropAsync();
    }

    private SessionStore NewStore() => _services.CreateScope().ServiceProvider.GetRequiredService<SessionStore>();

    [Fact]
    public async Task Update_ThenFindInAnotherScope_ReturnsTheSavedAnswers()
    {
        var (created, code) = await NewStore().CreateAsync();

        await NewStore().UpdateAsync(code, s => s with
        {
            Answers = s.Answers.WithTaxYear(2021).WithHousehold("marital-status", "divorced").WithYear(2021, "filed-joint-return", "yes"),
            Discreet = true,
        });
        var found = await NewStore().FindAsync(code);

        Assert.NotNull(found);
        Assert.Equal("divorced", found.Answers.Household["marital-status"]);
        Assert.Equal("yes", found.Answers.Years[2021]["filed-joint-return"]);
        Assert.True(found.Discreet);
        Assert.Equal(created.Version + 1, found.Version);
    }

    [Fact]
    public async Task Update_TwoTabsSaveAtOnce_KeepsBothAnswers()
    {
        var (created, code) = await NewStore().CreateAsync();
        await NewStore().UpdateAsync(code, s => s with { Answers = s.Answers.WithTaxYear(2021) });

        // Both "tabs" read the same version before either saves.
        using var started = new Barrier(2);
        Task<InterviewSession?> Save(string key, string value) => Task.Run(() => NewStore().UpdateAsync(code, s =>
        {
            started.SignalAndWait(TimeSpan.FromSeconds(5));
            return s with { Answers = s.Answers.WithHousehold(key, value) };
        }));
        await Task.WhenAll(Save("marital-status", "divorced"), Save("health-problem", "yes"));
        var found = await NewStore().FindAsync(code);

        Assert.Equal("divorced", found!.Answers.Household["marital-status"]);
        Assert.Equal("yes", found.Answers.Household["health-problem"]);
        Assert.Equal(created.Version + 3, found.Version);
    }

    [Fact]
    public async Task Update_WithTheCurrentKnownSession_SavesOnTopOfIt()
    {
        var (created, code) = await NewStore().CreateAsync();

        var saved = await NewStore().UpdateAsync(code, s => s with { Answers = s.Answers.WithHousehold("marital-status", "divorced") }, known: created);
        var found = await NewStore().FindAsync(code);

        Assert.Equal(created.Version + 1, saved!.Version);
        Assert.Equal(saved.Version, found!.Version);
        Assert.Equal("divorced", found.Answers.Household["marital-status"]);
    }

    [Fact]
    public async Task Update_WithTheCurrentKnownSession_MovesTheExpiryOnByTheRetentionPeriod()
    {
        // The one-statement save writes the times itself: EF must read them back, and the next save must
        // compare them, exactly as if EF had written them (sub-second times included).
        _clock.Now = _clock.Now.AddMilliseconds(123); // PostgreSQL keeps microseconds, SQLite ticks
        var (created, code) = await NewStore().CreateAsync();
        _clock.Now = _clock.Now.AddDays(29);
        var first = await NewStore().UpdateAsync(code, s => s with { Discreet = true }, known: created);
        _clock.Now = _clock.Now.AddDays(30).AddMilliseconds(-1);

        var second = await NewStore().UpdateAsync(code, s => s with { Discreet = false }, known: first);
        var found = await NewStore().FindAsync(code);
        _clock.Now = _clock.Now.AddDays(30);
        var gone = await NewStore().FindAsync(code);

        Assert.Equal(created.Version + 2, second!.Version);
        Assert.Equal(second.Version, found!.Version);
        Assert.False(found.Discreet);
        Assert.Null(gone);
    }

    [Fact]
    public async Task Update_WithAStaleKnownSession_ReappliesTheChangeToTheSavedOne()
    {
        // Tab A loaded the session, then tab B saved another answer before A saved.
        var (created, code) = await NewStore().CreateAsync();
        await NewStore().UpdateAsync(code, s => s with { Answers = s.Answers.WithHousehold("health-problem", "yes") });

        var seen = new List<int>();
        var saved = await NewStore().UpdateAsync(code, s =>
        {
            seen.Add(s.Version);
            return s with { Answers = s.Answers.WithHousehold("marital-status", "divorced") };
        }, known: created);
        var found = await NewStore().FindAsync(code);

        Assert.Equal([created.Version, created.Version + 1], seen); // tried on the stale copy, then on the saved one
        Assert.Equal(created.Version + 2, found!.Version);
        Assert.Equal(saved!.Version, found.Version);
        Assert.Equal("yes", found.Answers.Household["health-problem"]);
        Assert.Equal("divorced", found.Answers.Household["marital-status"]);
    }

    [Fact]
    public async Task Update_WithAKnownSessionThatHasSinceExpired_SavesNothing()
    {
        var (created, code) = await NewStore().CreateAsync();
        _clock.Now = _clock.Now.AddDays(31);

        var saved = await NewStore().UpdateAsync(code, s => s with { Discreet = true }, known: created);

        Assert.Null(saved);
        _clock.Now = _clock.Now.AddDays(-31);
        var found = await NewStore().FindAsync(code);
        Assert.False(found!.Discreet);
        Assert.Equal(created.Version, found.Version);
    }

    [Fact]
    public async Task Update_WithAnotherSessionAsKnown_ChangesOnlyTheCodesOwnSession()
    {
        var (first, _) = await NewStore().CreateAsync();
        var (_, otherCode) = await NewStore().CreateAsync();

        // The fast path must not write a row that the code does not open; the fallback saves the code's own.
        await NewStore().UpdateAsync(otherCode, s => s with { Discreet = true }, known: first);
        using var scope = _services.CreateScope();
        var firstVersion = await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions
            .Where(s => s.Id == first.Id).Select(s => s.Version).SingleAsync();

        Assert.Equal(first.Version, firstVersion);
        Assert.True((await NewStore().FindAsync(otherCode))!.Discreet);
    }

    [Fact]
    public async Task Find_AfterRetentionPeriodWithoutActivity_ReturnsNull()
    {
        var (_, code) = await NewStore().CreateAsync();

        _clock.Now = _clock.Now.AddDays(29);
        Assert.NotNull(await NewStore().FindAsync(code));
        await NewStore().UpdateAsync(code, s => s with { Discreet = true }); // activity extends it
        _clock.Now = _clock.Now.AddDays(29);
        Assert.NotNull(await NewStore().FindAsync(code));
        _clock.Now = _clock.Now.AddDays(2);

        Assert.Null(await NewStore().FindAsync(code));
        Assert.Null(await NewStore().UpdateAsync(code, s => s));
        Assert.Equal(1, await NewStore().PurgeExpiredAsync());
        using var scope = _services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions.CountAsync());
    }

    [Fact]
    public async Task Find_AnotherCode_ReturnsNull()
    {
        await NewStore().CreateAsync();

        Assert.Null(await NewStore().FindAsync(ResumeCode.Generate()));
    }

    [Fact]
    public async Task Find_PayloadMovedToAnotherRow_CannotBeRead()
    {
        var (first, firstCode) = await NewStore().CreateAsync(ScreeningAnswers.ForYears(2021));
        var (second, secondCode) = await NewStore().CreateAsync();
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
            var rows = await db.Sessions.ToListAsync();
            rows.Single(r => r.Id == second.Id).Payload = rows.Single(r => r.Id == first.Id).Payload;
            await db.SaveChangesAsync();
        }

        Assert.NotNull(await NewStore().FindAsync(firstCode));
        Assert.Null(await NewStore().FindAsync(secondCode));
    }

    [Fact]
    public async Task Saved_Row_HoldsNeitherTheCodeNorAnyAnswer()
    {
        var answers = ScreeningAnswers.ForYears(2019).WithHousehold("marital-status", "divorced").WithYear(2019, "filed-joint-return", "forged");
        var (created, code) = await NewStore().CreateAsync(answers);

        using var scope = _services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions.AsNoTracking().SingleAsync(s => s.Id == created.Id);
        var stored = string.Join("|", row.Id, row.ResumeLookup, row.Payload, row.FlowchartRevision);

        foreach (var secret in new[] { code.Value, code.Display, "divorced", "forged", "marital-status", "filed-joint-return", "\"2019\"" })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Delete_RemovesTheRow()
    {
        var (created, code) = await NewStore().CreateAsync();

        await NewStore().DeleteAsync(code);

        Assert.Null(await NewStore().FindAsync(code));
        using var scope = _services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions.AnyAsync(s => s.Id == created.Id));
    }

    [Fact]
    public async Task Create_CodesAreDistinct()
    {
        var codes = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            codes.Add((await NewStore().CreateAsync()).Code.Value);
        }

        Assert.Equal(20, codes.Count);
        Assert.All(codes, c => Assert.Equal(ResumeCode.Length, c.Length));
    }
}
