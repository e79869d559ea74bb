using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests;

/// <summary>Shared test answers. The baseline is a complete, favourable §6015 case; each test changes only the facts it is about.</summary>
internal static class Scenario
{
    public const int Year = 2021;

    public static readonly DateOnly AsOf = new(2026, 3, 1);

    /// <summary>
    /// Divorced requester, valid joint return, no bars, IRS audit added tax on the other spouse's omitted
    /// income, levy hearing notice on 2025-06-01, did not know and had no reason to know, no benefit.
    /// </summary>
    public static ScreeningAnswers Baseline(int year = Year) => ScreeningAnswers.ForYears(year)
        .WithHousehold("marital-status", "divorced")
        .WithHousehold("divorce-decree-says-who-pays", "both-or-no-decree")
        .WithHousehold("abused-and-afraid", "no")
        .WithHousehold("financial-control", "no")
        .WithHousehold("household-size", "2")
        .WithHousehold("monthly-income", "2500")
        .WithHousehold("monthly-basic-expenses", "2400")
        .WithHousehold("assets-to-pay-tax", "no")
        .WithHousehold("later-years-compliant", "yes")
        .WithHousehold("health-problem", "no")
        .WithHousehold("fraudulent-transfer-scheme", "no")
        .WithYearDefaults(year);

    public static ScreeningAnswers WithYearDefaults(this ScreeningAnswers answers, int year) => answers
        .WithYear(year, "refund-kept", "none")
        .WithYear(year, "filed-joint-return", "yes")
        .WithYear(year, "final-court-decision", "no")
        .WithYear(year, "accepted-offer-in-compromise", "no")
        .WithYear(year, "closing-agreement", "no")
        .WithYear(year, "irs-contacted-you", "yes")
        .WithYear(year, "liability-type", "understatement")
        .WithYear(year, "first-collection-action", "levy-hearing-notice")
        .WithYear(year, "first-collection-date", "2025-06-01")
        .WithYear(year, "erroneous-item-owner", "other-person")
        .WithYear(year, "knew-of-item", "no")
        .WithYear(year, "reason-to-know", "no")
        .WithYear(year, "reason-to-know-unknown-part", "no")
        .WithYear(year, "significant-benefit-unknown-part", "no-one-or-basic-support")
        .WithYear(year, "expected-payment", "yes")
        .WithYear(year, "significant-benefit", "no-one-or-basic-support")
        .WithYear(year, "property-transferred-to-you", "no")
        .WithYear(year, "knowingly-signed-fraudulent-return", "no")
        .WithYear(year, "attribution-exception", "none")
        .WithYear(year, "balance-still-owed", "yes")
        .WithYear(year, "collection-period-open", "yes")
        .WithYear(year, "community-property-state", "none")
        .WithYear(year, "reported-community-income", "no")
        .WithYear(year, "income-belongs-to-other-spouse", "yes");

    /// <summary>Sets answers given as "key=value" pairs, each in its question's scope (per-year answers go to <paramref name="year"/>).</summary>
    public static ScreeningAnswers Set(this ScreeningAnswers answers, string pairs, int year = Year)
    {
        foreach (var pair in pairs.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            var question = QuestionCatalog.TryGet(parts[0], out var q) ? q : throw new ArgumentException($"Unknown key {parts[0]} in test.");
            answers = answers.With(question, parts[1], year);
        }

        return answers;
    }

    public static ScreeningResult Evaluate(ScreeningAnswers answers, DateOnly? asOf = null) =>
        ScreeningEngine.Evaluate(answers, asOf ?? AsOf);

    public static ReliefResult Relief(this ScreeningResult result, ReliefType relief, int year = Year)
    {
        Assert.True(result.IsComplete, $"Screening stopped at {result.NextQuestion?.Question.Key} ({result.NextQuestion?.Relief}, {result.NextQuestion?.Node}).");
        var yearResult = Assert.Single(result.Years, y => y.TaxYear == year);
        return yearResult.For(relief) ?? throw new InvalidOperationException($"No result for {relief}.");
    }

    public static string AllText(this ReliefResult result) =>
        string.Join("\n", new[] { result.Summary }.Concat(result.Caveats).Concat(result.Reasons.Select(r => r.Question + " " + r.Answer + " " + r.Assumption)));

    /// <summary>Drives the interview the way the Web edge does: answer whatever is asked next from <paramref name="truth"/>.</summary>
    public static (ScreeningResult Result, List<(string Key, int? Year)> Asked) Interview(ScreeningAnswers truth, DateOnly? asOf = null)
    {
        var answers = ScreeningAnswers.Empty;
        foreach (var year in truth.TaxYears)
        {
            answers = answers.WithTaxYear(year);
        }

        var asked = new List<(string Key, int? Year)>();
        for (var i = 0; i < 500; i++)
        {
            var result = Evaluate(answers, asOf);
            if (result.NextQuestion is not { } next)
            {
                return (result, asked);
            }

            asked.Add((next.Question.Key.Value, next.TaxYear));
            var value = truth.Get(next.Question, next.TaxYear ?? 0)
                ?? throw new InvalidOperationException($"The interview asked {next.Question.Key} for {next.TaxYear}, which the test's answers do not contain.");
            answers = answers.With(next.Question, value, next.TaxYear);
        }

        throw new InvalidOperationException("The interview did not finish.");
    }
}
