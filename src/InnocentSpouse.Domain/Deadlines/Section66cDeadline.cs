namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The last day to ask for traditional §66(c) relief under the earliest and the latest reasonable reading
/// (<see cref="Section66cWindow"/>).
/// </summary>
/// <param name="ActBy">The earliest reading: file by this day to be safe. Never moved under §7503.</param>
/// <param name="LastDay">
/// The latest reading, moved past weekends and D.C. holidays (IRC §7503); null when the filing date is not
/// known, because a late return gives the IRS longer and so has no latest day.
/// </param>
/// <param name="AssessmentEnds">The IRS's last day to assess tax under the earliest reading (the ASED).</param>
/// <param name="LastDayRoll">How <paramref name="LastDay"/> was moved under §7503, when it was known.</param>
public sealed record Section66cDeadline(DateOnly ActBy, DateOnly? LastDay, DateOnly AssessmentEnds, RollForwardResult? LastDayRoll)
{
    /// <summary>True when <paramref name="asOf"/> is no later than <see cref="ActBy"/>: in time under every reading.</summary>
    /// <param name="asOf">The day Form 8857 would be filed.</param>
    public bool SurelyOpen(DateOnly asOf) => asOf <= ActBy;

    /// <summary>True when <paramref name="asOf"/> is after <see cref="LastDay"/>: too late under every reading of this period.</summary>
    /// <param name="asOf">The day Form 8857 would be filed.</param>
    public bool SurelyClosed(DateOnly asOf) => LastDay is DateOnly last && asOf > last;
}
