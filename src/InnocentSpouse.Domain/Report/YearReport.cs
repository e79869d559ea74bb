using System.Collections.Immutable;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;

namespace InnocentSpouse.Domain.Report;

/// <summary>One tax year of a <see cref="ScreeningReport"/>: every relief's result and the deadlines that apply.</summary>
/// <param name="TaxYear">The tax year.</param>
/// <param name="Reliefs">The reliefs concluded so far (all five when the year is complete), with outcome, reasons, caveats and factor table.</param>
/// <param name="Deadlines">The deadlines the answers give for this year, from <see cref="DeadlineCalculator"/>; empty when none applies.</param>
public sealed record YearReport(int TaxYear, ImmutableArray<ReliefResult> Reliefs, ImmutableArray<Deadline> Deadlines)
{
    /// <summary>The result for <paramref name="relief"/>, or null if not concluded yet.</summary>
    /// <param name="relief">The relief.</param>
    public ReliefResult? For(ReliefType relief) => Reliefs.FirstOrDefault(r => r.Relief == relief);
}
