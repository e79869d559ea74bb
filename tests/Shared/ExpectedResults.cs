using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Tests.Shared;

/// <summary>What the engine itself concludes from a truth table, to compare with what the pages show.</summary>
public static class ExpectedResults
{
    /// <summary>Evaluates <paramref name="truth"/> for <paramref name="years"/> as of today.</summary>
    public static ScreeningResult For(IReadOnlyDictionary<string, string> truth, params int[] years) =>
        For(truth, DateOnly.FromDateTime(DateTime.UtcNow), years);

    /// <summary>Evaluates <paramref name="truth"/> for <paramref name="years"/> as of <paramref name="asOf"/> (the app's fixed test clock).</summary>
    public static ScreeningResult For(IReadOnlyDictionary<string, string> truth, DateOnly asOf, params int[] years)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var answers = ScreeningAnswers.ForYears(years);
        foreach (var (key, value) in truth.Where(a => !a.Key.Contains(':', StringComparison.Ordinal)))
        {
            var question = QuestionCatalog.All.Single(q => q.Key.Value == key);
            answers = question.Scope == QuestionScope.Household
                ? answers.WithHousehold(key, value)
                : years.Aggregate(answers, (a, y) => a.WithYear(y, key, value));
        }

        foreach (var (yearKey, value) in truth.Where(a => a.Key.Contains(':', StringComparison.Ordinal)))
        {
            var parts = yearKey.Split(':');
            answers = answers.WithYear(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1], value);
        }

        return ScreeningEngine.Evaluate(answers, asOf);
    }

    /// <summary>Asserts that a results page's HTML shows, for every year and relief, the outcome in <paramref name="expected"/>.</summary>
    public static void AssertShownIn(string html, ScreeningResult expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        html = WebUtility.HtmlDecode(html);
        foreach (var year in expected.Years)
        {
            Assert.Contains($"Tax year {year.TaxYear}", html, StringComparison.Ordinal);
            foreach (var relief in year.Reliefs)
            {
                var heading = Regex.Escape(DeterminationText.Name(relief.Relief));
                Assert.Matches($"{heading}</h3>\\s*<p class=\"app-result__outcome\">{DeterminationText.Label(relief.Determination)}</p>", html);
            }
        }
    }
}
