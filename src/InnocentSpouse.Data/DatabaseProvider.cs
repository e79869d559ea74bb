namespace InnocentSpouse.Data;

/// <summary>The database engines the app supports, chosen by the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>A single SQLite file: the default, for one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several instances behind a load balancer.</summary>
    Postgres,
}
