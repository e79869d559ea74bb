using InnocentSpouse.Data;
using InnocentSpouse.Web.Clinic.Intake;

namespace InnocentSpouse.Web.Tests.Clinic.Intake;

/// <summary>How the import page reads what staff paste: a share link, its token, or a resume code.</summary>
public sealed class CaseImportTests
{
    private const string Token = "AbCdEfGhIjKlMnOpQrSt_-";

    [Theory]
    [InlineData("https://screener.example.org/shared/" + Token)]
    [InlineData("  https://screener.example.org/shared/" + Token + "?lang=es#top ")]
    [InlineData("http://localhost:5080/shared/" + Token + "/record.pdf")]
    [InlineData(Token)]
    public void Parse_ShareLinkOrItsToken_GivesTheToken(string pasted)
    {
        Assert.Equal(new CaseImport.Source(Token, null), CaseImport.Parse(pasted));
    }

    [Fact]
    public void Parse_ResumeCodeAsPeopleTypeIt_GivesTheCode()
    {
        var code = ResumeCode.Generate();

        Assert.Equal(new CaseImport.Source(null, code), CaseImport.Parse(code.Display.ToLowerInvariant()));
        Assert.Equal(new CaseImport.Source(null, code), CaseImport.Parse(code.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("https://screener.example.org/shared/short")]
    [InlineData("https://screener.example.org/interview/results")]
    [InlineData("7KQ2M-4TR8X")]
    public void Parse_NeitherLinkNorCode_IsNull(string pasted)
    {
        Assert.Null(CaseImport.Parse(pasted));
    }
}
