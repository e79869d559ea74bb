namespace InnocentSpouse.Domain.Report;

/// <summary>When a <see cref="NextStep"/> applies, read from the outcomes of every relief in every year.</summary>
public enum NextStepApplies
{
    /// <summary>Always shown.</summary>
    Always = 1,

    /// <summary>
    /// Some §6015 or §66(c) relief may fit, or the screening could not rule it out (may qualify, partial, unlikely,
    /// need more information, not yet): filing Form 8857 is worth it.
    /// </summary>
    ReliefMayFit,

    /// <summary>The Form 8379 (injured spouse) route may fit.</summary>
    InjuredSpouse,

    /// <summary>No §6015 or §66(c) relief may qualify in any year.</summary>
    NothingFits,
}
