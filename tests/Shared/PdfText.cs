using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace InnocentSpouse.Tests.Shared;

/// <summary>A PDF read back with PdfPig 0.1.16: its text (words joined by single spaces, page footers removed), pages and metadata.</summary>
/// <param name="Text">Every page's words in order, joined by single spaces, without the "… - page n of N" footers (Spanish "… - página n de N").</param>
/// <param name="Pages">Each page's words joined by single spaces (footer included).</param>
/// <param name="Title">The document's Title metadata.</param>
/// <param name="Author">The document's Author metadata.</param>
/// <param name="FontNames">The distinct font names the text is set in (subset prefixes included, e.g. "ABCDEF+LiberationSans-Bold").</param>
public sealed record PdfText(string Text, IReadOnlyList<string> Pages, string? Title, string? Author, IReadOnlyList<string> FontNames)
{
    /// <summary>Reads <paramref name="bytes"/>; throws if they are not a PDF.</summary>
    public static PdfText Read(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var fonts = pdf.GetPages().SelectMany(p => p.Letters.Select(l => l.FontName ?? "")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // The footer repeats the title: "<title> - page n of N" (Spanish "<title> - página n de N"), drawn last on each page.
        var footer = new Regex(Regex.Escape(pdf.Information.Title ?? "") + @" - (page \d+ of|página \d+ de) \d+$");
        var text = string.Join(" ", pages.Select(p => footer.Replace(p, "").TrimEnd()));
        return new PdfText(text, pages, pdf.Information.Title, pdf.Information.Author, fonts);
    }

    /// <summary>How many times <paramref name="phrase"/> appears in the text.</summary>
    public int Count(string phrase) => Regex.Count(Text, Regex.Escape(phrase));
}
