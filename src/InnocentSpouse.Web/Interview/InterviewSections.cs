using System.Collections.Frozen;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Interview;

/// <summary>Which section each question key belongs to, and the section names shown to users.</summary>
public static class InterviewSections
{
    /// <summary>Sections in display order.</summary>
    public static IReadOnlyList<InterviewSection> Ordered { get; } = Enum.GetValues<InterviewSection>();

    private static readonly FrozenDictionary<string, InterviewSection> ByKey = new Dictionary<string, InterviewSection>(StringComparer.Ordinal)
    {
        ["refund-kept"] = InterviewSection.Returns,
        ["had-own-income-or-payments"] = InterviewSection.Returns,
        ["filed-joint-return"] = InterviewSection.Returns,
        ["community-property-state"] = InterviewSection.Returns,
        ["final-court-decision"] = InterviewSection.Returns,
        ["took-part-in-court-case"] = InterviewSection.Returns,
        ["accepted-offer-in-compromise"] = InterviewSection.Returns,
        ["closing-agreement"] = InterviewSection.Returns,
        ["liability-type"] = InterviewSection.Returns,
        ["reported-community-income"] = InterviewSection.Returns,
        ["income-belongs-to-other-spouse"] = InterviewSection.Returns,
        ["marital-status"] = InterviewSection.Situation,
        ["lived-apart-12-months"] = InterviewSection.Situation,
        ["absence-is-temporary"] = InterviewSection.Situation,
        ["abused-and-afraid"] = InterviewSection.Situation,
        ["financial-control"] = InterviewSection.Situation,
        ["health-problem"] = InterviewSection.Situation,
        ["divorce-decree-says-who-pays"] = InterviewSection.Situation,
        ["erroneous-item-owner"] = InterviewSection.Knowledge,
        ["knew-of-item"] = InterviewSection.Knowledge,
        ["reason-to-know"] = InterviewSection.Knowledge,
        ["expected-payment"] = InterviewSection.Knowledge,
        ["significant-benefit"] = InterviewSection.Knowledge,
        ["property-transferred-to-you"] = InterviewSection.Knowledge,
        ["knowingly-signed-fraudulent-return"] = InterviewSection.Knowledge,
        ["fraudulent-transfer-scheme"] = InterviewSection.Knowledge,
        ["attribution-exception"] = InterviewSection.Knowledge,
        ["household-size"] = InterviewSection.Finances,
        ["monthly-income"] = InterviewSection.Finances,
        ["monthly-basic-expenses"] = InterviewSection.Finances,
        ["assets-to-pay-tax"] = InterviewSection.Finances,
        ["later-years-compliant"] = InterviewSection.Finances,
        ["paid-with-own-money"] = InterviewSection.Finances,
        ["last-own-payment-date"] = InterviewSection.Finances,
        ["irs-contacted-you"] = InterviewSection.LettersAndDates,
        ["first-collection-action"] = InterviewSection.LettersAndDates,
        ["first-collection-date"] = InterviewSection.LettersAndDates,
        ["offset-notice-described-relief"] = InterviewSection.LettersAndDates,
        ["return-filed-date"] = InterviewSection.LettersAndDates,
        ["balance-still-owed"] = InterviewSection.LettersAndDates,
        ["collection-period-open"] = InterviewSection.LettersAndDates,
        ["reason-to-know-unknown-part"] = InterviewSection.Knowledge,
        ["significant-benefit-unknown-part"] = InterviewSection.Knowledge,
        ["omitted-over-quarter-of-income"] = InterviewSection.Returns,
        ["separate-return-filed-date"] = InterviewSection.LettersAndDates,
        ["irs-exam-started"] = InterviewSection.LettersAndDates,
        ["irs-exam-letter-date"] = InterviewSection.LettersAndDates,
        ["assessment-time-extended"] = InterviewSection.LettersAndDates,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The section of a question. Every catalog key has one (a test checks this).</summary>
    public static InterviewSection Of(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return ByKey.TryGetValue(question.Key.Value, out var section)
            ? section
            : throw new InvalidOperationException($"Question '{question.Key}' has no interview section.");
    }

    /// <summary>The section's name as shown in the progress list.</summary>
    public static string Name(InterviewSection section) => section switch
    {
        InterviewSection.Returns => "Your return(s)",
        InterviewSection.Situation => "Your situation",
        InterviewSection.Knowledge => "What you knew",
        InterviewSection.Finances => "Your finances",
        InterviewSection.LettersAndDates => "Letters and dates",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
