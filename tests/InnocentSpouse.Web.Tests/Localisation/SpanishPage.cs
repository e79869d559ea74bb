using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InnocentSpouse.Domain.Report;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "a test fails if a sentence of the English page appears unchanged": the sentences of an English page's
/// title and main content, and which of them a Spanish render of the same page still shows. Citations, numbers and
/// names are allowed; the report's own texts (reasons, evidence, worksheet, deadlines: other areas of issue 13) can be
/// left out with <see cref="ReportTexts"/> until those areas are translated.
/// </summary>
internal static partial class SpanishPage
{
    /// <summary>The English page's sentences that the Spanish page still shows, except citations and <paramref name="leftOut"/>.</summary>
    /// <param name="englishHtml">The English page.</param>
    /// <param name="spanishHtml">The same page in Spanish.</param>
    /// <param name="leftOut">Texts whose sentences are not checked (e.g. <see cref="ReportTexts"/>).</param>
    public static IReadOnlyList<string> EnglishLeft(string englishHtml, string spanishHtml, IReadOnlyCollection<string>? leftOut = null)
    {
        var english = Parse(englishHtml);
        var spanish = Parse(spanishHtml);
        var spanishText = Normalize(spanish.Title + " " + spanish.QuerySelector("main")!.TextContent);
        // Each left-out text, and each of its sentences (a page may join one with a citation in one element).
        var others = (leftOut ?? []).Select(Normalize)
            .SelectMany(t => SentenceEnd().Split(t).Prepend(t))
            .Where(t => Words().IsMatch(t))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length)
            .ToList();
        return [.. Sentences(english)
            .Where(s => spanishText.Contains(s, StringComparison.Ordinal))
            .Where(s => !Allowed(s) && !FromOthers(s, others))];
    }

    /// <summary>
    /// Every text of the report as the engine and the catalogs wrote it (every string in its JSON form): reasons,
    /// caveats, factors, deadlines, next steps, evidence, worksheet and answers.
    /// </summary>
    public static IReadOnlyCollection<string> ReportTexts(ScreeningReport report)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonSerializer.SerializeToElement(report), texts);
        return texts;
    }

    /// <summary>Whitespace runs as one space, trimmed.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    // The sentences of the page's title and of every element's own text in its main content.
    private static List<string> Sentences(IDocument page) =>
        new[] { page.Title ?? "" }
            .Concat(page.QuerySelector("main")!.QuerySelectorAll("*")
                .Where(e => e.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
                .Select(e => e.TextContent))
            .SelectMany(t => SentenceEnd().Split(Normalize(t)))
            .Select(s => s.Trim())
            .Where(s => Words().IsMatch(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static void Collect(JsonElement element, HashSet<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }

                break;
            default:
                break;
        }
    }

    // A sentence made only of the report's texts (with what is left fewer than two words) belongs to another area.
    private static bool FromOthers(string sentence, List<string> others)
    {
        var rest = sentence;
        foreach (var text in others.Where(t => rest.Contains(t, StringComparison.Ordinal)))
        {
            rest = rest.Replace(text, " ", StringComparison.Ordinal);
        }

        return others.Any(t => t.Contains(sentence, StringComparison.Ordinal)) || (rest != sentence && Words().Count(Citation().Replace(rest, "")) < 2);
    }

    /// <summary>Citations, names and numbers that stay the same in Spanish, and words that are the same in both languages.</summary>
    private static bool Allowed(string sentence) =>
        sentence is "Error:" or "Factor" || (Citation().IsMatch(sentence) && Words().Count(Citation().Replace(sentence, "")) < 2);

    [GeneratedRegex(@"(?<=[.?!:;])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"IRC §[\d()a-zA-Z]+|Treas\. Reg\. §[\d.()\-a-zA-Z]+|Pub\. \d+[^;,]*|Letter \d+|Form \d+|Rev\. Proc\. [\d-]+|T\.C\.|U\.S\.C\.|InnocentSpouse")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
