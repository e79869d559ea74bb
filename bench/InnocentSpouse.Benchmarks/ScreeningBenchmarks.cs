using BenchmarkDotNet.Attributes;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;

namespace InnocentSpouse.Benchmarks;

/// <summary>One complete five-year screening: every relief for every year, with reasons and factor tables.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private ScreeningAnswers _answers = ScreeningAnswers.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _answers = FiveYearAnswers();
        var result = ScreeningEngine.Evaluate(_answers, AsOf);
        if (!result.IsComplete)
        {
            throw new InvalidOperationException($"Benchmark answers are incomplete: {result.NextQuestion!.Question.Key} ({result.NextQuestion.TaxYear}).");
        }

        if (ScreeningReport.Build(_answers, AsOf) is { IsComplete: false } report)
        {
            throw new InvalidOperationException($"Benchmark answers are incomplete as asked: {report.NextQuestion!.Question.Key} ({report.NextQuestion.TaxYear}).");
        }
    }

    /// <summary>The five-year answers every benchmark uses: a complete screening with every relief concluded.</summary>
    public static ScreeningAnswers FiveYearAnswers()
    {
        var answers = ScreeningAnswers.ForYears(2019, 2020, 2021, 2022, 2023)
            .WithHousehold("marital-status", "married-living-apart")
            .WithHousehold("lived-apart-12-months", "yes")
            .WithHousehold("absence-is-temporary", "no")
            .WithHousehold("divorce-decree-says-who-pays", "both-or-no-decree")
            .WithHousehold("abused-and-afraid", "no")
            .WithHousehold("financial-control", "yes")
            .WithHousehold("household-size", "3")
            .WithHousehold("monthly-income", "6000")
            .WithHousehold("monthly-basic-expenses", "5000")
            .WithHousehold("assets-to-pay-tax", "no")
            .WithHousehold("later-years-compliant", "yes")
            .WithHousehold("health-problem", "no")
            .WithHousehold("fraudulent-transfer-scheme", "no");
        var liability = new[] { "understatement", "underpayment", "both", "understatement", "underpayment" };
        for (var i = 0; i < 5; i++)
        {
            var year = 2019 + i;
            answers = answers
                .WithYear(year, "refund-kept", i == 4 ? "joint-refund-other-spouse-debt" : "none")
                .WithYear(year, "had-own-income-or-payments", "yes")
                .WithYear(year, "filed-joint-return", "yes")
                .WithYear(year, "final-court-decision", "no")
                .WithYear(year, "accepted-offer-in-compromise", "no")
                .WithYear(year, "closing-agreement", "no")
                .WithYear(year, "irs-contacted-you", "yes")
                .WithYear(year, "liability-type", liability[i])
                .WithYear(year, "first-collection-action", "levy-hearing-notice")
                .WithYear(year, "first-collection-date", i < 2 ? "2023-05-01" : "2025-05-01")
                .WithYear(year, "erroneous-item-owner", "other-person")
                .WithYear(year, "knew-of-item", i == 3 ? "partly" : "no")
                .WithYear(year, "reason-to-know", "yes")
                .WithYear(year, "reason-to-know-unknown-part", "no")
                .WithYear(year, "significant-benefit-unknown-part", "no-one-or-basic-support")
                .WithYear(year, "expected-payment", "no")
                .WithYear(year, "significant-benefit", "no-one-or-basic-support")
                .WithYear(year, "property-transferred-to-you", "no")
                .WithYear(year, "knowingly-signed-fraudulent-return", "no")
                .WithYear(year, "balance-still-owed", "yes")
                .WithYear(year, "collection-period-open", "yes");
        }

        return answers;
    }

    [Benchmark]
    public ScreeningResult FiveYearScreening() => ScreeningEngine.Evaluate(_answers, AsOf);

    /// <summary>
    /// The whole five-year report every view renders (issue 12): the walk as asked, deadlines, next steps, evidence
    /// checklist and Form 8857 worksheet.
    /// </summary>
    [Benchmark]
    public ScreeningReport FiveYearReport() => ScreeningReport.Build(_answers, AsOf);

    /// <summary>The validation part alone (the engine validates on every call).</summary>
    [Benchmark]
    public int ValidateOnly() => ScreeningAnswersValidator.Validate(_answers, AsOf).Length;
}
