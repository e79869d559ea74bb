using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>One key of a .resx file: its value and its translator comment.</summary>
internal sealed record ResxEntry(string Key, string Value, string? Comment);

/// <summary>A .resx file of the source tree: <c>Name.resx</c> (English) or <c>Name.&lt;lang&gt;.resx</c>.</summary>
internal sealed record ResxFile(string Path, string BaseName, string? Language, IReadOnlyDictionary<string, ResxEntry> Entries)
{
    public string RelativePath => System.IO.Path.GetRelativePath(RepoPaths.Root, Path);
}

/// <summary>The texts of every language, read from the source tree (ADR 0011): the files the app is built from.</summary>
internal static partial class TranslationFiles
{
    /// <summary>Every .resx under src/, English and translations.</summary>
    public static IReadOnlyList<ResxFile> All { get; } = Load();

    /// <summary>The English files (no language in the name).</summary>
    public static IEnumerable<ResxFile> English => All.Where(f => f.Language is null);

    /// <summary>The translations of <paramref name="english"/>.</summary>
    public static IEnumerable<ResxFile> TranslationsOf(ResxFile english) =>
        All.Where(f => f.Language is not null && f.BaseName == english.BaseName && System.IO.Path.GetDirectoryName(f.Path) == System.IO.Path.GetDirectoryName(english.Path));

    /// <summary>The languages the web app offers besides English (appsettings.json, Localisation:Cultures).</summary>
    public static IReadOnlyList<string> OfferedLanguages { get; } = ReadOfferedLanguages();

    private static List<ResxFile> Load()
    {
        var src = System.IO.Path.Combine(RepoPaths.Root, "src");
        return [.. Directory.EnumerateFiles(src, "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)];
    }

    private static ResxFile Read(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        var (baseName, language) = dot < 0 ? (name, (string?)null) : (name[..dot], name[(dot + 1)..]);
        var entries = XDocument.Load(path).Root!.Elements("data")
            .Select(d => new ResxEntry((string)d.Attribute("name")!, (string?)d.Element("value") ?? "", (string?)d.Element("comment")))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);
        return new ResxFile(path, baseName, language, entries);
    }

    private static List<string> ReadOfferedLanguages()
    {
        var settings = System.IO.Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Web", "appsettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        return [.. json.RootElement.GetProperty("Localisation").GetProperty("Cultures").EnumerateArray()
            .Select(c => c.GetString()!.Split('-')[0])
            .Where(l => l != "en")];
    }

    /// <summary>The <c>{0}</c>-style places of a format text, in order of number.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The tags of a markup text (<c>strong</c>, <c>/strong</c>, …), sorted.</summary>
    public static IReadOnlyList<string> Tags(string text) =>
        [.. TagPattern().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"<(/?[a-zA-Z]+)[^>]*>")]
    private static partial Regex TagPattern();
}
