using Microsoft.Extensions.Configuration;

namespace InnocentSpouse.Data.Tests;

public class DatabaseOptionsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void From_NoConfiguration_UsesSqliteInDataFolderUnderContentRoot()
    {
        var options = DatabaseOptions.From(Config(), "/srv/app");

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=/srv/app/data/innocentspouse.db", options.ConnectionString);
    }

    [Fact]
    public void From_RelativeSqlitePath_IsResolvedAgainstContentRoot()
    {
        var options = DatabaseOptions.From(Config(("ConnectionStrings:Default", "Data Source=state/x.db")), "/srv/app");

        Assert.Equal("Data Source=/srv/app/state/x.db", options.ConnectionString);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData(" POSTGRES ")]
    public void From_PostgresInAnyCase_SelectsPostgres(string provider)
    {
        var options = DatabaseOptions.From(
            Config(("Database:Provider", provider), ("ConnectionStrings:Default", "Host=db;Database=app;Username=u;Password=secret")), "/srv/app");

        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.Equal("Postgres (db:5432/app)", options.Describe());
        Assert.DoesNotContain("secret", options.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_UnknownProvider_FailsNamingTheKeyAndTheAllowedValues()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.From(Config(("Database:Provider", "MySql")), "/srv"));

        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite' or 'Postgres'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_PostgresWithoutConnectionString_FailsNamingTheMissingKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.From(Config(("Database:Provider", "Postgres")), "/srv"));

        Assert.Contains("ConnectionStrings:Default", error.Message, StringComparison.Ordinal);
    }
}
