using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InnocentSpouse.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without booting the web app or touching a database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInterviewDbContext>
{
    public SqliteInterviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteInterviewDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a running server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresInterviewDbContext>
{
    public PostgresInterviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresInterviewDbContext>().UseNpgsql("Host=127.0.0.1;Database=design;Username=design").Options);
}
