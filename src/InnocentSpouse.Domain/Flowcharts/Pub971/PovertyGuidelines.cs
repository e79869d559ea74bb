using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// The HHS poverty guidelines (48 contiguous states and D.C.) by the date each came into force, 2014 to 2026,
/// for the economic-hardship factor (Rev. Proc. 2013-34 §4.03(2)(b)). A static table: the lookup allocates nothing.
/// </summary>
/// <remarks>
/// HHS publishes each year's guidelines in the Federal Register in January. A guideline is applied from the
/// effective date its notice states (some notices state a date a few days or weeks before publication, e.g. 2019:
/// applicable January 11, published February 1) or, where that date was not confirmed, from the publication date
/// (HHS: the guidelines "may be used as soon as they are published"). Each stays in force until the next one. The
/// table claims nothing after December 31 of its last year: a newer guideline may be out by then, so
/// <see cref="InForceOn"/> returns null and the hardship factor says the date is outside the table.
/// Sources for every number: docs/sources.md, "HHS poverty guidelines".
/// </remarks>
public static class PovertyGuidelines
{
    private const string Aspe = "https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines/prior-hhs-poverty-guidelines-federal-register-references";

    private static readonly PovertyGuideline[] Table =
    [
        new(2014, new(2014, 1, 22), new(2014, 1, 22), "Federal Register, Jan. 22, 2014", Aspe,
            [11_670, 15_730, 19_790, 23_850, 27_910, 31_970, 36_030, 40_090], 4_060),
        new(2015, new(2015, 1, 22), new(2015, 1, 22), "80 FR 3236 (Jan. 22, 2015)", "https://www.govinfo.gov/content/pkg/FR-2015-01-22/pdf/2015-01120.pdf",
            [11_770, 15_930, 20_090, 24_250, 28_410, 32_570, 36_730, 40_890], 4_160),
        new(2016, new(2016, 1, 25), new(2016, 1, 25), "81 FR 4036 (Jan. 25, 2016)", "https://www.federalregister.gov/d/2016-01450",
            [11_880, 16_020, 20_160, 24_300, 28_440, 32_580, 36_730, 40_890], 4_160),
        new(2017, new(2017, 1, 26), new(2017, 1, 31), "82 FR 8831 (Jan. 31, 2017)", "https://www.federalregister.gov/d/2017-02076",
            [12_060, 16_240, 20_420, 24_600, 28_780, 32_960, 37_140, 41_320], 4_180),
        new(2018, new(2018, 1, 18), new(2018, 1, 18), "Federal Register, Jan. 18, 2018", Aspe,
            [12_140, 16_460, 20_780, 25_100, 29_420, 33_740, 38_060, 42_380], 4_320),
        new(2019, new(2019, 1, 11), new(2019, 2, 1), "84 FR 1167 (Feb. 1, 2019)", "https://www.federalregister.gov/d/2019-00621",
            [12_490, 16_910, 21_330, 25_750, 30_170, 34_590, 39_010, 43_430], 4_420),
        new(2020, new(2020, 1, 14), new(2020, 1, 17), "85 FR 3060 (Jan. 17, 2020)", "https://www.federalregister.gov/d/2020-00858",
            [12_760, 17_240, 21_720, 26_200, 30_680, 35_160, 39_640, 44_120], 4_480),
        new(2021, new(2021, 1, 13), new(2021, 2, 1), "86 FR 7732 (Feb. 1, 2021)", "https://www.federalregister.gov/d/2021-01969",
            [12_880, 17_420, 21_960, 26_500, 31_040, 35_580, 40_120, 44_660], 4_540),
        new(2022, new(2022, 1, 21), new(2022, 1, 21), "87 FR 3315 (Jan. 21, 2022)", "https://www.federalregister.gov/d/2022-01166",
            [13_590, 18_310, 23_030, 27_750, 32_470, 37_190, 41_910, 46_630], 4_720),
        new(2023, new(2023, 1, 12), new(2023, 1, 19), "88 FR 3424 (Jan. 19, 2023)", "https://www.federalregister.gov/d/2023-00885",
            [14_580, 19_720, 24_860, 30_000, 35_140, 40_280, 45_420, 50_560], 5_140),
        new(2024, new(2024, 1, 17), new(2024, 1, 17), "89 FR 2961 (Jan. 17, 2024)", "https://www.federalregister.gov/d/2024-00796",
            [15_060, 20_440, 25_820, 31_200, 36_580, 41_960, 47_340, 52_720], 5_380),
        new(2025, new(2025, 1, 15), new(2025, 1, 17), "90 FR 5917 (Jan. 17, 2025)", "https://www.govinfo.gov/content/pkg/FR-2025-01-17/html/2025-01377.htm",
            [15_650, 21_150, 26_650, 32_150, 37_650, 43_150, 48_650, 54_150], 5_500),
        new(2026, new(2026, 1, 13), new(2026, 1, 15), "91 FR 1797 (Jan. 15, 2026)", "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm",
            [15_960, 21_640, 27_320, 33_000, 38_680, 44_360, 50_040, 55_720], 5_680),
    ];

    /// <summary>Every guideline in the table, oldest first.</summary>
    public static ImmutableArray<PovertyGuideline> All { get; } = [.. Table];

    /// <summary>The first day the table covers: the first guideline's <see cref="PovertyGuideline.InForceFrom"/>.</summary>
    public static DateOnly CoveredFrom { get; } = Table[0].InForceFrom;

    /// <summary>The last day the table covers: December 31 of the last guideline's year.</summary>
    public static DateOnly CoveredThrough { get; } = new(Table[^1].Year, 12, 31);

    /// <summary>The guideline in force on <paramref name="date"/>, or null when the date is outside the table.</summary>
    /// <param name="date">The evaluation date.</param>
    public static PovertyGuideline? InForceOn(DateOnly date)
    {
        if (date > CoveredThrough)
        {
            return null;
        }

        for (var i = Table.Length - 1; i >= 0; i--)
        {
            if (Table[i].InForceFrom <= date)
            {
                return Table[i];
            }
        }

        return null;
    }
}
