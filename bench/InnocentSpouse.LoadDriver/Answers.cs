namespace InnocentSpouse.LoadDriver;

/// <summary>
/// The answers played: Figure A ("did not know"), the same table as FigureA() in
/// tests/InnocentSpouse.Web.Tests/Interview/InterviewPagesTests.cs. A question not in the table gets its first option.
/// </summary>
internal static class Answers
{
    public static IReadOnlyDictionary<string, string> FigureA { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
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
}
