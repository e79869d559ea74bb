namespace InnocentSpouse.Data;

/// <summary>
/// Lets one session write at a time into a SQLite file, waiting asynchronously. SQLite allows one writer;
/// when two requests commit at once, the loser gets SQLITE_BUSY and Microsoft.Data.Sqlite retries it by
/// blocking its thread in <c>Thread.Sleep(150)</c>, which made concurrent answers wait 150 ms or more and
/// tied up thread-pool threads. Queuing writers in the process avoids the collision (SQLite serves one
/// instance; several instances use PostgreSQL, which gets no gate). Registered only for SQLite.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs <paramref name="write"/> once no other session write is running.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
