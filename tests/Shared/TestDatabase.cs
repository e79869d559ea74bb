using System.Diagnostics;
using System.Globalization;
using System.Text;
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

    /// <summary>
    /// What someone holding only the database would see, as text: the SQLite file and its write-ahead log read raw, or
    /// a plain <c>pg_dump --inserts</c> of the PostgreSQL database. The encryption-at-rest tests search it.
    /// </summary>
    public async Task<string> DumpAsync()
    {
        if (_postgresServer is null)
        {
            var text = new StringBuilder();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream, Encoding.Latin1);
                text.Append(await reader.ReadToEndAsync());
            }

            return text.ToString();
        }

        var csb = new NpgsqlConnectionStringBuilder(ConnectionString);
        var pgDump = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin", "pg_dump")).First(File.Exists);
        var start = new ProcessStartInfo(pgDump, ["-h", csb.Host!, "-p", csb.Port.ToString(CultureInfo.InvariantCulture), "-U", csb.Username!, "-d", csb.Database!, "--inserts"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = csb.Password ?? "";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException("pg_dump failed: " + await process.StandardError.ReadToEndAsync());
    }
}
