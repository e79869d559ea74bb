namespace InnocentSpouse.Domain.Report;

/// <summary>How much one evidence checklist item matters for this person's request.</summary>
public enum EvidenceImportance
{
    /// <summary>The IRS needs it to decide a condition of the relief (or the IRS letters, which are always needed).</summary>
    Essential,

    /// <summary>It supports a factor the IRS weighs; the request can go in without it.</summary>
    Helpful,
}
