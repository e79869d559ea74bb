using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace InnocentSpouse.Data;

/// <summary>
/// The database settings, read from the two documented keys <c>Database:Provider</c> and
/// <c>ConnectionStrings:Default</c>. The provider is always explicit configuration, never guessed.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The configuration key that names the provider.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The connection string name (<c>ConnectionStrings:Default</c>).</summary>
    public const string ConnectionStringName = "Default";

    /// <summary>Where the SQLite file goes when nothing is configured, relative to the content root.</summary>
    public const string DefaultSqliteRelativePath = "data/innocentspouse.db";

    /// <summary>
    /// Reads and checks the settings. With no configuration at all, this is SQLite in
    /// <c>{contentRoot}/data/innocentspouse.db</c>. A relative SQLite path is taken relative to the content root.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is unknown, or PostgreSQL has no connection string.</exception>
    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is '{providerText}'. Use 'Sqlite' or 'Postgres'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return provider switch
        {
            DatabaseProvider.Postgres when string.IsNullOrWhiteSpace(connectionString) => throw new InvalidOperationException(
                $"{ProviderKey} is 'Postgres' but ConnectionStrings:{ConnectionStringName} is empty. " +
                "Set it, e.g. 'Host=127.0.0.1;Port=5432;Database=innocentspouse;Username=app;Password=…'."),
            DatabaseProvider.Postgres => new DatabaseOptions(provider, connectionString!),
            _ => new DatabaseOptions(provider, SqliteConnectionString(connectionString, contentRoot)),
        };
    }

    /// <summary>A short description for the startup log: provider and where, never a password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"Sqlite ({new SqliteConnectionStringBuilder(ConnectionString).DataSource})",
        _ => $"Postgres ({DescribePostgres(ConnectionString)})",
    };

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteRelativePath}" : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        return builder.ToString();
    }

    private static string DescribePostgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
