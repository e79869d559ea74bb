using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// One thing to gather before filing: what it is, why it matters for this person (from their answers), the tax
/// years it applies to, and the authority behind it. Built by <see cref="EvidenceChecklist.For"/>.
/// </summary>
/// <remarks>
/// IRC §6015(e)(7) limits Tax Court review mostly to what the IRS had when it decided, so every item is something
/// to send with Form 8857, not later. Texts are plain language and never contain a question key.
/// </remarks>
public sealed record EvidenceItem
{
    /// <summary>Creates an item and checks it.</summary>
    /// <param name="id">Stable kebab-case id; it will be a translation key, so never rename one.</param>
    /// <param name="importance">Essential or helpful.</param>
    /// <param name="what">What to gather, in plain language.</param>
    /// <param name="why">Why it matters for this person, from their answers.</param>
    /// <param name="taxYears">The tax years it applies to, ascending, at least one.</param>
    /// <param name="allYears">True when <paramref name="taxYears"/> are all the years screened.</param>
    /// <param name="source">The authority the item rests on.</param>
    /// <param name="secondSource">A second authority, where one is relevant.</param>
    /// <param name="caution">A safety note to show with the item, resting on <paramref name="secondSource"/>; null when none.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public EvidenceItem(string id, EvidenceImportance importance, string what, string why, ImmutableArray<int> taxYears, bool allYears,
        SourceRef source, SourceRef? secondSource = null, string? caution = null)
    {
        KebabCase.Guard(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        ArgumentNullException.ThrowIfNull(source);
        if (taxYears.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Evidence item {id} must apply to at least one tax year.", nameof(taxYears));
        }

        for (var i = 1; i < taxYears.Length; i++)
        {
            if (taxYears[i] <= taxYears[i - 1])
            {
                throw new ArgumentException($"Evidence item {id}: tax years must be ascending and distinct.", nameof(taxYears));
            }
        }

        if (caution is not null && (string.IsNullOrWhiteSpace(caution) || secondSource is null))
        {
            throw new ArgumentException($"Evidence item {id}: a caution needs text and the second source it rests on.", nameof(caution));
        }

        Id = id;
        Importance = importance;
        What = what;
        Why = why;
        TaxYears = taxYears;
        AllYears = allYears;
        Source = source;
        SecondSource = secondSource;
        Caution = caution;
    }

    /// <summary>Stable kebab-case id (a future translation key).</summary>
    public string Id { get; }

    /// <summary>Essential or helpful.</summary>
    public EvidenceImportance Importance { get; }

    /// <summary>What to gather.</summary>
    public string What { get; }

    /// <summary>Why it matters for this person.</summary>
    public string Why { get; }

    /// <summary>The tax years it applies to, ascending.</summary>
    public ImmutableArray<int> TaxYears { get; }

    /// <summary>True when it applies to every year screened (show "all years").</summary>
    public bool AllYears { get; }

    /// <summary>The authority the item rests on.</summary>
    public SourceRef Source { get; }

    /// <summary>A second authority, or null.</summary>
    public SourceRef? SecondSource { get; }

    /// <summary>A safety note to show with the item (resting on <see cref="SecondSource"/>), or null.</summary>
    public string? Caution { get; }
}
