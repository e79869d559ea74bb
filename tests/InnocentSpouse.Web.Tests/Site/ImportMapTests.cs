using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Extensions;

namespace InnocentSpouse.Web.Tests.Site;

/// <summary>
/// Pages carry a small import map (issue 11, first-page budget): only Blazor's script, mapped to a file that is
/// served, with no integrity list and nothing for the unused Interactive Server script.
/// </summary>
public sealed partial class ImportMapTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex("<script type=\"importmap\"[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [Theory]
    [InlineData("/")]
    [InlineData("/interview")]
    [InlineData("/letters/4390")]
    public async Task Page_ImportMap_MapsOnlyBlazorsScriptToAServedFile(string path)
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        var map = ImportMap().Matches(html);
        Assert.Single(map);
        using var json = JsonDocument.Parse(map[0].Groups[1].Value);
        var imports = json.RootElement.GetProperty("imports").EnumerateObject().ToList();
        Assert.Equal([ImportMaps.BlazorWeb], imports.Select(i => i.Name));
        Assert.False(json.RootElement.TryGetProperty("integrity", out _));
        Assert.InRange(map[0].Groups[1].Length, 1, 300);

        var target = imports[0].Value.GetString()!;
        Assert.Matches(@"^\./_framework/blazor\.web\.[a-z0-9]+\.js$", target);
        var script = await client.GetAsync(new Uri(target[1..], UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
