using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>Results for one tax year: one entry per relief screened so far, in <see cref="ReliefType"/> order.</summary>
/// <param name="TaxYear">The tax year.</param>
/// <param name="Reliefs">The concluded reliefs; all five when the year is complete.</param>
public sealed record YearResult(int TaxYear, ImmutableArray<ReliefResult> Reliefs)
{
    /// <summary>The result for <paramref name="relief"/>, or null if not concluded yet.</summary>
    /// <param name="relief">The relief.</param>
    public ReliefResult? For(ReliefType relief)
    {
        foreach (var result in Reliefs)
        {
            if (result.Relief == relief)
            {
                return result;
            }
        }

        return null;
    }
}
