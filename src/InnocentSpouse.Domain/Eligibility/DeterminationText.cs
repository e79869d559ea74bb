namespace InnocentSpouse.Domain.Eligibility;

/// <summary>Plain-language labels for <see cref="Determination"/> and <see cref="ReliefType"/>, shared by the pages, the API and the summary.</summary>
public static class DeterminationText
{
    /// <summary>The label shown for a determination, e.g. "May qualify (partial)".</summary>
    /// <param name="determination">The determination.</param>
    public static string Label(Determination determination) => determination switch
    {
        Determination.MayQualify => "May qualify",
        Determination.MayQualifyPartial => "May qualify (partial)",
        Determination.Unlikely => "Unlikely",
        Determination.DoesNotQualify => "Does not qualify",
        Determination.NotApplicable => "Not applicable",
        Determination.TooLate => "Too late",
        Determination.NotYet => "Not yet",
        Determination.NeedMoreInformation => "Need more information",
        _ => throw new ArgumentOutOfRangeException(nameof(determination)),
    };

    /// <summary>The stable kebab-case code for a determination, for the JSON API (e.g. "may-qualify-partial").</summary>
    /// <param name="determination">The determination.</param>
    public static string Code(Determination determination) => determination switch
    {
        Determination.MayQualify => "may-qualify",
        Determination.MayQualifyPartial => "may-qualify-partial",
        Determination.Unlikely => "unlikely",
        Determination.DoesNotQualify => "does-not-qualify",
        Determination.NotApplicable => "not-applicable",
        Determination.TooLate => "too-late",
        Determination.NotYet => "not-yet",
        Determination.NeedMoreInformation => "need-more-information",
        _ => throw new ArgumentOutOfRangeException(nameof(determination)),
    };

    /// <summary>The name of a relief as shown to users.</summary>
    /// <param name="relief">The relief.</param>
    public static string Name(ReliefType relief) => relief switch
    {
        ReliefType.InjuredSpouse => "Injured spouse allocation (Form 8379)",
        ReliefType.InnocentSpouse => "Innocent spouse relief, IRC §6015(b)",
        ReliefType.SeparationOfLiability => "Separation of liability, IRC §6015(c)",
        ReliefType.EquitableRelief => "Equitable relief, IRC §6015(f)",
        ReliefType.CommunityProperty => "Community-property relief, IRC §66(c)",
        _ => throw new ArgumentOutOfRangeException(nameof(relief)),
    };
}
