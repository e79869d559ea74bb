namespace InnocentSpouse.Domain.Eligibility;

/// <summary>One screening result for one relief and one tax year. Screening, not a decision: only the IRS decides.</summary>
public enum Determination
{
    /// <summary>The answers fit this relief.</summary>
    MayQualify,

    /// <summary>The answers fit this relief for part of the tax only.</summary>
    MayQualifyPartial,

    /// <summary>The answers make this relief unlikely, but the IRS weighs all facts; consider filing anyway.</summary>
    Unlikely,

    /// <summary>A rule of law rules this relief out on these answers.</summary>
    DoesNotQualify,

    /// <summary>This relief does not apply to the situation (e.g. no joint return for §6015).</summary>
    NotApplicable,

    /// <summary>The deadline for this relief has passed.</summary>
    TooLate,

    /// <summary>Too early: the IRS has not contacted you yet; file when it does.</summary>
    NotYet,

    /// <summary>We cannot tell without a fact you were not sure of; the reasons say which.</summary>
    NeedMoreInformation,
}
