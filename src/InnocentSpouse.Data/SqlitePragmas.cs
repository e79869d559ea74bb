using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace InnocentSpouse.Data;

/// <summary>
/// Per-connection SQLite settings (ADR 0006). In WAL mode, <c>synchronous=NORMAL</c> commits without
/// waiting for the disk on every transaction: a committed answer survives the app crashing or being killed
/// (it is in the WAL), and the file cannot be corrupted; only a power cut or OS crash can lose the last
/// transactions. <c>busy_timeout</c> lets SQLite wait for a competing writer in small steps instead of the
/// driver's 150 ms sleeps.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite pools its connections, so EF's "open" usually takes an already open physical
/// connection from the pool. The pragmas run once per physical connection (its native handle), not on every
/// open (docs/performance.md). A connection without a handle (not open) is left alone.
/// </remarks>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    // Physical connections that already have the pragmas; an entry goes when its handle is collected.
    private readonly ConditionalWeakTable<sqlite3, object> _done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Needs(connection) is { } handle)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            _done.AddOrUpdate(handle, Marker.Instance);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Needs(connection) is { } handle)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _done.AddOrUpdate(handle, Marker.Instance);
        }
    }

    /// <summary>The physical connection's handle when it has not had the pragmas yet; otherwise null.</summary>
    private sqlite3? Needs(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is SqliteConnection { Handle: { } handle } && !_done.TryGetValue(handle, out _) ? handle : null;
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
