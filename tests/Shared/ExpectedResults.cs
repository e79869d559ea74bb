using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Tests.Shared;

/// <summary>What the engine itself concludes from a truth table, to compare with what the pages show.</summary>
public static class ExpectedResults
{
    /// <summary>
    /// Evaluates <paramref name="truth"/> for <paramref name="years"/> as of <paramref name="asOf"/>: the app's "today"
    /// under its fixed test clock (<c>AppFactory.Today</c>, <see cref="ManualClock.DefaultToday"/>). There is no
    /// overload without a date: tests never read the real clock.
    /// </summary>
    public static ScreeningResult For(IReadOnlyDictionary<string, string> truth, DateOnly asOf, params int[] years) =>
        ScreeningEngine.Evaluate(AnswersFor(truth, years), asOf);

    /// <summary>
    /// <paramref name="truth"/> as answers for <paramref name="years"/>: each plain key for every year (or the household),
    /// each "2022:key" for that year only.
    /// </summary>
    public static ScreeningAnswers AnswersFor(IReadOnlyDictionary<string, string> truth, params int[] years)
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

        return answers;
    }

    /// <summary>
    /// Asserts that a results page's HTML was checked on the same day as <paramref name="expected"/> and shows, for every
    /// year and relief, the outcome in <paramref name="expected"/>.
    /// </summary>
    public static void AssertShownIn(string html, ScreeningResult expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        html = WebUtility.HtmlDecode(html);
        Assert.Contains($"Checked on {expected.AsOf.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)} against", html, StringComparison.Ordinal);
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
