using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InnocentSpouse.Data;

/// <summary>Registers the database for the provider named in configuration.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InterviewDbContext"/> backed by the provider that <c>Database:Provider</c> names,
    /// and returns the options used, so the caller can log them.
    /// </summary>
    public static DatabaseOptions AddInterviewData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = DatabaseOptions.From(configuration, contentRoot);
        services.AddSingleton(options);
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SessionStore>();
        services.AddScoped<LinkStore>();
        services.AddScoped<Clinic.ClinicCases>();
        services.AddScoped<Clinic.AuditLog>();
        services.AddSingleton<Clinic.ClinicKeys>();
        services.AddSingleton<Clinic.CaseSummaryCache>();
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: every interview request uses a context, and a pooled one skips building the context's
        // internal services each time (docs/performance.md). SessionStore clears the change tracker itself.
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<InterviewDbContext, PostgresInterviewDbContext>(o => o.UseNpgsql(options.ConnectionString));
                break;
            default:
                EnsureSqliteFolder(options.ConnectionString);
                services.AddDbContextPool<InterviewDbContext, SqliteInterviewDbContext>(o => o.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmas()));
                break;
        }
        return options;
    }

    /// <summary>Applies pending migrations for the configured provider (creates the PostgreSQL database if missing).</summary>
    public static async Task MigrateInterviewDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InterviewDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
