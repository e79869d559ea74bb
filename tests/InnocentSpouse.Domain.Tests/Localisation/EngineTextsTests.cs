using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// The eligibility engine's texts (issue 13, es-engine; docs/localisation.md, "Results in other languages"): every
/// outcome summary and caveat, rule statement, edge assumption, caveat and "Partial" limitation of the catalog, and
/// every rule explanation, rule caveat and factor line (the <see cref="KeyedText"/> fields), has a translation in every
/// offered language with the same <c>{0}</c> places, and the engine gives them in the reader's language.
/// </summary>
public sealed partial class EngineTextsTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    // The key families the engine owns; a translation of one of them that the code no longer uses is reported.
    private static readonly string[] Families = ["assumption.", "limitation.", "reason.", "factor."];

    /// <summary>Every engine text key, with the English written in the code: the catalog walk plus every <see cref="KeyedText"/> field.</summary>
    internal static IEnumerable<(string Key, string English)> EngineTexts() =>
        FlowchartCatalog.Pub971Dec2021.All.SelectMany(FlowchartTexts.TextKeys).Concat(KeyedTexts().Select(t => (t.Key, t.English)));

    /// <summary>The <see cref="KeyedText"/> fields of the Domain (rule explanations and caveats, factor names and lines).</summary>
    internal static IEnumerable<KeyedText> KeyedTexts() =>
        typeof(KeyedText).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .SelectMany(f => f.FieldType == typeof(KeyedText) ? [(KeyedText)f.GetValue(null)!]
                : f.FieldType == typeof(KeyedText[]) ? (KeyedText[])f.GetValue(null)! : []);

    [Fact]
    public void CatalogWalk_FindsTheRuleAndFactorTexts()
    {
        var keys = EngineTexts().Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("reason.two-year-window.open", keys);
        Assert.Contains("reason.traditional-window.closed", keys);
        Assert.Contains("reason.injured-spouse-window.closed", keys);
        Assert.Contains("factor.marital-status.name", keys);
        Assert.Contains("assumption.a-joint-return.not-sure", keys);
        Assert.Contains("limitation.b-disqualified-assets.not-sure", keys);
        Assert.Contains("caveat.cp-traditional-window.no", keys);
        Assert.Contains("reason.c-factors.statement", keys);
    }

    [Fact]
    public void EveryEngineText_HasATranslation_WithTheSamePlaces_AndNoneLeftOver()
    {
        var texts = EngineTexts().ToList();
        var problems = CodeTextChecks.Problems(texts, Families[0], new HashSet<string>(StringComparer.Ordinal));
        foreach (var family in Families.Skip(1))
        {
            problems.AddRange(CodeTextChecks.DomainTranslations.SelectMany(file => file.Entries.Keys
                .Where(k => k.StartsWith(family, StringComparison.Ordinal) && !texts.Any(t => t.Key == k))
                .Select(k => $"{file.RelativePath}: {k} is not used by the code")));
        }

        Assert.Equal([], problems);
    }

    [Fact]
    public void SameEnglish_HasTheSameTranslation_SoACaveatGivenTwiceIsShownOnce()
    {
        // The engine shows a caveat once when a rule and an outcome (or two edges) give the same text.
        foreach (var file in CodeTextChecks.DomainTranslations)
        {
            var clashes = EngineTexts().Distinct()
                .Where(t => file.Entries.ContainsKey(t.Key))
                .GroupBy(t => t.English, StringComparer.Ordinal)
                .Where(g => g.Select(t => file.Entries[t.Key].Value).Distinct(StringComparer.Ordinal).Count() > 1)
                .Select(g => $"{file.RelativePath}: {string.Join(", ", g.Select(t => t.Key))}");

            Assert.Equal([], clashes);
        }
    }

    [Fact]
    public void KeyedTextKeys_AreUnique()
    {
        var twice = KeyedTexts().GroupBy(t => t.Key).Where(g => g.Select(t => t.English).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Equal([], twice);
    }

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void EngineResult_InSpanish_LeavesNoEngineTextInEnglish(string truth)
    {
        var answers = ExpectedResults.AnswersFor(Truths.All().Single(t => t.Name == truth).Answers, 2023);
        var english = UiCulture.InCulture(English, () => ScreeningEngine.Evaluate(answers, AsOf));
        var spanish = UiCulture.InCulture(Spanish, () => ScreeningEngine.Evaluate(answers, AsOf));

        var englishTexts = Texts(english).ToHashSet(StringComparer.Ordinal);
        // Answers the same in both languages ("No", a date as written) are not sentences: a text needs a word of three letters.
        var left = Texts(spanish).Where(englishTexts.Contains).Where(t => Word().IsMatch(t)).Distinct();

        Assert.Equal([], left);
        Assert.Equal(Shape(english), Shape(spanish));
    }

    [Fact]
    public void EngineResult_InEnglish_IsTheCodesEnglish()
    {
        var answers = ExpectedResults.AnswersFor(Truths.FigureC(), 2023);

        var result = UiCulture.InCulture(English, () => ScreeningEngine.Evaluate(answers, AsOf));
        var invariant = UiCulture.InCulture(CultureInfo.InvariantCulture, () => ScreeningEngine.Evaluate(answers, AsOf));

        Assert.Equal(Texts(invariant), Texts(result));
        var equitable = result.Years[0].Reliefs.Single(r => r.Relief == ReliefType.EquitableRelief);
        Assert.Equal("Marital status", equitable.Factors[0].Factor);
        Assert.Equal("You are divorced.", equitable.Factors[0].Because);
    }

    [Fact]
    public void FactorTable_InSpanish_NamesTheFactors()
    {
        var answers = ExpectedResults.AnswersFor(Truths.FigureC(), 2023);

        var result = UiCulture.InCulture(Spanish, () => ScreeningEngine.Evaluate(answers, AsOf));

        var equitable = result.Years[0].Reliefs.Single(r => r.Relief == ReliefType.EquitableRelief);
        Assert.Equal("Estado civil", equitable.Factors[0].Factor);
        Assert.Equal("Usted se divorció.", equitable.Factors[0].Because);
    }

    [GeneratedRegex("[A-Za-z]{3}")]
    private static partial Regex Word();

    // Every text of the result that a page shows (citations are not texts: they stay as they are).
    private static IEnumerable<string> Texts(ScreeningResult result) =>
        result.Years.SelectMany(y => y.Reliefs).SelectMany(r =>
            new[] { r.Summary }
                .Concat(r.Caveats)
                .Concat(r.Reasons.SelectMany(s => new[] { s.Question, s.Answer, s.Assumption }.OfType<string>()))
                .Concat(r.Factors.SelectMany(f => new[] { f.Factor, f.Because })));

    // The same walk in both languages: the same outcomes, steps and factor leans.
    private static IEnumerable<string> Shape(ScreeningResult result) =>
        result.Years.SelectMany(y => y.Reliefs).SelectMany(r =>
            new[] { $"{r.Relief}:{r.Determination}:{r.Caveats.Length}" }
                .Concat(r.Reasons.Select(s => s.Node.Value + (s.Assumption is null ? string.Empty : "*")))
                .Concat(r.Factors.Select(f => f.Lean.ToString())));
}
