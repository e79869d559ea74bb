using System.Globalization;
using System.Text.RegularExpressions;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Readability formulas for docs/plain-language.md: Flesch-Kincaid grade level (English) and Fernández-Huerta
/// (Spanish), with the syllable counts they need. Texts are split into sentences at ".", "?" and "!" (and ":" or ";"
/// that end a clause are not counted); a word is a run of letters (numbers, dates and amounts are not words).
/// </summary>
internal static partial class Readability
{
    /// <summary>Words, sentences and syllables of <paramref name="texts"/>, each text holding one or more sentences.</summary>
    public static (int Words, int Sentences, int Syllables) Count(IEnumerable<string> texts, Func<string, int> syllables)
    {
        int words = 0, sentences = 0, syl = 0;
        foreach (var text in texts)
        {
            var parts = SentenceEnd().Split(text).Where(s => WordPattern().IsMatch(s)).ToList();
            sentences += parts.Count;
            foreach (Match word in WordPattern().Matches(text))
            {
                words++;
                syl += syllables(word.Value);
            }
        }

        return (words, sentences, syl);
    }

    /// <summary>Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public static double FleschKincaidGrade((int Words, int Sentences, int Syllables) c) =>
        (0.39 * c.Words / c.Sentences) + (11.8 * c.Syllables / c.Words) - 15.59;

    /// <summary>Flesch Reading Ease (English): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.</summary>
    public static double FleschReadingEase((int Words, int Sentences, int Syllables) c) =>
        206.835 - (1.015 * c.Words / c.Sentences) - (84.6 * c.Syllables / c.Words);

    /// <summary>
    /// Fernández-Huerta (1959), Flesch's ease adapted to Spanish: 206.84 − 0.60 × P − 1.02 × F, where P is syllables
    /// per 100 words and F sentences per 100 words. 70–80 "bastante fácil" (about 7th grade), 60–70 "normal".
    /// </summary>
    public static double FernandezHuerta((int Words, int Sentences, int Syllables) c) =>
        206.84 - (0.60 * 100.0 * c.Syllables / c.Words) - (1.02 * 100.0 * c.Sentences / c.Words);

    /// <summary>
    /// English syllables, the usual heuristic: groups of vowels (a, e, i, o, u, y), less a silent final "e" (but not
    /// "-le") or "-es"/"-ed" after a consonant that adds no sound; at least one.
    /// </summary>
    public static int EnglishSyllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = EnglishVowels().Count(w);
        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !"aeiouy".Contains(w[^2], StringComparison.Ordinal))
        {
            count--;
        }
        else if (w.Length > 3 && (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
            && !"aeiouy".Contains(w[^3], StringComparison.Ordinal) && !"tdscxzg".Contains(w[^3], StringComparison.Ordinal))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    /// <summary>
    /// Spanish syllables: one per vowel nucleus. In a group of vowels, a weak vowel (i, u, ü without an accent, and
    /// "y" ending a word) joins its neighbour in a diphthong or triphthong (one syllable: "cuenta", "buey"); two
    /// strong vowels (a, e, o, or an accented í or ú) are a hiatus (two syllables: "leer", "día"). The "u" of
    /// "que/qui/gue/gui" is silent and so never adds one.
    /// </summary>
    public static int SpanishSyllables(string word)
    {
        var w = word.ToLower(CultureInfo.InvariantCulture);
        var count = 0;
        var previous = ' ';
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var isY = c == 'y' && i == w.Length - 1 && i > 0;
            if (!IsSpanishVowel(c) && !isY)
            {
                previous = ' ';
                continue;
            }

            // A new syllable at the first vowel of a group, and at each strong vowel following a strong vowel (hiatus).
            if (previous == ' ' || (IsStrong(previous) && IsStrong(c)))
            {
                count++;
            }

            previous = isY ? 'i' : c;
        }

        return Math.Max(1, count);
    }

    private static bool IsSpanishVowel(char c) => "aeiouáéíóúü".Contains(c, StringComparison.Ordinal);

    private static bool IsStrong(char c) => "aeoáéóíú".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"[.?!]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+(['’]\p{L}+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[aeiouy]+")]
    private static partial Regex EnglishVowels();
}
