namespace InnocentSpouse.Tests.Shared;

/// <summary>
/// Answer tables ("truths") that tests and the load driver play through the interview, keyed by question key
/// ("2022:knew-of-item" for one tax year only). A question not in a table gets its first option.
/// </summary>
public static class Truths
{
    /// <summary>A divorced person; the ex-spouse's income was left off the return; she did not know (Pub. 971 Figure A).</summary>
    public static Dictionary<string, string> FigureA() => new(StringComparer.Ordinal)
    {
        ["refund-kept"] = "none", ["filed-joint-return"] = "yes", ["final-court-decision"] = "no",
        ["accepted-offer-in-compromise"] = "no", ["closing-agreement"] = "no", ["irs-contacted-you"] = "yes",
        ["liability-type"] = "understatement", ["first-collection-action"] = "levy-hearing-notice",
        ["first-collection-date"] = "2025-09-15", ["erroneous-item-owner"] = "other-person", ["knew-of-item"] = "no",
        ["reason-to-know"] = "no", ["significant-benefit"] = "no-one-or-basic-support", ["marital-status"] = "divorced",
        ["fraudulent-transfer-scheme"] = "no", ["property-transferred-to-you"] = "no", ["knowingly-signed-fraudulent-return"] = "no",
        ["abused-and-afraid"] = "no", ["financial-control"] = "no", ["balance-still-owed"] = "yes", ["collection-period-open"] = "yes",
        ["paid-with-own-money"] = "no", ["assets-to-pay-tax"] = "no", ["health-problem"] = "no", ["household-size"] = "2",
        ["monthly-income"] = "2500", ["monthly-basic-expenses"] = "2400", ["divorce-decree-says-who-pays"] = "both-or-no-decree",
        ["later-years-compliant"] = "yes", ["expected-payment"] = "yes", ["attribution-exception"] = "none",
        ["community-property-state"] = "none", ["lived-apart-12-months"] = "yes", ["took-part-in-court-case"] = "no",
    };

    /// <summary>Figure A's table, but she had reason to know (not actual knowledge): separation of liability (Pub. 971 Figure B).</summary>
    public static Dictionary<string, string> FigureB() => FigureA().With(("reason-to-know", "yes"));

    /// <summary>Figure A's table, but the tax was shown on the return and not paid (Pub. 971 Figure C, equitable relief).</summary>
    public static Dictionary<string, string> FigureC() => FigureA().With(("liability-type", "underpayment"));

    /// <summary>The IRS kept a joint refund for a debt only the other spouse owed: the Form 8379 route.</summary>
    public static Dictionary<string, string> InjuredSpouse() =>
        FigureA().With(("refund-kept", "joint-refund-other-spouse-debt"), ("had-own-income-or-payments", "yes"));

    /// <summary>The first collection action was a refund offset whose notice did not describe relief: a protective 2-year date.</summary>
    public static Dictionary<string, string> OffsetWithoutReliefNotice() =>
        FigureA().With(("first-collection-action", "refund-offset"), ("offset-notice-described-relief", "no"));

    /// <summary>Every named table, for checks that must hold for all of them (name, answers).</summary>
    public static IReadOnlyList<(string Name, Dictionary<string, string> Answers)> All() =>
    [
        ("figure-a", FigureA()),
        ("figure-b", FigureB()),
        ("figure-c", FigureC()),
        ("injured-spouse", InjuredSpouse()),
        ("offset-without-relief-notice", OffsetWithoutReliefNotice()),
    ];

    /// <summary>The table with some answers changed or added.</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> answers, params (string Key, string Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (key, value) in changes)
        {
            answers[key] = value;
        }

        return answers;
    }
}
