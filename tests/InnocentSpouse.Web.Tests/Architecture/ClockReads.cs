using System.Text.RegularExpressions;

namespace InnocentSpouse.Web.Tests.Architecture;

/// <summary>One place in a source file that reads (or may read) the real clock.</summary>
/// <param name="File">The file, relative to the repository root, with '/' separators.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Text">What was found, e.g. "DateTime.UtcNow".</param>
public sealed record ClockRead(string File, int Line, string Text)
{
    public override string ToString() => $"{File}:{Line}: {Text}";
}

/// <summary>
/// Finds reads of the real clock in C# and Razor source text: <c>DateTime.Now/UtcNow/Today</c>,
/// <c>DateTimeOffset.Now/UtcNow</c>, <c>TimeProvider.System</c>, and <c>GetUtcNow()</c>/<c>GetLocalNow()</c> called on
/// anything but a variable or field the same file declares as a <c>ManualClock</c> (a fixed test clock). Comment lines
/// are skipped. Timeouts and stopwatches (<c>Stopwatch</c>, <c>TimeSpan</c>, <c>Task.Delay</c>) are not clock reads.
/// </summary>
public static partial class ClockReads
{
    [GeneratedRegex(@"\b(?:DateTime\s*\.\s*(?:Now|UtcNow|Today)|DateTimeOffset\s*\.\s*(?:Now|UtcNow)|TimeProvider\s*\.\s*System)\b")]
    private static partial Regex StaticRead();

    [GeneratedRegex(@"(?:(\b[A-Za-z_][A-Za-z0-9_]*)\s*\.\s*|\?\.\s*|\)\s*\.\s*)(GetUtcNow|GetLocalNow)\s*\(")]
    private static partial Regex ProviderRead();

    /// <summary>Every clock read in <paramref name="source"/>, reported as <paramref name="file"/>.</summary>
    public static IReadOnlyList<ClockRead> In(string file, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var found = new List<ClockRead>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('*') || line.StartsWith("@*", StringComparison.Ordinal))
            {
                continue;
            }

            found.AddRange(StaticRead().Matches(line).Select(m => new ClockRead(file, i + 1, Regex.Replace(m.Value, @"\s", ""))));
            foreach (Match m in ProviderRead().Matches(line))
            {
                var receiver = m.Groups[1].Success ? m.Groups[1].Value : null;
                if (receiver is null || !IsManualClock(source, receiver))
                {
                    found.Add(new ClockRead(file, i + 1, $"{receiver ?? "(expression)"}.{m.Groups[2].Value}()"));
                }
            }
        }

        return found;
    }

    /// <summary>Every clock read in the *.cs and *.razor files under <paramref name="folders"/> (bin and obj skipped).</summary>
    public static IReadOnlyList<ClockRead> Under(string root, params string[] folders) =>
        [.. folders
            .Select(f => Path.Combine(root, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.*", SearchOption.AllDirectories))
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".razor", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .SelectMany(p => In(p, File.ReadAllText(Path.Combine(root, p))))];

    /// <summary>The file declares <paramref name="name"/> as a ManualClock (field, property, local or parameter).</summary>
    private static bool IsManualClock(string source, string name) =>
        Regex.IsMatch(source, $@"\bManualClock\??\s+{Regex.Escape(name)}\b") ||
        Regex.IsMatch(source, $@"\b{Regex.Escape(name)}\s*=\s*new\s+ManualClock\b");
}
