using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Extensions;

namespace InnocentSpouse.Web.Tests.Safety;

/// <summary>
/// The strict Content Security Policy (issue 11): its header, the import map's nonce, and no inline style, script
/// or event handler in the web project's source. The browser suite checks the pages themselves in Chromium
/// (tests/InnocentSpouse.EndToEnd/ContentSecurityPolicyTests.cs).
/// </summary>
public sealed partial class ContentSecurityPolicyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex("<script type=\"importmap\" nonce=\"([^\"]+)\">")]
    private static partial Regex ImportMapNonce();

    private async Task<(string Policy, string Html)> GetAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        return (Assert.Single(response.Headers.GetValues("Content-Security-Policy")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_Get_PolicyIsStrictAndAllowsOnlyTheImportMapByItsNonce()
    {
        var (policy, html) = await GetAsync("/");
        var nonce = ImportMapNonce().Match(html).Groups[1].Value;

        Assert.Equal(
            "default-src 'self'; " +
            $"script-src 'self' 'nonce-{nonce}'; " +
            "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            policy);
        Assert.Equal(22, nonce.Length); // 16 random bytes in base64url, no padding
        Assert.DoesNotContain("unsafe-", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPageResponses_GetDifferentNonces()
    {
        var (first, _) = await GetAsync("/letters");
        var (second, _) = await GetAsync("/letters");

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/ping")]
    [InlineData("/api/v1/no-such-endpoint")]
    public async Task NonPageResponse_PolicyHasNoNonce(string path)
    {
        var (policy, _) = await GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy(nonce: null), policy);
        Assert.Contains("script-src 'self'; ", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/interview/no-such-page")]
    public async Task NotFoundPage_ImportMapNonceMatchesThePolicy(string path)
    {
        var (policy, html) = await GetAsync(path);
        var nonce = ImportMapNonce().Match(html).Groups[1].Value;

        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\sstyle\s*=|<style[\s>]|<script(?![^>]*\bsrc=)[^>]*>|(?-i:\son[a-z]+\s*=)|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineContent();

    /// <summary>
    /// The policy blocks inline styles, inline scripts and inline event handlers, so none may be written: a Razor
    /// file or a hand-written HTML string in C# that has one would lose it silently in the browser. Blazor's
    /// <c>@onclick</c>-style directives are not HTML attributes and are allowed.
    /// </summary>
    [Fact]
    public void WebProject_HasNoInlineStyleScriptOrEventHandler()
    {
        var root = Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Web");
        var found = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal))
            .Where(p => !Path.GetRelativePath(root, p).Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj" or "lib"))
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (File: Path.GetRelativePath(root, p), Line: i + 1, Text: line)))
            .Where(l => InlineContent().IsMatch(l.Text.Replace("@on", "@@", StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void InlineContentPattern_FindsWhatThePolicyBlocks()
    {
        string[] blocked =
        [
            "<p style=\"color: red\">", "<style>p { }</style>", "<script>alert(1)</script>", "<script type=\"importmap\">",
            "<button onclick=\"go()\">", "<a href=\"javascript:go()\">",
        ];
        string[] allowed =
        [
            "<script src=\"js/app.js\"></script>", "<form @onsubmit=\"SaveAsync\">", "<EditForm OnValidSubmit=\"SaveAsync\">", "<p class=\"usa-style\">",
        ];

        Assert.All(blocked, b => Assert.Matches(InlineContent(), b));
        Assert.All(allowed, a => Assert.DoesNotMatch(InlineContent(), a.Replace("@on", "@@", StringComparison.Ordinal)));
    }

}
