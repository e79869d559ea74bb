using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 13, "Quality": the Spanish texts use the IRS's terms of docs/glossary-es.tsv and never a rival term, and
/// speak to the reader as "usted" (docs/glossary-es.md, "How a test should use the TSV" and "Conventions").
/// </summary>
public sealed partial class GlossaryTermTests
{
    private sealed record Term(string Key, string English, string Spanish, IReadOnlyList<string> Avoid);

    private static readonly List<Term> Glossary = ReadGlossary("es");

    private static IEnumerable<(ResxFile File, ResxEntry Entry)> SpanishTexts =>
        TranslationFiles.All.Where(f => f.Language == "es").SelectMany(f => f.Entries.Values.Select(e => (f, e)));

    [Fact]
    public void Glossary_HasTermsAndRivalTerms()
    {
        Assert.True(Glossary.Count >= 50, $"{Glossary.Count} terms read from docs/glossary-es.tsv");
        Assert.True(Glossary.Sum(t => t.Avoid.Count) >= 40, "too few rival terms read: is the avoid column still the fourth?");
    }

    [Fact]
    public void SpanishTexts_UseNoRivalTermOfTheGlossary()
    {
        var found = from text in SpanishTexts
                    from term in Glossary
                    from avoid in term.Avoid
                    where Normalize(text.Entry.Value).Contains(Normalize(avoid), StringComparison.Ordinal)
                    select $"{text.File.RelativePath}: {text.Entry.Key} uses \"{avoid}\"; the glossary term ({term.Key}) is \"{term.Spanish}\"";

        Assert.Equal([], found);
    }

    /// <summary>
    /// A text whose translator comment says "Glossary: key, key." must contain each of those terms (docs/localisation.md
    /// says how to map a text to its concepts).
    /// </summary>
    [Fact]
    public void SpanishTexts_ContainTheGlossaryTermsTheirCommentNames()
    {
        var byKey = Glossary.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var english = TranslationFiles.English.ToDictionary(f => f.Path[..^".resx".Length], StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (file, entry) in SpanishTexts)
        {
            var comment = english[file.Path[..^".es.resx".Length]].Entries.GetValueOrDefault(entry.Key)?.Comment ?? entry.Comment;
            foreach (var concept in GlossaryKeysIn(comment))
            {
                if (!byKey.TryGetValue(concept, out var term))
                {
                    problems.Add($"{file.RelativePath}: {entry.Key} names \"{concept}\", which is not a glossary key");
                }
                else if (!Normalize(entry.Value).Contains(Normalize(term.Spanish), StringComparison.Ordinal))
                {
                    problems.Add($"{file.RelativePath}: {entry.Key} should say \"{term.Spanish}\" ({concept})");
                }
            }
        }

        Assert.Equal([], problems);
    }

    [Fact]
    public void SpanishTexts_SayUsted_NeverTu()
    {
        var found = SpanishTexts
            .Where(t => TuForm().IsMatch(t.Entry.Value))
            .Select(t => $"{t.File.RelativePath}: {t.Entry.Key}: \"{TuForm().Match(t.Entry.Value).Value}\"");

        Assert.Equal([], found);
    }

    [Fact]
    public void GlossaryCheck_FindsARivalTerm_WhateverItsCaseAndAccentForm()
    {
        var decomposed = "La EXENCIÓN DEL CÓNYUGE INOCENTE".Normalize(NormalizationForm.FormD);

        Assert.Contains(Normalize("exención del cónyuge inocente"), Normalize(decomposed), StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);

    private static string[] GlossaryKeysIn(string? comment)
    {
        var match = comment is null ? Match.Empty : GlossaryComment().Match(comment);
        return match.Success
            ? match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
    }

    private static List<Term> ReadGlossary(string language)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", $"glossary-{language}.tsv"), Encoding.UTF8);
        var header = lines[0].Split('\t');
        Assert.Equal(["key", "en", language, "avoid", "source"], header);
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(c => new Term(
            c[0], c[1], c[2], c[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
    }

    [GeneratedRegex(@"Glossary:\s*([a-z0-9\-,\s]+)")]
    private static partial Regex GlossaryComment();

    // docs/glossary-es.md, "Register": tú, tienes, puedes, debes, eres, tus and a standalone tu.
    [GeneratedRegex(@"(?<!\p{L})(tú|tu|tus|tienes|puedes|debes|eres)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TuForm();
}
