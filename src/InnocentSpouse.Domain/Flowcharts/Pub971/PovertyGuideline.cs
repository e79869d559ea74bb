using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// One year's HHS poverty guidelines for the 48 contiguous states and the District of Columbia, as published
/// in the Federal Register (42 U.S.C. §9902(2)). Used by the economic-hardship factor of Rev. Proc. 2013-34
/// §4.03(2)(b) (250% of the guideline for the household's size).
/// </summary>
/// <remarks>
/// Alaska and Hawaii have their own, higher guidelines; the screener does not ask where the household lives, so
/// it uses these figures and says so. Sizes 1 to 8 are listed as published (2016's steps are not even); larger
/// households add <see cref="EachAdditional"/> per person, as every notice says. docs/sources.md gives each
/// year's notice.
/// </remarks>
public sealed class PovertyGuideline
{
    private readonly ImmutableArray<int> _listed;

    /// <summary>Creates one year's guideline.</summary>
    /// <param name="year">The guideline year (the year HHS issued it).</param>
    /// <param name="inForceFrom">The first day we apply it: the notice's stated effective date, or its publication date where that date was not confirmed.</param>
    /// <param name="published">The Federal Register publication date.</param>
    /// <param name="federalRegister">The notice's citation, e.g. "90 FR 5917 (Jan. 17, 2025)".</param>
    /// <param name="link">A public copy of the notice.</param>
    /// <param name="listed">The guideline for households of 1 to 8 people.</param>
    /// <param name="eachAdditional">The amount added for each person above 8.</param>
    internal PovertyGuideline(int year, DateOnly inForceFrom, DateOnly published, string federalRegister, string link, int[] listed, int eachAdditional)
    {
        if (listed.Length != 8)
        {
            throw new ArgumentException("List the guideline for households of 1 to 8 people.", nameof(listed));
        }

        Year = year;
        InForceFrom = inForceFrom;
        Published = published;
        EachAdditional = eachAdditional;
        _listed = [.. listed];
        Source = new SourceRef("HHS poverty guidelines", year.ToString(System.Globalization.CultureInfo.InvariantCulture), federalRegister, link);
    }

    /// <summary>The guideline year.</summary>
    public int Year { get; }

    /// <summary>The first day this guideline applies in the screener (until the next year's <see cref="InForceFrom"/>).</summary>
    public DateOnly InForceFrom { get; }

    /// <summary>The Federal Register publication date.</summary>
    public DateOnly Published { get; }

    /// <summary>The amount added for each person above 8.</summary>
    public int EachAdditional { get; }

    /// <summary>The guideline for households of 1 to 8 people, as published.</summary>
    public ImmutableArray<int> Listed => _listed;

    /// <summary>The Federal Register notice.</summary>
    public SourceRef Source { get; }

    /// <summary>The yearly guideline for a household of <paramref name="householdSize"/> people (at least 1).</summary>
    /// <param name="householdSize">People in the household, including the requester.</param>
    public long For(long householdSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(householdSize, 1);
        return householdSize <= 8 ? _listed[(int)householdSize - 1] : _listed[7] + ((householdSize - 8) * EachAdditional);
    }
}
