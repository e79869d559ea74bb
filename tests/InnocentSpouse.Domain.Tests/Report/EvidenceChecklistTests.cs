using System.Reflection;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Report;

/// <summary>
/// The evidence checklist (docs/rules/evidence-checklist.md): each item appears when the answers the engine used make
/// it matter, and not otherwise. Answer sets are played through the interview (<see cref="EvidenceInterview"/>), so they
/// hold only what a person would have been asked.
/// </summary>
public class EvidenceChecklistTests
{
    // Baseline: divorced, extra tax from the other person's income, did not know: (b) and (c) may qualify, (f) not needed.
    // Underpayment: only (f) is open; divorced, low income, expected payment: the streamlined test is met.
    private const string Underpayment = "liability-type=underpayment";

    // Savings could pay the tax, so the streamlined test fails and every factor is asked.
    private const string Factors = Underpayment + "; assets-to-pay-tax=yes";

    // Nothing owed now; paid from own money in 2025, still inside the 2-year refund period on 2026-03-01.
    private const string Refund = Underpayment + "; balance-still-owed=no; paid-with-own-money=yes; last-own-payment-date=2025-06-01";

    private const string OwnItem = "erroneous-item-owner=me; attribution-exception=";

    private const string SeparateInTexas = "filed-joint-return=separate; separate-return-filed-date=2023-10-16; community-property-state=texas";

    private const string LivingApart = "marital-status=married-living-apart; lived-apart-12-months=yes; divorce-decree-says-who-pays=both-or-no-decree; absence-is-temporary=";

    /// <summary>(rule, item id, answers with the trigger, answers without it), each a change to <see cref="Scenario.Baseline"/>.</summary>
    public static TheoryData<string, string, string, string> Triggers => new()
    {
        { "Abuse answered yes", "abuse-or-control-records", Underpayment + "; abused-and-afraid=yes", Underpayment },
        { "Financial control answered yes", "abuse-or-control-records", Underpayment + "; financial-control=yes", Underpayment },
        { "Abuse as the attribution exception", "abuse-or-control-records", OwnItem + "abuse", OwnItem + "none" },
        { "Signature forged", "forged-signature-proof", "filed-joint-return=forged", "" },
        { "Signed under duress", "duress-proof", "filed-joint-return=duress", "" },
        { "Divorced", "marital-status-proof", "", "marital-status=married-living-together" },
        { "Widowed", "marital-status-proof", "marital-status=widowed", "marital-status=married-living-together" },
        { "Living apart 12 months, not temporarily", "separate-home-proof", LivingApart + "no", LivingApart + "yes" },
        { "Decree says the other person pays", "decree-tax-pages", Factors + "; divorce-decree-says-who-pays=other-person", Factors },
        { "Paid with own money, refund open", "own-payment-proof", Refund, Underpayment + "; balance-still-owed=no; paid-with-own-money=no" },
        { "Item in my name only", "nominal-ownership-proof", OwnItem + "nominal-ownership", OwnItem + "none" },
        { "Tax money taken by the other person", "misappropriation-proof", OwnItem + "misappropriation", OwnItem + "none" },
        { "Fraud by the other person", "other-person-fraud-proof", OwnItem + "fraud-by-other-person", OwnItem + "none" },
        { "Mine only under community-property law", "community-property-law-proof", OwnItem + "community-property-law", OwnItem + "none" },
        { "Separate return in a community-property state", "community-income-records", SeparateInTexas, "filed-joint-return=separate; separate-return-filed-date=2023-10-16; community-property-state=none" },
        { "Joint refund kept for the other person's debt", "injured-spouse-records", "refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=yes", "" },
        { "Economic hardship favors relief", "income-and-expenses", Underpayment, Factors },
        { "Health problem answered yes", "medical-records", Factors + "; health-problem=yes", Factors },
        { "Did not know of the item, (b) and (c) open", "item-kept-from-you", "", "knew-of-item=yes" },
        { "Expected the other person to pay", "expected-payment-proof", Factors, Factors + "; expected-payment=no" },
        { "Only the other person benefited", "who-benefited-records", Factors + "; significant-benefit=only-other-person", Factors + "; significant-benefit=i-benefited" },
        { "Filed and paid since", "later-compliance-records", Factors, Factors + "; later-years-compliant=no" },
    };

    /// <summary>Every answer set of <see cref="Triggers"/>, with and without its trigger, plus the shared truth table.</summary>
    public static TheoryData<string, string> AnswerSets()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Triggers)
        {
            var (rule, _, with, without) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
            data.Add(rule + " (with)", with);
            data.Add(rule + " (without)", without);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Trigger_Present_AddsItsItem(string rule, string id, string withTrigger, string withoutTrigger)
    {
        _ = withoutTrigger;
        var ids = Checklist(withTrigger).Select(i => i.Id);

        Assert.True(ids.Contains(id), $"{rule}: expected {id} in [{string.Join(", ", ids)}]");
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Trigger_Absent_OmitsItsItem(string rule, string id, string withTrigger, string withoutTrigger)
    {
        _ = withTrigger;
        var ids = Checklist(withoutTrigger).Select(i => i.Id);

        Assert.False(ids.Contains(id), $"{rule}: did not expect {id} in [{string.Join(", ", ids)}]");
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void IrsLetters_AlwaysPresent_FirstEssentialAndForAllYears(string name, string changes)
    {
        var first = Checklist(changes)[0];

        Assert.True(first.Id == "irs-letters", name);
        Assert.Equal(EvidenceImportance.Essential, first.Importance);
        Assert.True(first.AllYears);
        Assert.Equal([Scenario.Year], first.TaxYears.ToArray());
        Assert.Equal(Citations.Irc("§6015(e)(7)"), first.Source);
        Assert.Equal(Citations.Pub971("Reminders, Scope of review"), first.SecondSource);
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Items_IdsAreUniqueKebabCaseAndNotQuestionKeys(string name, string changes)
    {
        var ids = Checklist(changes).Select(i => i.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(Domain.Flowcharts.KebabCase.IsValid(id), $"{name}: {id}"));
        Assert.All(ids, id => Assert.False(QuestionCatalog.TryGet(id, out _), $"{name}: id {id} is a question key"));
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Items_EveryTextIsFreeOfQuestionKeys(string name, string changes)
    {
        foreach (var item in Checklist(changes))
        {
            foreach (var text in new[] { item.What, item.Why, item.Caution ?? string.Empty })
            {
                var key = QuestionCatalog.All.Select(q => q.Key.Value).FirstOrDefault(k => text.Contains(k, StringComparison.Ordinal));
                Assert.True(key is null, $"{name}: {item.Id} contains the question key {key}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Items_EverySourceComesFromTheCitationRegistry(string name, string changes)
    {
        foreach (var item in Checklist(changes))
        {
            AssertFromRegistry(name + ": " + item.Id, item.Source);
            if (item.SecondSource is { } second)
            {
                AssertFromRegistry(name + ": " + item.Id + " (second)", second);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Items_EssentialBeforeHelpful_AndTheSameEveryTime(string name, string changes)
    {
        var (answers, result) = EvidenceInterview.Play(Scenario.Baseline().Set(changes));
        var items = EvidenceChecklist.For(answers, result);

        Assert.True(items.Select(i => i.Importance).SequenceEqual(items.Select(i => i.Importance).Order()), name);
        Assert.Equal(items.Select(i => i.Id), EvidenceChecklist.For(answers, result).Select(i => i.Id));
    }

    [Fact]
    public void TruthTableFigureA_DivorcedDidNotKnowNoBenefit_LettersStatusProofAndWhatShowsSheDidNotKnowOrBenefit()
    {
        var truth = ExpectedResults.AnswersFor(Truths.FigureA(), 2022);
        var (answers, result) = EvidenceInterview.Play(truth);

        var items = EvidenceChecklist.For(answers, result);

        Assert.Equal(["irs-letters", "marital-status-proof", "item-kept-from-you", "who-benefited-records"], items.Select(i => i.Id));
        Assert.Equal(EvidenceImportance.Essential, items[1].Importance);
        Assert.StartsWith("A copy of your divorce decree", items[1].What, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryReliefClosed_OfferInCompromise_OnlyTheLettersItemRemains()
    {
        var items = Checklist("accepted-offer-in-compromise=yes");

        Assert.Equal(["irs-letters"], items.Select(i => i.Id));
    }

    [Fact]
    public void AbuseRecords_CarryTheSafetyNoteThatTheIrsMustTellTheOtherPerson()
    {
        var item = Single(Underpayment + "; abused-and-afraid=yes", "abuse-or-control-records");

        Assert.Equal(EvidenceImportance.Essential, item.Importance);
        Assert.Equal(Citations.RevProc("§4.03(2)(c)(iv)"), item.Source);
        Assert.Equal(Citations.Irc("§6015(h)(2)"), item.SecondSource);
        Assert.Contains("protective or restraining orders, police reports", item.What, StringComparison.Ordinal);
        Assert.DoesNotContain("controlled the money", item.What, StringComparison.Ordinal);
        Assert.Contains("We could not confirm the IRS's own list of papers it accepts", item.Why, StringComparison.Ordinal);
        Assert.Contains("must tell the other person", item.Caution, StringComparison.Ordinal);
        Assert.Contains("will not give out your current name, address, phone numbers or employer", item.Caution, StringComparison.Ordinal);
    }

    [Fact]
    public void AbuseAndFinancialControl_OneItemListingBoth()
    {
        var item = Single(Factors + "; abused-and-afraid=no; financial-control=yes", "abuse-or-control-records");

        Assert.Contains("controlled the money", item.What, StringComparison.Ordinal);
        Assert.DoesNotContain("Papers that show the abuse", item.What, StringComparison.Ordinal);
    }

    [Fact]
    public void AbuseNotAskedOnThisPath_AnswerInTheTruthDoesNotAddAnItem()
    {
        // Baseline: (b) and (c) never reach the abuse question and (f) is not needed, so the interview does not ask it.
        var ids = Checklist("abused-and-afraid=yes").Select(i => i.Id);

        Assert.DoesNotContain("abuse-or-control-records", ids);
    }

    [Fact]
    public void SeparateHome_AnswerLeftFromAnEarlierPath_IsNotUsedSoNoItem()
    {
        // A divorced person whose stored answers still hold "lived apart" from before they changed their status.
        var answers = Scenario.Baseline().Set("lived-apart-12-months=yes; absence-is-temporary=no");

        var ids = EvidenceChecklist.For(answers, Scenario.Evaluate(answers)).Select(i => i.Id);

        Assert.DoesNotContain("separate-home-proof", ids);
        Assert.Contains("marital-status-proof", ids);
    }

    [Fact]
    public void MaritalStatusProof_SeparationOfLiabilityNotOpen_OnlyHelpfulForEquitableRelief()
    {
        var item = Single(Underpayment, "marital-status-proof");

        Assert.Equal(EvidenceImportance.Helpful, item.Importance);
        Assert.DoesNotContain("Separation of liability", item.Why, StringComparison.Ordinal);
        Assert.Contains("§4.03(2)(a)", item.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void MaritalStatusProof_Widowed_AsksForTheDateOfDeath()
    {
        var item = Single("marital-status=widowed", "marital-status-proof");

        Assert.StartsWith("A death certificate", item.What, StringComparison.Ordinal);
        Assert.Contains("Figure B counts a widow or widower as no longer married", item.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void DecreeTaxPages_DecreeMakesMePay_HelpfulAndSaysItWeighsAgainst()
    {
        var item = Single(Factors + "; divorce-decree-says-who-pays=me", "decree-tax-pages");

        Assert.Equal(EvidenceImportance.Helpful, item.Importance);
        Assert.Contains("counts that against equitable relief", item.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void DecreeTaxPages_DecreeMakesTheOtherPersonPay_Essential()
    {
        var item = Single(Factors + "; divorce-decree-says-who-pays=other-person", "decree-tax-pages");

        Assert.Equal(EvidenceImportance.Essential, item.Importance);
        Assert.Equal(Citations.RevProc("§4.03(2)(d)"), item.Source);
    }

    [Fact]
    public void StreamlinedTestMet_LaterFactorsNotAsked_NoHealthOrComplianceItems()
    {
        var ids = Checklist(Underpayment + "; health-problem=yes").Select(i => i.Id);

        Assert.DoesNotContain("medical-records", ids);
        Assert.DoesNotContain("later-compliance-records", ids);
    }

    [Fact]
    public void OwnPaymentProof_OnlyForTheYearWithOwnPayments()
    {
        var truth = Scenario.Baseline(2021).WithYearDefaults(2022)
            .Set(Underpayment, 2021)
            .Set(Refund, 2022);
        var (answers, result) = EvidenceInterview.Play(truth);

        var items = EvidenceChecklist.For(answers, result);

        var payments = Assert.Single(items, i => i.Id == "own-payment-proof");
        Assert.Equal([2022], payments.TaxYears.ToArray());
        Assert.False(payments.AllYears);
        Assert.Equal([2021, 2022], items[0].TaxYears.ToArray());
        Assert.Contains("whichever ends later (IRC §6511(a))", payments.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void InjuredSpouseRecords_CiteTheForm8379Instructions()
    {
        var item = Single("refund-kept=joint-refund-other-spouse-debt; had-own-income-or-payments=yes", "injured-spouse-records");

        Assert.Equal(Citations.Form8379Instructions("How To File"), item.Source);
        Assert.Contains("Forms W-2", item.What, StringComparison.Ordinal);
    }

    [Fact]
    public void For_IncompleteResult_Throws()
    {
        var answers = ScreeningAnswers.ForYears(Scenario.Year);

        Assert.Throws<ArgumentException>(() => EvidenceChecklist.For(answers, Scenario.Evaluate(answers)));
    }

    [Fact]
    public void For_ResultForOtherYears_Throws()
    {
        var answers = Scenario.Baseline();

        Assert.Throws<ArgumentException>(() => EvidenceChecklist.For(Scenario.Baseline(2022), Scenario.Evaluate(answers)));
    }

    private static List<EvidenceItem> Checklist(string changes)
    {
        var (answers, result) = EvidenceInterview.Play(Scenario.Baseline().Set(changes));
        return [.. EvidenceChecklist.For(answers, result)];
    }

    private static EvidenceItem Single(string changes, string id) => Assert.Single(Checklist(changes), i => i.Id == id);

    // A source is "from the registry" when the matching Citations builder gives exactly it, or it is a named registry
    // citation, or a decided case with a public copy.
    private static void AssertFromRegistry(string where, SourceRef source)
    {
        Assert.False(string.IsNullOrWhiteSpace(source.Document), where);
        Assert.True(Uri.TryCreate(source.Link, UriKind.Absolute, out _), $"{where}: {source.Link}");
        SourceRef? rebuilt = source.Document switch
        {
            "IRC" => Citations.Irc(source.Locator),
            "Treas. Reg." => Citations.Reg(source.Locator),
            "Rev. Proc. 2013-34" => Citations.RevProc(source.Locator),
            "Pub. 971" => Citations.Pub971(source.Locator),
            "Form 8857" => Citations.Form8857(source.Locator),
            "Instructions for Form 8857" => Citations.Form8857Instructions(source.Locator),
            "Instructions for Form 8379" => Citations.Form8379Instructions(source.Locator),
            _ => null,
        };
        var named = typeof(Citations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(SourceRef)).Select(p => (SourceRef)p.GetValue(null)!);
        var isCase = source.Document.Contains(" v. Commissioner", StringComparison.Ordinal);
        Assert.True(source == rebuilt || named.Contains(source) || isCase, $"{where}: {source.Display} is not built by the citation registry");
        Assert.False(string.IsNullOrWhiteSpace(source.Locator) && rebuilt is not null, $"{where}: {source.Display} has no locator");
    }
}
