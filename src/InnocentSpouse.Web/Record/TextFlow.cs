using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace InnocentSpouse.Web.Record;

/// <summary>
/// The one text-flow helper of the PDF record (PDFsharp has no layout engine): paragraphs of styled runs wrapped to
/// the page width, headings and lead-ins that keep with what follows, list items with a marker and a hanging indent, page breaks,
/// and "Page n of N" footers. US Letter, 0.75 inch margins, Liberation Sans. Everything is drawn top-down; a line
/// that does not fit goes to a new page.
/// </summary>
public sealed class TextFlow : IDisposable
{
    private const double Margin = 54;
    private const double BodySize = 10;
    private const double SourceSize = 8.5;
    private const double Leading = 1.3;
    private const double Ascent = 0.905;   // Liberation Sans ascender / units per em (1854 / 2048)
    private const double ListIndent = 16;

    private static readonly double[] HeadingSizes = [20, 15, 12.5, 11];

    private readonly PdfDocument _document;
    private readonly Dictionary<(SpanStyle Style, double Size), XFont> _fonts = [];
    private readonly Dictionary<(XFont Font, string Word), double> _widths = [];
    private readonly XFont _footerFont;
    private readonly HashSet<string> _linkedOnPage = new(StringComparer.Ordinal);
    private PdfPage? _page;
    private XGraphics? _graphics;
    private double _y;

    /// <summary>Starts a flow that adds pages to <paramref name="document"/>; the first page is added by the first text.</summary>
    /// <param name="document">The document.</param>
    public TextFlow(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
        _footerFont = Font(SpanStyle.Source, SourceSize);
    }

    private static double Width => PageWidth - (2 * Margin);

    private static double PageWidth => XUnit.FromInch(8.5).Point;

    private static double PageHeight => XUnit.FromInch(11).Point;

    private static double Bottom => PageHeight - Margin - 18;   // room for the footer

    /// <summary>A heading: level 1 (the document) to 4. Never the last thing on a page: if it and two lines of body do not fit, it starts the next page.</summary>
    /// <param name="text">The heading.</param>
    /// <param name="level">1 to 4.</param>
    public void Heading(string text, int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, HeadingSizes.Length);
        var size = HeadingSizes[level - 1];
        var lines = Wrap([new TextSpan(text, SpanStyle.Bold)], Width, size);
        var before = _page is null || _y <= Margin ? 0 : size * 0.9;
        var keep = before + (lines.Count * size * Leading) + (size * 0.35) + (2 * BodySize * Leading);
        EnsureRoom(keep);
        if (_y > Margin)
        {
            _y += before;
        }

        DrawLines(lines, Margin, size);
        _y += size * 0.35;
    }

    /// <summary>A paragraph of runs, wrapped to the width, with a little space after.</summary>
    /// <param name="spans">The runs, in order.</param>
    public void Paragraph(params TextSpan[] spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        DrawLines(Wrap(spans, Width, BodySize), Margin, BodySize);
        _y += BodySize * 0.5;
    }

    /// <summary>A bold lead-in such as "Not certain:" that keeps with the next two lines (it never ends a page).</summary>
    /// <param name="text">The lead-in.</param>
    public void Lead(string text)
    {
        var lines = Wrap([new TextSpan(text, SpanStyle.Bold)], Width, BodySize);
        EnsureRoom((lines.Count + 2) * BodySize * Leading);
        DrawLines(lines, Margin, BodySize);
        _y += BodySize * 0.5;
    }

    /// <summary>A list item: <paramref name="marker"/> (e.g. "•" or "3.") hangs in the margin of the indented text.</summary>
    /// <param name="marker">The bullet or number.</param>
    /// <param name="spans">The item's runs.</param>
    public void Item(string marker, params TextSpan[] spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var lines = Wrap(spans, Width - ListIndent, BodySize);
        EnsureRoom(LineHeight(lines.FirstOrDefault(), BodySize));
        Graphics.DrawString(marker, Font(SpanStyle.Body, BodySize), XBrushes.Black, Margin, _y + (BodySize * Ascent), XStringFormats.BaseLineLeft);
        DrawLines(lines, Margin + ListIndent, BodySize);
        _y += BodySize * 0.25;
    }

    /// <summary>Vertical space.</summary>
    /// <param name="points">How much, in points.</param>
    public void Gap(double points) => _y += points;

    /// <summary>Starts a new page (nothing happens on a page that is still empty).</summary>
    public void PageBreak()
    {
        if (_page is not null && _y > Margin)
        {
            NewPage();
        }
    }

    /// <summary>Draws a footer at the foot of every page, e.g. "title - page n of N".</summary>
    /// <param name="footer">The footer's text for page n (from 1) of N, in the reader's language.</param>
    public void Footers(Func<int, int, string> footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = footer(i + 1, count);
            graphics.DrawString(text, _footerFont, XBrushes.Black, Margin, PageHeight - Margin, XStringFormats.BaseLineLeft);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _graphics?.Dispose();

    private XGraphics Graphics
    {
        get
        {
            if (_graphics is null)
            {
                NewPage();
            }

            return _graphics!;
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.Letter;
        _graphics = XGraphics.FromPdfPage(_page);
        _linkedOnPage.Clear();
        _y = Margin;
    }

    private void EnsureRoom(double height)
    {
        if (_graphics is null || _y + height > Bottom)
        {
            NewPage();
        }
    }

    private void DrawLines(List<Line> lines, double left, double size)
    {
        foreach (var line in lines)
        {
            var height = LineHeight(line, size);
            EnsureRoom(height);
            var baseline = _y + (line.Size * Ascent);
            var x = left;
            // One string (and one link area) per run of words from the same span: a smaller file than word by word.
            foreach (var run in Runs(line.Words))
            {
                var span = run[0].Span;
                var font = Font(span.Kind, SizeOf(span.Kind, size));
                var text = string.Join(" ", run.Select(w => w.Text));
                var width = run.Sum(w => w.Width) + ((run.Count - 1) * Measure(font, " "));
                Graphics.DrawString(text, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
                // Each address is clickable once per page (its first citation): dozens of identical link areas per page
                // would add about a fifth to the file and nothing for the reader.
                if (span.Link is { } link && _linkedOnPage.Add(link))
                {
                    // PDF user space starts at the bottom left; XGraphics at the top left.
                    var rect = new XRect(x, PageHeight - baseline - (font.Size * 0.25), width, font.Size * 1.15);
                    _page!.AddWebLink(new PdfRectangle(rect), link);
                }

                x += width + (run[^1].SpaceAfter ? Measure(font, " ") : 0);
            }

            _y += height;
        }
    }

    /// <summary>Splits a line into runs of consecutive words of one span joined by spaces.</summary>
    private static List<List<Word>> Runs(List<Word> words)
    {
        var runs = new List<List<Word>>();
        foreach (var word in words)
        {
            if (runs.Count > 0 && ReferenceEquals(runs[^1][^1].Span, word.Span) && runs[^1][^1].SpaceAfter)
            {
                runs[^1].Add(word);
            }
            else
            {
                runs.Add([word]);
            }
        }

        return runs;
    }

    private static double LineHeight(Line? line, double size) => (line?.Size ?? size) * Leading;

    /// <summary>Greedy word wrap; a word wider than the line (a long address) is cut by characters.</summary>
    private List<Line> Wrap(IEnumerable<TextSpan> spans, double width, double size)
    {
        var lines = new List<Line>();
        var current = new List<Word>();
        var x = 0.0;
        foreach (var span in spans)
        {
            var font = Font(span.Kind, SizeOf(span.Kind, size));
            var space = Measure(font, " ");
            var text = span.Text.Replace('\n', ' ');
            var parts = text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                var spaceAfter = i < parts.Length - 1;
                if (part.Length == 0)
                {
                    if (spaceAfter && current.Count > 0 && !current[^1].SpaceAfter)
                    {
                        current[^1] = current[^1] with { SpaceAfter = true };
                        x += space;
                    }

                    continue;
                }

                foreach (var piece in Pieces(font, part, width))
                {
                    var w = Measure(font, piece);
                    if (x + w > width && current.Count > 0)
                    {
                        lines.Add(new Line(current, size));
                        current = [];
                        x = 0;
                    }

                    current.Add(new Word(piece, span, w, false));
                    x += w;
                }

                if (spaceAfter)
                {
                    current[^1] = current[^1] with { SpaceAfter = true };
                    x += space;
                }
            }
        }

        if (current.Count > 0)
        {
            lines.Add(new Line(current, size));
        }

        return lines;
    }

    private IEnumerable<string> Pieces(XFont font, string word, double width)
    {
        if (Measure(font, word) <= width)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && Measure(font, word[start..end]) > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        yield return word[start..];
    }

    private double Measure(XFont font, string text)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = Graphics.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    private static double SizeOf(SpanStyle kind, double size) => kind == SpanStyle.Source ? Math.Min(size, SourceSize) : size;

    private XFont Font(SpanStyle kind, double size)
    {
        if (!_fonts.TryGetValue((kind, size), out var font))
        {
            var face = kind switch
            {
                SpanStyle.Bold => XFontStyleEx.Bold,
                SpanStyle.Italic => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(LiberationFonts.Family, size, face, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[(kind, size)] = font;
        }

        return font;
    }

    private sealed record Word(string Text, TextSpan Span, double Width, bool SpaceAfter);

    private sealed record Line(List<Word> Words, double Size);
}
