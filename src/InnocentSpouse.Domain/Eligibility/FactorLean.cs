namespace InnocentSpouse.Domain.Eligibility;

/// <summary>How one Rev. Proc. 2013-34 §4.03(2) factor leans on the user's answers.</summary>
public enum FactorLean
{
    /// <summary>Favors relief.</summary>
    Favors,

    /// <summary>Neutral.</summary>
    Neutral,

    /// <summary>Weighs against relief.</summary>
    Against,

    /// <summary>Not enough answers yet to classify the factor.</summary>
    Unknown,
}
