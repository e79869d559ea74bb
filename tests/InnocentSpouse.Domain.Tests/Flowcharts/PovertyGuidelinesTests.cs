using InnocentSpouse.Domain.Flowcharts.Pub971;

namespace InnocentSpouse.Domain.Tests.Flowcharts;

/// <summary>The HHS poverty guideline table (docs/sources.md, "HHS poverty guidelines").</summary>
public class PovertyGuidelinesTests
{
    [Fact]
    public void Table_CoversEveryYearFrom2014Through2026_InOrder()
    {
        Assert.Equal(Enumerable.Range(2014, 13), PovertyGuidelines.All.Select(g => g.Year));
        Assert.All(PovertyGuidelines.All.Zip(PovertyGuidelines.All.Skip(1)), pair => Assert.True(pair.First.InForceFrom < pair.Second.InForceFrom));
        Assert.All(PovertyGuidelines.All, g => Assert.True(g.InForceFrom <= g.Published, $"{g.Year}: in force before or on publication"));
    }

    [Theory]
    [InlineData("2014-01-22", 2014)]
    [InlineData("2019-01-10", 2018)]
    [InlineData("2019-01-11", 2019)] // 84 FR 1167: applicable January 11, published February 1
    [InlineData("2025-01-14", 2024)]
    [InlineData("2025-01-15", 2025)] // 90 FR 5917: effective January 15, published January 17
    [InlineData("2026-01-13", 2026)] // 91 FR 1797: effective January 13, published January 15
    [InlineData("2026-12-31", 2026)]
    public void InForceOn_EachNoticeFromItsEffectiveDate(string date, int expectedYear)
    {
        var guideline = PovertyGuidelines.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expectedYear, guideline?.Year);
    }

    [Theory]
    [InlineData("2014-01-21")]
    [InlineData("2027-01-01")]
    public void InForceOn_DateOutsideTheTable_IsNull(string date)
    {
        Assert.Null(PovertyGuidelines.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ListedAmounts_AreBasePlusEachAdditional_Except2016()
    {
        // ASPE: guidelines "can be calculated by addition" from the first person and the increment, except 2016 ("Varies").
        foreach (var guideline in PovertyGuidelines.All.Where(g => g.Year != 2016))
        {
            Assert.Equal(Enumerable.Range(0, 8).Select(i => guideline.Listed[0] + (i * guideline.EachAdditional)), guideline.Listed.ToArray());
        }

        Assert.Equal([11_880, 16_020, 20_160, 24_300, 28_440, 32_580, 36_730, 40_890], PovertyGuidelines.All.Single(g => g.Year == 2016).Listed.ToArray());
    }

    [Theory]
    [InlineData(1, 15_960)]
    [InlineData(4, 33_000)]
    [InlineData(8, 55_720)]
    [InlineData(10, 67_080)] // 55,720 + 2 × 5,680
    public void For_HouseholdSize_Uses2026ListedAmountOrAddsEachAdditional(int size, long expected)
    {
        var guideline = PovertyGuidelines.InForceOn(new DateOnly(2026, 6, 1))!;

        Assert.Equal(expected, guideline.For(size));
    }
}
