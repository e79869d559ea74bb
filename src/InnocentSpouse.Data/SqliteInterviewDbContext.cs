using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data;

/// <summary>The SQLite flavour of <see cref="InterviewDbContext"/>; migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteInterviewDbContext(DbContextOptions<SqliteInterviewDbContext> options) : InterviewDbContext(options);
