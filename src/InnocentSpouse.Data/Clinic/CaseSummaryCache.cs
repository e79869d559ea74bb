using System.Collections.Concurrent;

namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// Opened case summaries, kept for the process's life by case id and row version, so the case list opens (decrypts and
/// parses) only the summaries saved since it was last shown: with 2,000 cases a list request reads the clear columns
/// and opens nothing. A save bumps the version, so a stale summary is never served, on this instance or another.
/// </summary>
/// <remarks>
/// It holds what the server can decrypt whenever it runs anyway (ADR 0012: the server keeps the clinic keys); it is
/// memory only, never written, and gone on restart. Bounded: past <see cref="MaxEntries"/> it starts again empty.
/// </remarks>
public sealed class CaseSummaryCache
{
    /// <summary>More entries than this clears the cache (about 200 bytes each).</summary>
    public const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, (int Version, CaseSummary Summary)> _byCase = new(StringComparer.Ordinal);

    /// <summary>The summary of this version of the case, if opened before.</summary>
    public bool TryGet(string caseId, int version, out CaseSummary summary)
    {
        if (_byCase.TryGetValue(caseId, out var entry) && entry.Version == version)
        {
            summary = entry.Summary;
            return true;
        }

        summary = null!;
        return false;
    }

    /// <summary>Keeps an opened summary.</summary>
    public void Set(string caseId, int version, CaseSummary summary)
    {
        if (_byCase.Count >= MaxEntries)
        {
            _byCase.Clear();
        }

        _byCase[caseId] = (version, summary);
    }
}
