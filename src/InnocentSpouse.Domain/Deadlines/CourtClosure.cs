using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// A day the United States Tax Court (or its e-filing system) was closed or inaccessible.
/// </summary>
/// <remarks>
/// Informational only. IRC §7451(b) can toll a petition period when the court is inaccessible (in *Sall* the
/// Friday-after-Thanksgiving closure in 2022 moved the deadline to December 12, 2022), but the calculator never
/// moves a date for a closure: it only says so (letters-deadlines.md §0 rule 8, §3.4).
/// </remarks>
public sealed record CourtClosure
{
    /// <summary>Creates a closure entry.</summary>
    /// <exception cref="ArgumentException">The description is blank.</exception>
    public CourtClosure(DateOnly date, string description, SourceRef source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(source);
        Date = date;
        Description = description;
        Source = source;
    }

    /// <summary>The day the court was closed.</summary>
    public DateOnly Date { get; }

    /// <summary>Why, in plain words.</summary>
    public string Description { get; }

    /// <summary>Where the closure is reported.</summary>
    public SourceRef Source { get; }

    /// <summary>The reviewed closures the app knows about.</summary>
    public static IReadOnlyList<CourtClosure> Known { get; } =
    [
        new(new DateOnly(2015, 2, 17), "The Tax Court was closed for snow on the last day in Guralnik", Citations.Guralnik),
        new(new DateOnly(2022, 11, 25), "The Tax Court was closed on the Friday after Thanksgiving, the last day in Sall", Citations.Sall),
    ];
}
