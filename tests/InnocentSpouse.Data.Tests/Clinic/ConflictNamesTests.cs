using InnocentSpouse.Data.Clinic;

namespace InnocentSpouse.Data.Tests.Clinic;

/// <summary>The conflict check's name normalisation (issue 14: case, accents, middle names).</summary>
public sealed class ConflictNamesTests
{
    [Theory]
    [InlineData("José ÁLVAREZ", "jose alvarez")]
    [InlineData("  Mary   o'brien-smith ", "mary o brien smith")]
    [InlineData("Zoë Ńguyễn", "zoe nguyen")]
    [InlineData("ＭＡＲＩＡ Garcia", "maria garcia")]
    public void Words_FoldCaseAccentsAndPunctuation(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', ConflictNames.Words(name)));

    [Fact]
    public void Keys_PairTheFirstNameWithEachLaterName_SoMiddleNamesAndSecondSurnamesStillMatch()
    {
        Assert.Equal(["maria jose", "maria garcia", "maria lopez"], ConflictNames.Keys("María José García López"));
        Assert.Equal(["john smith"], ConflictNames.Keys("JOHN smith"));
    }

    [Fact]
    public void Keys_OfAOneWordName_AreNone_SoNothingIsClaimedChecked() =>
        Assert.Empty(ConflictNames.Keys("Cher"));

    [Theory]
    [InlineData("María José García López", "Maria Garcia")]
    [InlineData("John Michael Smith", "john smith")]
    [InlineData("Renée O'Neil", "RENEE ONEIL x", false)]
    public void Keys_MatchAcrossVariants(string first, string second, bool expected = true) =>
        Assert.Equal(expected, ConflictNames.Keys(first).Intersect(ConflictNames.Keys(second)).Any());
}
