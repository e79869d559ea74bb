using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Report;

/// <summary>
/// Answer sets for the worksheet tests: truth tables (tests/Shared/Truths.cs) played through the interview the way the
/// Web tests play them (only the questions asked get answers; a question not in the table gets its first option), and
/// hand-built sets. Every date is pinned.
/// </summary>
internal static class WorksheetAnswers
{
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    /// <summary>Plays <paramref name="truth"/> through the engine: the answers as asked.</summary>
    public static ScreeningAnswers Play(Dictionary<string, string> truth, params int[] years)
    {
        var answers = ScreeningAnswers.ForYears(years);
        for (var guard = 0; guard < 1000; guard++)
        {
            if (ScreeningEngine.Evaluate(answers, AsOf).NextQuestion is not { } next)
            {
                return answers;
            }

            var key = next.Question.Key.Value;
            var value = next.TaxYear is int year && truth.TryGetValue($"{year}:{key}", out var forYear) ? forYear
                : truth.TryGetValue(key, out var any) ? any
                : next.Question.Options.IsDefaultOrEmpty ? throw new InvalidOperationException($"The truth table needs a value for {key}.")
                : next.Question.Options[0].Value;
            answers = answers.With(next.Question, value, next.TaxYear);
        }

        throw new InvalidOperationException("The interview did not finish.");
    }

    /// <summary>The worksheet for <paramref name="answers"/>, from the engine's result as of <see cref="AsOf"/>.</summary>
    public static Form8857Worksheet Worksheet(ScreeningAnswers answers) =>
        Form8857Worksheet.For(answers, ScreeningEngine.Evaluate(answers, AsOf));

    /// <summary>The named answer sets every shape test runs over.</summary>
    public static ScreeningAnswers Named(string name) => name switch
    {
        "figure-a" => Play(Truths.FigureA(), 2022),
        "figure-a-two-years" => Play(Truths.FigureA(), 2021, 2022),
        "unpaid-tax" => Play(Truths.FigureA().With(("liability-type", "underpayment")), 2022),
        "knew-abused-controlled" => Play(Truths.FigureA().With(("knew-of-item", "yes"), ("abused-and-afraid", "yes"), ("financial-control", "yes")), 2022),
        "knew-part" => Play(Truths.FigureA().With(("knew-of-item", "partly"), ("reason-to-know-unknown-part", "no"), ("significant-benefit-unknown-part", "only-other-person")), 2022),
        "own-item-nominal" => Play(Truths.FigureA().With(("erroneous-item-owner", "me"), ("attribution-exception", "nominal-ownership")), 2022),
        "duress" => Play(Truths.FigureA().With(("filed-joint-return", "duress")), 2022),
        "forged" => Play(Truths.FigureA().With(("filed-joint-return", "forged")), 2022),
        "injured-spouse" => Play(Truths.FigureA().With(("refund-kept", "joint-refund-other-spouse-debt"), ("had-own-income-or-payments", "yes")), 2022),
        "own-refund-offset" => Play(Truths.FigureA().With(("refund-kept", "separate-refund-to-joint-debt"), ("first-collection-action", "refund-offset"), ("offset-notice-described-relief", "yes")), 2022),
        "refund" => Play(Truths.FigureA().With(("liability-type", "underpayment"), ("balance-still-owed", "no"), ("paid-with-own-money", "yes"), ("last-own-payment-date", "2024-03-01"), ("return-filed-date", "2022-04-15")), 2022),
        "community-property" => Play(Truths.FigureA().With(("filed-joint-return", "separate"), ("community-property-state", "california"), ("reported-community-income", "no"),
            ("income-belongs-to-other-spouse", "yes"), ("separate-return-filed-date", "2023-04-10"), ("irs-exam-started", "no"), ("assessment-time-extended", "no"),
            ("omitted-over-quarter-of-income", "no")), 2022),
        "married-together" => Play(Truths.FigureA().With(("marital-status", "married-living-together")), 2022),
        "not-sure" => Play(Truths.FigureA().With(("reason-to-know", "not-sure"), ("assets-to-pay-tax", "not-sure")), 2022),
        "court-not-sure" => Play(Truths.FigureA().With(("final-court-decision", "not-sure")), 2022),
        "nothing-answered" => ScreeningAnswers.ForYears(2022),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static TheoryData<string> Names() =>
    [
        "figure-a", "figure-a-two-years", "unpaid-tax", "knew-abused-controlled", "knew-part", "own-item-nominal", "duress", "forged",
        "injured-spouse", "own-refund-offset", "refund", "community-property", "married-together", "not-sure", "court-not-sure", "nothing-answered",
    ];

    /// <summary>Every piece of text an item shows.</summary>
    public static IEnumerable<string> Texts(this Form8857WorksheetItem item) =>
        new[] { item.Topic, item.FormAsks }.Concat(item.AnswersSupport).Concat(item.YouAdd).Concat(item.NotKnown).Concat(item.Draft).Concat(item.Notes);

    /// <summary>Every piece of text the worksheet shows.</summary>
    public static IEnumerable<string> Texts(this Form8857Worksheet worksheet) =>
        new[] { worksheet.FormRevision }.Concat(worksheet.Notes).Concat(worksheet.Parts.SelectMany(p => new[] { p.Number ?? string.Empty, p.Title }))
            .Concat(worksheet.Items.SelectMany(Texts));

    public static Form8857WorksheetItem Item(this Form8857Worksheet worksheet, string id) => Assert.Single(worksheet.Items, i => i.Id == id);
}
