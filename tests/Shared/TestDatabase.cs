using Microsoft.Data.Sqlite;
using Npgsql;

namespace InnocentSpouse.Tests.Shared;

/// <summary>
/// A throwaway database for one test fixture: a SQLite file in the temp folder by default, or its own
/// PostgreSQL database when <c>INNOCENTSPOUSE_TEST_PG</c> holds a server connection string (CI sets it
/// for the second run). Real engines only; no in-memory fakes.
/// </summary>
public sealed class TestDatabase
{
    /// <summary>The environment variable that switches tests to PostgreSQL.</summary>
    public const string PostgresVariable = "INNOCENTSPOUSE_TEST_PG";

    private readonly string _id = Guid.NewGuid().ToString("N")[..12];
    private readonly string? _postgresServer =
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } pg ? pg : null;

    public bool IsPostgres => _postgresServer is not null;

    public string Provider => IsPostgres ? "Postgres" : "Sqlite";

    public string SqlitePath => Path.Combine(Path.GetTempPath(), $"innocentspouse-test-{_id}.db");

    public string ConnectionString => _postgresServer is { } pg
        ? new NpgsqlConnectionStringBuilder(pg) { Database = $"innocentspouse_test_{_id}" }.ConnectionString
        : $"Data Source={SqlitePath}";

    /// <summary>Drops the PostgreSQL database or deletes the SQLite files.</summary>
    public async Task DropAsync()
    {
        if (_postgresServer is { } pg)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(pg);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"innocentspouse_test_{_id}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(SqlitePath + suffix);
        }
    }
}
