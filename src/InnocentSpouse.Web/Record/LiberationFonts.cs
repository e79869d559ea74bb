using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace InnocentSpouse.Web.Record;

/// <summary>
/// The fonts of the PDF record: Liberation Sans (SIL OFL 1.1) from the operating system's package
/// (<c>apt-get install fonts-liberation2</c>; docs/adr/0010). PDFsharp has no fonts of its own on Linux, so this
/// resolver finds the four faces by file name. The app checks at start that they are there
/// (<see cref="EnsureInstalled(IReadOnlyList{string})"/>), so a missing package stops the app with a clear message
/// instead of failing on the first download.
/// </summary>
public sealed class LiberationFonts : IFontResolver
{
    /// <summary>The family every text of the record is set in.</summary>
    public const string Family = "Liberation Sans";

    /// <summary>The apt package that installs the fonts.</summary>
    public const string Package = "fonts-liberation2";

    private static readonly string[] Faces = ["Regular", "Bold", "Italic", "BoldItalic"];

    private readonly IReadOnlyList<string> _directories;
    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver that looks in <paramref name="directories"/>, in order.</summary>
    /// <param name="directories">Where to look; <see cref="Directories"/> in the app.</param>
    public LiberationFonts(IReadOnlyList<string> directories) => _directories = directories;

    /// <summary>
    /// Where the fonts are looked for, in order: Debian's and Ubuntu's <c>fonts-liberation2</c> path, then the path
    /// newer releases (which fold Liberation 2 into <c>fonts-liberation</c>) use. Same file names in both.
    /// </summary>
    public static IReadOnlyList<string> Directories { get; } =
        ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"];

    /// <summary>
    /// Installs a resolver over <see cref="Directories"/> as PDFsharp's global resolver, once per process, after
    /// checking that every face is there (the app does this at start; later calls return at once).
    /// </summary>
    /// <exception cref="InvalidOperationException">A face is missing: the message names the package to install.</exception>
    public static void Install()
    {
        if (GlobalFontSettings.FontResolver is LiberationFonts)
        {
            return;
        }

        EnsureInstalled(Directories);
        lock (Faces)
        {
            GlobalFontSettings.FontResolver ??= new LiberationFonts(Directories);
        }
    }

    /// <summary>Checks that all four faces of Liberation Sans are in one of <paramref name="directories"/>.</summary>
    /// <param name="directories">Where to look.</param>
    /// <exception cref="InvalidOperationException">A face is missing: the message names the package to install and where the fonts were looked for.</exception>
    public static void EnsureInstalled(IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var missing = Faces.Where(face => Find(directories, face) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The PDF record needs the {Family} fonts ({string.Join(", ", missing.Select(FileName))} not found in " +
                $"{string.Join(" or ", directories)}). Install them with: apt-get install {Package}");
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var face = (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };
        return Find(_directories, face) is { } path ? new FontResolverInfo(path) : null;
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        File.Exists(faceName) ? _bytes.GetOrAdd(faceName, File.ReadAllBytes) : null;

    private static string FileName(string face) => $"LiberationSans-{face}.ttf";

    private static string? Find(IReadOnlyList<string> directories, string face) =>
        directories.Select(d => Path.Combine(d, FileName(face))).FirstOrDefault(File.Exists);
}
