using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// A one-off D.C. legal holiday that no year-by-year rule produces, such as a day the President appoints
/// "for public feasting or thanksgiving" (D.C. Code §28-2701).
/// </summary>
/// <remarks>
/// Data, not code: each entry must carry the source that made the day a legal holiday. Executive-order
/// closures, days of mourning and snow days are <em>not</em> automatically legal holidays (letters-deadlines.md
/// §4.2, unsourced as to their status); Tax Court closures belong in <see cref="CourtClosure"/> instead.
/// The default calendar has no overrides.
/// </remarks>
public sealed record HolidayOverride
{
    /// <summary>Creates an override.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public HolidayOverride(DateOnly date, string name, SourceRef source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        Date = date;
        Name = name;
        Source = source;
    }

    /// <summary>The day that is a legal holiday.</summary>
    public DateOnly Date { get; }

    /// <summary>What the day is called.</summary>
    public string Name { get; }

    /// <summary>The proclamation or order that made it a holiday.</summary>
    public SourceRef Source { get; }
}
