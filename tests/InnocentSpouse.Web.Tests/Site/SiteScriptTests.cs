using System.Security.Cryptography;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Site;

/// <summary>
/// Pages load a minified copy of the site's script (wwwroot/js/site.js), built from the readable source
/// (Scripts/site.js) by tools/js/minify-site-js.sh (docs/performance.md, "One script"). An edit to the source that
/// was not minified again would ship the old behaviour silently; the fix for a failure is to run that script and
/// commit its output.
/// </summary>
public sealed partial class SiteScriptTests
{
    private static readonly string Web = Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Web");

    [Fact]
    public void ShippedScript_NamesTheHashOfTheCurrentSource()
    {
        var source = File.ReadAllBytes(Path.Combine(Web, "Scripts", "site.js"));
        var firstLine = File.ReadLines(Path.Combine(Web, "wwwroot", "js", "site.js")).First();

        var built = BuiltFrom().Match(firstLine);

        Assert.True(built.Success, $"wwwroot/js/site.js does not start with the minifier's header: {firstLine}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(source)), built.Groups["hash"].Value);
    }

    [Fact]
    public void Source_IsNotServed()
    {
        Assert.False(File.Exists(Path.Combine(Web, "wwwroot", "Scripts", "site.js")));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(Web, "wwwroot", "js")), f => Path.GetFileName(f) != "site.js");
    }

    [GeneratedRegex(@"^/\*! Built from Scripts/site\.js \(sha256 (?<hash>[0-9a-f]{64})\)")]
    private static partial Regex BuiltFrom();
}
