using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Tests.Report;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Every answer set the record's texts are walked with: the truth tables (tests/Shared/Truths.cs, one and two years),
/// the worksheet tests' named sets and the checklist tests' trigger sets, each with a pinned as-of date.
/// </summary>
internal static class RecordAnswerSets
{
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    /// <summary>(name, answers as asked).</summary>
    public static IEnumerable<(string Name, ScreeningAnswers Answers)> All()
    {
        foreach (var (name, truth) in Truths.All())
        {
            yield return (name, WorksheetAnswers.Play(truth, 2022));
            yield return (name + " (two years)", WorksheetAnswers.Play(truth, 2021, 2022));
        }

        foreach (var name in WorksheetAnswers.Names())
        {
            yield return ("worksheet " + name, WorksheetAnswers.Named(name));
        }

        // A payment date given as a month only ("in March 2024").
        yield return ("refund paid in a month", WorksheetAnswers.Play(RefundTruth("2024-03"), 2021, 2022));

        foreach (var row in EvidenceChecklistTests.AnswerSets())
        {
            yield return ("checklist " + (string)row[0], EvidenceInterview.Play(Scenario.Baseline().Set((string)row[1])).Answers);
        }
    }

    /// <summary>Unpaid tax, partly paid with the person's own money, the latest payment on <paramref name="lastPayment"/>.</summary>
    public static Dictionary<string, string> RefundTruth(string lastPayment) => Truths.FigureA().With(("liability-type", "underpayment"),
        ("balance-still-owed", "no"), ("paid-with-own-money", "yes"), ("last-own-payment-date", lastPayment), ("return-filed-date", "2022-04-15"));

    /// <summary>The report's checklist and worksheet for <paramref name="answers"/>, as every text they show, in order.</summary>
    public static IEnumerable<string> RecordTexts(ScreeningAnswers answers)
    {
        var report = ScreeningReport.Build(answers, AsOf);
        foreach (var item in report.Evidence)
        {
            yield return item.What;
            yield return item.Why;
            if (item.Caution is { } caution)
            {
                yield return caution;
            }
        }

        foreach (var text in report.Form8857.Texts())
        {
            yield return text;
        }
    }
}
