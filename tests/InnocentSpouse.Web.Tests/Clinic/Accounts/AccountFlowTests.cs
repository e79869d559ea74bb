using InnocentSpouse.Web.Clinic.Account;

namespace InnocentSpouse.Web.Tests.Clinic.Accounts;

/// <summary>Where sign-in sends a member back to: workspace paths on this site only (no open redirect).</summary>
public sealed class AccountFlowTests
{
    [Theory]
    [InlineData("/clinic/cases/abc", "/clinic/cases/abc")]
    [InlineData("/clinic?status=Filed", "/clinic?status=Filed")]
    [InlineData("/clinic", "/clinic")]
    [InlineData(null, "/clinic")]
    [InlineData("https://evil.example/clinic", "/clinic")]
    [InlineData("//evil.example/clinic", "/clinic")]
    [InlineData("/\\evil.example", "/clinic")]
    [InlineData("/clinic//evil.example", "/clinic")]
    [InlineData("/results", "/clinic")]
    [InlineData("/clinicx", "/clinic")]
    [InlineData("/clinic/sign-in/code", "/clinic")]
    public void ReturnUrl_OnlyWorkspacePaths_ElseTheCaseList(string? returnUrl, string expected)
    {
        Assert.Equal(expected, AccountFlow.SafeReturnUrl(returnUrl));
    }
}
