using System.Collections.Immutable;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Report;

namespace InnocentSpouse.Web.Clinic;

/// <summary>
/// A case's screening: the one <see cref="ScreeningReport"/> of its answers, and the deadlines of the letters staff
/// entered, both from the Domain's single implementations. The case list's summary (soonest date, reliefs) is made
/// here and nowhere else, so the list, the case page and the hand-off PDF cannot disagree.
/// </summary>
/// <param name="Report">The screening report of the case's answers (answers not yet given give an incomplete report).</param>
/// <param name="LetterDeadlines">Per entered letter or event, its deadlines, in the order entered.</param>
public sealed record CaseScreening(ScreeningReport Report, ImmutableArray<(CaseLetter Letter, ImmutableArray<Deadline> Deadlines)> LetterDeadlines)
{
    /// <summary>
    /// The rules a stored summary was computed under: the Pub. 971 revision and the build of the Domain library (its
    /// module version id changes with any change to its code, so a rules fix marks every stored summary stale).
    /// A case whose summary was computed under other rules is recomputed when it is next read.
    /// </summary>
    public static string RulesRevision { get; } =
        FlowchartCatalog.Pub971Dec2021.Revision + " / " + typeof(ScreeningReport).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>Every deadline of the case: the screening's, per year, then the letters'.</summary>
    public IEnumerable<Deadline> AllDeadlines =>
        Report.Years.SelectMany(y => y.Deadlines).Concat(LetterDeadlines.SelectMany(l => l.Deadlines));

    /// <summary>
    /// The earliest day to act: the earliest of every deadline's "act by" day (or its date when it has none). A day
    /// already passed stays the soonest, so an overdue case sorts first and shows as overdue.
    /// </summary>
    public DateOnly? SoonestDeadline
    {
        get
        {
            var days = AllDeadlines.Select(d => d.ActBy ?? d.Date).OfType<DateOnly>().ToList();
            return days.Count == 0 ? null : days.Min();
        }
    }

    /// <summary>The reliefs that may apply in any year (<see cref="Determination.MayQualify"/> or partial).</summary>
    public IReadOnlyList<string> Reliefs =>
        [.. Report.Years.SelectMany(y => y.Reliefs)
            .Where(r => r.Determination is Determination.MayQualify or Determination.MayQualifyPartial)
            .Select(r => r.Relief.ToString())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>Screens a case as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">The case has no tax year. Every way a case is made (the new-case form, the
    /// import, the edit page) requires one, as the public interview does.</exception>
    public static CaseScreening Of(CaseDetail detail, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (!detail.Answers.TaxYears.Any())
        {
            throw new ArgumentException("A case needs at least one tax year before it can be screened.", nameof(detail));
        }

        return new CaseScreening(
            ScreeningReport.Build(detail.Answers, asOf),
            [.. detail.Letters.Select(l => (l, DeadlineCalculator.For(l.ToEvent(), asOf)))]);
    }

    /// <summary>The list summary of a case with this label and detail.</summary>
    public CaseSummary Summary(string label, CaseDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return new CaseSummary(label, [.. detail.Answers.TaxYears], SoonestDeadline, Reliefs, detail.Contact.AbuseDisclosed);
    }
}
