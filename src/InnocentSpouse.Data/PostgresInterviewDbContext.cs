using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data;

/// <summary>The PostgreSQL flavour of <see cref="InterviewDbContext"/>; migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresInterviewDbContext(DbContextOptions<PostgresInterviewDbContext> options) : InterviewDbContext(options);
