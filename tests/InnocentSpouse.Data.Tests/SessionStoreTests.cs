using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Data.Tests;

/// <summary>Round trips through the real store, on SQLite and (in CI) PostgreSQL.</summary>
public sealed class SessionStoreTests : IAsyncLifetime
{
    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

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
        var created = await NewStore().CreateAsync();

        await NewStore().UpdateAsync(created.Id, s => s with
        {
            Answers = s.Answers.WithTaxYear(2021).WithHousehold("marital-status", "divorced").WithYear(2021, "filed-joint-return", "yes"),
            Discreet = true,
        });
        var found = await NewStore().FindAsync(created.Id);

        Assert.NotNull(found);
        Assert.Equal("divorced", found.Answers.Household["marital-status"]);
        Assert.Equal("yes", found.Answers.Years[2021]["filed-joint-return"]);
        Assert.True(found.Discreet);
        Assert.Equal(created.Version + 1, found.Version);
    }

    [Fact]
    public async Task Update_TwoTabsSaveAtOnce_KeepsBothAnswers()
    {
        var created = await NewStore().CreateAsync();
        await NewStore().UpdateAsync(created.Id, s => s with { Answers = s.Answers.WithTaxYear(2021) });

        // Both "tabs" read the same version before either saves.
        using var started = new Barrier(2);
        Task<InterviewSession?> Save(string key, string value) => Task.Run(() => NewStore().UpdateAsync(created.Id, s =>
        {
            started.SignalAndWait(TimeSpan.FromSeconds(5));
            return s with { Answers = s.Answers.WithHousehold(key, value) };
        }));
        await Task.WhenAll(Save("marital-status", "divorced"), Save("health-problem", "yes"));
        var found = await NewStore().FindAsync(created.Id);

        Assert.Equal("divorced", found!.Answers.Household["marital-status"]);
        Assert.Equal("yes", found.Answers.Household["health-problem"]);
        Assert.Equal(created.Version + 3, found.Version);
    }

    [Fact]
    public async Task Find_AfterRetentionPeriodWithoutActivity_ReturnsNull()
    {
        var created = await NewStore().CreateAsync();

        _clock.Now = _clock.Now.AddDays(29);
        Assert.NotNull(await NewStore().FindAsync(created.Id));
        await NewStore().UpdateAsync(created.Id, s => s with { Discreet = true }); // activity extends it
        _clock.Now = _clock.Now.AddDays(29);
        Assert.NotNull(await NewStore().FindAsync(created.Id));
        _clock.Now = _clock.Now.AddDays(2);

        Assert.Null(await NewStore().FindAsync(created.Id));
        Assert.Null(await NewStore().UpdateAsync(created.Id, s => s));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaa'")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Find_MalformedOrUnknownId_ReturnsNull(string? id)
    {
        Assert.Null(await NewStore().FindAsync(id));
    }

    [Fact]
    public async Task Delete_RemovesTheRow()
    {
        var created = await NewStore().CreateAsync();

        await NewStore().DeleteAsync(created.Id);

        Assert.Null(await NewStore().FindAsync(created.Id));
        using var scope = _services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions.AnyAsync(s => s.Id == created.Id));
    }

    [Fact]
    public async Task Create_IdsAreUnguessableAndDistinct()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await NewStore().CreateAsync()).Id);
        }

        Assert.Equal(20, ids.Count);
        Assert.All(ids, id => Assert.True(SessionStore.IsWellFormed(id), id));
    }
}
