using InnocentSpouse.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data;

/// <summary>
/// The session lookup of every interview request, compiled once (docs/performance.md, "Interview over HTTP").
/// A compiled query skips EF's per-call expression work (parameter extraction, query cache lookup). It is
/// bound to one model, so each provider's context type gets its own copy.
/// </summary>
/// <typeparam name="TContext">The provider's context type.</typeparam>
internal static class SessionQueries<TContext>
    where TContext : InterviewDbContext
{
    /// <summary>The session row with this lookup value, not tracked; null when there is none.</summary>
    public static readonly Func<TContext, string, CancellationToken, Task<SavedSession?>> Find =
        EF.CompileAsyncQuery((TContext db, string lookup, CancellationToken cancellationToken) =>
            db.Sessions.AsNoTracking().SingleOrDefault(s => s.ResumeLookup == lookup));
}
