using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "a test fails if a sentence of the English page appears unchanged": the sentences of an English page's
/// title and main content, and which of them a Spanish render of the same page still shows. Citations, numbers and
/// names are allowed. Also the same check for the report's own texts in another rendering (the PDF record).
/// </summary>
internal static partial class SpanishPage
{
    /// <summary>The English page's sentences that the Spanish page still shows, except citations.</summary>
    /// <param name="englishHtml">The English page.</param>
    /// <param name="spanishHtml">The same page in Spanish.</param>
    public static IReadOnlyList<string> EnglishLeft(string englishHtml, string spanishHtml)
    {
        var english = Parse(englishHtml);
        var spanish = Parse(spanishHtml);
        var spanishText = Normalize(spanish.Title + " " + spanish.QuerySelector("main")!.TextContent);
        return [.. Sentences(english)
            .Where(s => spanishText.Contains(s, StringComparison.Ordinal))
            .Where(s => !Allowed(s))];
    }

    /// <summary>The sentences of <paramref name="englishTexts"/> (two words or more, not citations) that <paramref name="spanishText"/> still holds.</summary>
    public static IReadOnlyList<string> EnglishLeftIn(string spanishText, IEnumerable<string> englishTexts)
    {
        var text = Normalize(spanishText);
        return [.. englishTexts
            .SelectMany(t => SentenceEnd().Split(Normalize(t)))
            .Select(s => s.Trim())
            .Where(s => Words().Count(s) >= 2 && !Allowed(s) && text.Contains(s, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every text of the report as the engine and the catalogs wrote it (every string in its JSON form but the
    /// citations): reasons, caveats, factors, deadlines, next steps, evidence, worksheet and answers.
    /// </summary>
    public static IReadOnlyCollection<string> ReportTexts(ScreeningReport report)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonSerializer.SerializeToElement(report), texts);
        return texts;
    }

    /// <summary>Every citation of the report, as shown (<c>SourceRef.Display</c>): the same in every language.</summary>
    public static IReadOnlyCollection<string> CitationsOf(ScreeningReport report)
    {
        var citations = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonSerializer.SerializeToElement(report), [], citations);
        return citations;
    }

    /// <summary><paramref name="text"/> with each of <paramref name="citations"/> taken out, whitespace normalized.</summary>
    public static string WithoutCitations(string text, IEnumerable<string> citations) =>
        citations.OrderByDescending(c => c.Length).Aggregate(Normalize(text), (t, c) => t.Replace(c, " ", StringComparison.Ordinal));

    /// <summary>Whitespace runs as one space, trimmed.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    // The sentences of the page's title and of every element's own text in its main content.
    private static List<string> Sentences(IDocument page) =>
        new[] { page.Title ?? "" }
            .Concat(page.QuerySelector("main")!.QuerySelectorAll("*")
                .Where(e => e.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
                .Select(e => e.TextContent)
                .Where(t => !IsCitation(Normalize(t))))
            .SelectMany(t => SentenceEnd().Split(Normalize(t)))
            .Select(s => s.Trim())
            .Where(s => Words().IsMatch(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static void Collect(JsonElement element, HashSet<string> texts, HashSet<string>? citations = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts, citations);
                }

                break;
            case JsonValueKind.Object when element.TryGetProperty(nameof(SourceRef.Display), out var citation):
                citations?.Add(citation.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts, citations);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>
    /// A line that is a citation (<c>SourceRef.Display</c>): they stay as written in every language
    /// (docs/localisation.md). It starts, after an optional "(", with a section sign, the document of a named citation
    /// or of one the citation builders make, or names a case.
    /// </summary>
    public static bool IsCitation(string line)
    {
        var start = line.TrimStart('(', ' ');
        return start.StartsWith('§') || CitedDocuments.Any(d => start.StartsWith(d, StringComparison.Ordinal)) || Case().IsMatch(start);
    }

    private static readonly string[] CitedDocuments =
    [
        .. typeof(Citations).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(SourceRef))
            .Select(p => ((SourceRef)p.GetValue(null)!).Document),
        Citations.Pub971("").Document, Citations.Irc("§1").Document, Citations.Reg("§1").Document, Citations.RevProc("").Document,
        Citations.Form8857("").Document, Citations.Form8857Instructions("").Document, Citations.Form8379Instructions("").Document,
    ];


    [GeneratedRegex(@"^[A-Z][\w.&' ]+ v\. (Commissioner|United States)\b")]
    private static partial Regex Case();

    /// <summary>Citations, names and numbers that stay the same in Spanish, and words that are the same in both languages.</summary>
    private static bool Allowed(string sentence) =>
        sentence is "Error:" or "Factor" || IsCitation(sentence) || (Citation().IsMatch(sentence) && Words().Count(Citation().Replace(sentence, "")) < 2);

    // A sentence ends after . ? ! : ; but not after a citation's abbreviation ("Pub. 971", "Rev. Proc.", "Sept.").
    [GeneratedRegex(@"(?<=[.?!:;])(?<!\b(?:Pub|Reg|Treas|Proc|Rev|Memo|v|T\.C|Cir|Dec|Sept|No)\.)(?<!\b(?:Pub|Reg|Treas|Proc|Rev|Memo|Cir|Dec|Sept|No)\.[^;]{0,40};)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"IRC §[\d()a-zA-Z]+|Treas\. Reg\. §[\d.()\-a-zA-Z]+|Pub\. \d+[^;,]*|Letter \d+|Form \d+|Rev\. Proc\. [\d-]+|T\.C\.|U\.S\.C\.|InnocentSpouse")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
