using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>The language list is checked at start (style.md §6: options are validated).</summary>
public sealed class LocalisationOptionsTests
{
    private static LocalisationOptions With(params string[] cultures)
    {
        var options = new LocalisationOptions();
        foreach (var culture in cultures)
        {
            options.Cultures.Add(culture);
        }

        return options;
    }

    [Fact]
    public void EnglishAndSpanish_AreValid() =>
        Assert.True(new LocalisationOptionsValidator().Validate(null, With("en-US", "es-US")).Succeeded);

    [Theory]
    [InlineData("en-US", "fr-FR")] // no texts for French yet
    [InlineData("es-US", "en-US")] // the default must be English
    [InlineData("en-US", "es")] // a language without a region
    [InlineData("en-US", "es-US", "es-MX")] // two cultures for one language
    [InlineData("en-US", "xx-YY")] // not a culture
    public void Invalid_Lists_FailAtStart(params string[] cultures) =>
        Assert.False(new LocalisationOptionsValidator().Validate(null, With(cultures)).Succeeded);

    [Fact]
    public void Empty_List_FailsAtStart() =>
        Assert.False(new LocalisationOptionsValidator().Validate(null, With()).Succeeded);
}
