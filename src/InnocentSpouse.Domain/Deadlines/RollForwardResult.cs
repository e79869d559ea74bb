using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>One move of a last day to the next day under IRC §7503, with the reason.</summary>
/// <param name="From">The day that could not be the last day.</param>
/// <param name="To">The next day, which is tested again.</param>
/// <param name="Reason">Why <paramref name="From"/> does not count, e.g. "Sunday 2026-05-31 is a Sunday".</param>
public sealed record RollStep(DateOnly From, DateOnly To, string Reason);

/// <summary>The outcome of rolling a last day forward over Saturdays, Sundays and D.C. legal holidays.</summary>
/// <param name="Start">The computed day before any roll (e.g. day 90).</param>
/// <param name="Final">The first day that is not a Saturday, Sunday or D.C. legal holiday.</param>
/// <param name="Steps">Each move, in order; empty when <paramref name="Start"/> was already a business day.</param>
/// <remarks>
/// IRC §7503; Treas. Reg. §301.7503-1; Tax Court Rule 25(a)(2). The loop repeats, so a Sunday followed by a
/// Monday holiday moves two days (Guralnik: Sunday 2015-02-15 → Washington's Birthday → Tuesday 2015-02-17).
/// </remarks>
public sealed record RollForwardResult(DateOnly Start, DateOnly Final, ImmutableArray<RollStep> Steps)
{
    /// <summary>True when the start day was not a business day.</summary>
    public bool Moved => Final != Start;
}
