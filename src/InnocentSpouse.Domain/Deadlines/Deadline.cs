using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>What kind of date a <see cref="Deadline"/> is.</summary>
public enum DeadlineKind
{
    /// <summary>The last day to act.</summary>
    LastDay = 1,

    /// <summary>The first day an act is allowed (the 6-month rule).</summary>
    EarliestDay,

    /// <summary>A cautious date shown because a right might exist; not a confirmed deadline.</summary>
    Protective,

    /// <summary>No date to act by; the entry explains what the event means for timing.</summary>
    Informational,

    /// <summary>
    /// An estimate that rests on a stated assumption (e.g. that the IRS mailed a lien notice on time). Not a
    /// confirmed deadline and not guaranteed to be early: the real date can be earlier if the assumption fails.
    /// Its status never says "passed".
    /// </summary>
    Estimate,
}

/// <summary>Another reading of the same rule that gives a different date (e.g. March 1 for a February 29 anniversary).</summary>
/// <param name="Date">The date under that reading.</param>
/// <param name="Reading">Why the reading exists and why it was not chosen.</param>
public sealed record AlternativeDate(DateOnly Date, string Reading);

/// <summary>How a deadline stands on the day the user asked.</summary>
/// <param name="AsOf">The day the user asked (supplied by the caller; the domain never reads a clock).</param>
/// <param name="Days">Days from <paramref name="AsOf"/> to the date: positive = ahead, 0 = today, negative = passed.</param>
/// <param name="Text">E.g. "12 days left", "Today is the last day", "Passed 3 days ago".</param>
public sealed record DeadlineStatus(DateOnly AsOf, int Days, string Text);

/// <summary>How a date was reached, step by step (letters-deadlines.md §0 rule 8).</summary>
/// <param name="Anchor">The day counting starts from (day 0), when the rule counts from a day.</param>
/// <param name="Counted">The day reached by counting (e.g. day 90), before any roll.</param>
/// <param name="DayNumber">N when the period is N days; null for month or year periods.</param>
/// <param name="Roll">The §7503 roll-forward from <paramref name="Counted"/>, when applied.</param>
/// <param name="Lines">The working in plain words, one step a line.</param>
public sealed record DeadlineWorking(
    DateOnly? Anchor,
    DateOnly? Counted,
    int? DayNumber,
    RollForwardResult? Roll,
    ImmutableArray<string> Lines);

/// <summary>
/// One date the user must know about, with the working, the rule and its citations.
/// </summary>
/// <remarks>
/// <see cref="Date"/> is null only for <see cref="DeadlineKind.Informational"/> entries. <see cref="ActBy"/> is five
/// business days before a last day or protective date. Tax Court petitions carry the 11:59 p.m. Eastern note.
/// </remarks>
public sealed record Deadline
{
    /// <summary>Creates a deadline, checking it is complete.</summary>
    /// <exception cref="ArgumentException">A required text is blank, no source is given, or a dated kind has no date.</exception>
    public Deadline(
        string id,
        DeadlineKind kind,
        string title,
        DateOnly? date,
        DeadlineWorking working,
        string rule,
        ImmutableArray<SourceRef> sources,
        DateOnly? actBy,
        string filingNote,
        bool canBeExtended,
        string extensionNote,
        bool isTaxCourtPetition,
        bool isLowerBound,
        ImmutableArray<AlternativeDate> alternatives,
        ImmutableArray<string> caveats,
        DeadlineStatus? status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(filingNote);
        ArgumentException.ThrowIfNullOrWhiteSpace(extensionNote);
        ArgumentNullException.ThrowIfNull(working);
        if (sources.IsDefaultOrEmpty)
        {
            throw new ArgumentException("Every deadline cites at least one source.", nameof(sources));
        }

        if (date is null && kind != DeadlineKind.Informational)
        {
            throw new ArgumentException($"A {kind} deadline needs a date.", nameof(date));
        }

        Id = id;
        Kind = kind;
        Title = title;
        Date = date;
        Working = working;
        Rule = rule;
        Sources = sources;
        ActBy = actBy;
        FilingNote = filingNote;
        CanBeExtended = canBeExtended;
        ExtensionNote = extensionNote;
        IsTaxCourtPetition = isTaxCourtPetition;
        IsLowerBound = isLowerBound;
        Alternatives = alternatives.IsDefault ? [] : alternatives;
        Caveats = caveats.IsDefault ? [] : caveats;
        Status = status;
    }

    /// <summary>Stable id, e.g. "tax-court-6015", "tax-court-cdp", "form-12509", "two-year-bc".</summary>
    public string Id { get; }

    /// <summary>Last day, earliest day, protective or informational.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>Plain title, e.g. "Last day to ask the Tax Court to review the innocent spouse decision".</summary>
    public string Title { get; }

    /// <summary>The date; null only for informational entries.</summary>
    public DateOnly? Date { get; }

    /// <summary>How the date was reached.</summary>
    public DeadlineWorking Working { get; }

    /// <summary>The rule in plain words.</summary>
    public string Rule { get; }

    /// <summary>The law, cases and pages the rule rests on.</summary>
    public ImmutableArray<SourceRef> Sources { get; }

    /// <summary>The recommended day to act by: five business days before the date.</summary>
    public DateOnly? ActBy { get; }

    /// <summary>How to file in time (e.g. 11:59 p.m. Eastern for Tax Court e-filing; certified mail).</summary>
    public string FilingNote { get; }

    /// <summary>Whether anyone can extend the date. False for every Tax Court deadline.</summary>
    public bool CanBeExtended { get; }

    /// <summary>The plain statement about extension, e.g. "This Tax Court deadline cannot be extended…".</summary>
    public string ExtensionNote { get; }

    /// <summary>True when the act is a petition to the United States Tax Court.</summary>
    public bool IsTaxCourtPetition { get; }

    /// <summary>True when the date is a floor ("at least until"), as for the collection period.</summary>
    public bool IsLowerBound { get; }

    /// <summary>Other readings of the rule that give other dates.</summary>
    public ImmutableArray<AlternativeDate> Alternatives { get; }

    /// <summary>Uncertainties the user must see (unsourced or unconfirmed points).</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <summary>Days left or passed, when the caller gave an as-of date.</summary>
    public DeadlineStatus? Status { get; }
}
