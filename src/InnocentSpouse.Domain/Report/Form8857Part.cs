namespace InnocentSpouse.Domain.Report;

/// <summary>
/// The parts of Form 8857 (Rev. June 2021), in the form's order. Parts I to III are confirmed by number and name
/// (shared/domain/rules.md §12); the later topics are on the form, but their Part numbers are not confirmed, so they
/// are named by topic only.
/// </summary>
public enum Form8857Part
{
    /// <summary>Part I, "Should you file this form?" (lines 1 to 3).</summary>
    PartI,

    /// <summary>Part II, "Tell us about yourself and the person on line 6" (line 6).</summary>
    PartII,

    /// <summary>Part III, "Tell us about your involvement in finances and preparing returns".</summary>
    PartIII,

    /// <summary>Your current financial situation (Part number not confirmed).</summary>
    FinancialSituation,

    /// <summary>Additional information (Part number not confirmed).</summary>
    AdditionalInformation,

    /// <summary>Signature and attachments (Part number not confirmed).</summary>
    SignAndAttach,
}
