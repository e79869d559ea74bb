using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Data.Tests;

/// <summary>Runs on SQLite, and on PostgreSQL when INNOCENTSPOUSE_TEST_PG is set (CI runs both).</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private ServiceProvider _services = default!;

    public async Task InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Default"] = _database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddInterviewData(config, Path.GetTempPath());
        _services = services.BuildServiceProvider();
        await _services.MigrateInterviewDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DropAsync();
    }

    [Fact]
    public async Task Migrate_ConfiguredProvider_AppliesEveryMigrationOfThatProvider()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();

        Assert.Equal(_database.IsPostgres ? typeof(PostgresInterviewDbContext) : typeof(SqliteInterviewDbContext), db.GetType());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task DataProtectionKey_SavedInOneContext_IsReadByAnother()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
            await db.SaveChangesAsync();
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
            var key = await db.DataProtectionKeys.SingleAsync(k => k.FriendlyName == "key-1");
            Assert.Equal("<key id=\"1\" />", key.Xml);
        }
    }
}
