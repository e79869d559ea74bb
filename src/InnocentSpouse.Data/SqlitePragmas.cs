using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InnocentSpouse.Data;

/// <summary>
/// Per-connection SQLite settings (ADR 0006). In WAL mode, <c>synchronous=NORMAL</c> commits without
/// waiting for the disk on every transaction: a committed answer survives the app crashing or being killed
/// (it is in the WAL), and the file cannot be corrupted; only a power cut or OS crash can lose the last
/// transactions. <c>busy_timeout</c> lets SQLite wait for a competing writer in small steps instead of the
/// driver's 150 ms sleeps.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
