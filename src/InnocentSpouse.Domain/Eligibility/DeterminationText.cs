using System.Globalization;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>Plain-language labels for <see cref="Determination"/> and <see cref="ReliefType"/>, shared by the pages, the API and the summary.</summary>
public static class DeterminationText
{
    /// <summary>The label shown for a determination, e.g. "May qualify (partial)".</summary>
    /// <param name="determination">The determination.</param>
    /// <remarks>In the current UI culture's language (key <c>outcome.&lt;Determination&gt;</c>, docs/localisation.md).</remarks>
    /// <param name="culture">The language; the current UI culture when null.</param>
    public static string Label(Determination determination, CultureInfo? culture = null)
    {
        var english = EnglishLabel(determination);
        return DomainText.Get(LabelKeys[(int)determination], english, culture);
    }

    /// <summary>The text key of a determination's label: <c>outcome.&lt;Determination&gt;</c>.</summary>
    /// <param name="determination">The determination.</param>
    public static string LabelKey(Determination determination) => "outcome." + determination;

    /// <summary>The text key of a relief's name: <c>relief.&lt;ReliefType&gt;</c>.</summary>
    /// <param name="relief">The relief.</param>
    public static string NameKey(ReliefType relief) => "relief." + relief;

    private static readonly string[] LabelKeys = [.. Enum.GetValues<Determination>().OrderBy(d => (int)d).Select(d => "outcome." + d)];

    private static string EnglishLabel(Determination determination) => determination switch
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
    /// <remarks>In the current UI culture's language (key <c>relief.&lt;ReliefType&gt;</c>).</remarks>
    /// <param name="culture">The language; the current UI culture when null.</param>
    public static string Name(ReliefType relief, CultureInfo? culture = null) => DomainText.Get(NameKey(relief), EnglishName(relief), culture);

    private static string EnglishName(ReliefType relief) => relief switch
    {
        ReliefType.InjuredSpouse => "Injured spouse allocation (Form 8379)",
        ReliefType.InnocentSpouse => "Innocent spouse relief, IRC §6015(b)",
        ReliefType.SeparationOfLiability => "Separation of liability, IRC §6015(c)",
        ReliefType.EquitableRelief => "Equitable relief, IRC §6015(f)",
        ReliefType.CommunityProperty => "Community-property relief, IRC §66(c)",
        _ => throw new ArgumentOutOfRangeException(nameof(relief)),
    };
}
