using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Site;

/// <summary>
/// The shipped USWDS stylesheet is purged to the classes the pages use (tools/uswds/refresh-uswds.sh, issue 11), so a
/// page that starts using a usa- class no page used before would lose its styles silently. These tests read the
/// source: every usa- class in a .razor, .cs or .js file of the web app must have a rule in a shipped stylesheet.
/// The fix for a failure is to run tools/uswds/refresh-uswds.sh and commit its output.
/// </summary>
public sealed class UswdsStylesheetTests
{
    private static readonly string Web = Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Web");

    private static readonly string[] Stylesheets =
    [
        Path.Combine(Web, "wwwroot", "lib", "uswds", "css", "uswds.min.css"),
        Path.Combine(Web, "wwwroot", "app.css"),
    ];

    [Fact]
    public void ShippedStylesheets_EveryUsaClassTheWebAppUses_HasARule()
    {
        var used = UsaClasses.UsedIn(SourceFiles());
        var styled = UsaClasses.StyledBy(Stylesheets.Select(File.ReadAllText));

        var missing = UsaClasses.Missing(used, styled);

        Assert.Equal([], missing);
    }

    [Fact]
    public void UsedIn_ClassesBuiltAtRunTime_AreExpandedFromTheirParts()
    {
        var used = UsaClasses.UsedIn(SourceFiles());

        Assert.Contains("usa-button--outline", used);
        Assert.Contains("usa-form-group--year", used);
        Assert.DoesNotContain(used, c => c.EndsWith('-') || c.EndsWith('_'));
    }

    [Fact]
    public void Missing_AClassNoStylesheetStyles_IsReported()
    {
        var used = UsaClasses.UsedIn([("Fake.razor", "<div class=\"usa-alert usa-fake-widget\"></div>")]);
        var styled = UsaClasses.StyledBy([".usa-alert{color:red}.usa-alert--info .usa-alert__body{margin:0}"]);

        var missing = UsaClasses.Missing(used, styled);

        Assert.Equal(["usa-fake-widget"], missing);
    }

    [Fact]
    public void UsedIn_ADynamicClassWithNoExpansionRule_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            UsaClasses.UsedIn([("Fake.razor", "<div class=\"usa-alert--@Kind\"></div>")]));

        Assert.Contains("usa-alert--", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PurgedStylesheet_ReferencesOnlyImagesThatAreShipped()
    {
        var css = File.ReadAllText(Stylesheets[0]);
        var cssFolder = Path.GetDirectoryName(Stylesheets[0])!;

        var missing = Regex.Matches(css, @"url\(\s*[""']?([^""')]+)[""']?\s*\)")
            .Select(m => m.Groups[1].Value)
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal))
            .Where(url => !File.Exists(Path.GetFullPath(Path.Combine(cssFolder, url))))
            .ToList();

        Assert.Equal([], missing);
        Assert.DoesNotContain("@font-face", css, StringComparison.Ordinal);
    }

    private static readonly string[] SourcePatterns = ["*.razor", "*.cs", "*.js"];

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        SourcePatterns
            .SelectMany(pattern => Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories))
            .Where(path => !IsUnder(path, "bin") && !IsUnder(path, "obj") && !IsUnder(path, Path.Combine("wwwroot", "lib")))
            .Select(path => (Path.GetRelativePath(Web, path), File.ReadAllText(path)));

    private static bool IsUnder(string path, string folder) =>
        Path.GetRelativePath(Web, path).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

}

/// <summary>Finds usa- class names in source and in stylesheets.</summary>
internal static partial class UsaClasses
{
    /// <summary>
    /// Classes the pages use that no USWDS 3.14.0 rule styles on their own, with the reason. A class here is used
    /// only as a hook or for its markup; anything else missing from the stylesheets is a page losing its styles.
    /// </summary>
    private static readonly Dictionary<string, string> NoRuleOfTheirOwn = new(StringComparer.Ordinal)
    {
        ["usa-footer--slim"] = "USWDS styles it only together with footer parts we do not use (usa-footer__nav, __logo, __address)",
        ["usa-header--basic"] = "USWDS styles it only together with the navigation we do not use (usa-nav, usa-navbar)",
        ["usa-summary-box__body"] = "USWDS 3.14.0 has no rule for it; it is part of the summary box's documented markup",
    };

    /// <summary>
    /// Classes the pages build at run time from a fixed start and a value, and where the values come from. Keep in
    /// step with the safelist in tools/uswds/purge-uswds.mjs.
    /// </summary>
    private static List<string> Expand(string prefix, IReadOnlyList<(string Path, string Text)> files) => prefix switch
    {
        // Components/Ui/Button.razor: $"usa-button--{Variant}"; the values are the Variant="…" attributes.
        "usa-button--" => files
            .SelectMany(f => VariantPattern().Matches(f.Text))
            .Select(m => prefix + m.Groups[1].Value)
            .ToList(),
        // Components/Ui/DateInput.razor: "usa-form-group--@css" for its day, month and year boxes.
        "usa-form-group--" => ["usa-form-group--day", "usa-form-group--month", "usa-form-group--year"],
        _ => throw new InvalidOperationException(
            $"'{prefix}' is the start of a class built at run time; add its values to UsaClasses.Expand and to the safelist in tools/uswds/purge-uswds.mjs."),
    };

    [GeneratedRegex(@"usa-[a-z0-9]+(?:(?:--?|__)[a-z0-9]+)*(?:--|__|-)?")]
    private static partial Regex UsedPattern();

    [GeneratedRegex(@"\.(usa-[A-Za-z0-9_-]+)")]
    private static partial Regex SelectorPattern();

    [GeneratedRegex(@"\bVariant=""([a-z0-9-]+)""")]
    private static partial Regex VariantPattern();

    /// <summary>Every usa- class named in the files, with classes built from parts expanded.</summary>
    public static SortedSet<string> UsedIn(IEnumerable<(string Path, string Text)> files)
    {
        var list = files.ToList();
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in list.SelectMany(f => UsedPattern().Matches(f.Text)).Select(m => m.Value).Distinct())
        {
            if (name.EndsWith('-') || name.EndsWith('_'))
            {
                used.UnionWith(Expand(name, list));
            }
            else
            {
                used.Add(name);
            }
        }

        return used;
    }

    /// <summary>Every usa- class that appears in a selector of the stylesheets.</summary>
    public static HashSet<string> StyledBy(IEnumerable<string> stylesheets) =>
        stylesheets.SelectMany(css => SelectorPattern().Matches(css)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Used classes with no rule, less those known to need none.</summary>
    public static List<string> Missing(IEnumerable<string> used, IReadOnlySet<string> styled) =>
        used.Where(c => !styled.Contains(c) && !NoRuleOfTheirOwn.ContainsKey(c)).ToList();
}
