using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Domain.Tests.Report;

/// <summary>
/// What each item says: only facts present in the answers, a blank where an answer is missing, and the not-sure and
/// not-asked questions named. Each test changes one answer of a truth table or builds the answers by hand.
/// </summary>
public class Form8857WorksheetDraftTests
{
    private static Form8857Worksheet For(string answerSet) => WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet));

    // ---- Part I -----------------------------------------------------------------------------------------

    [Fact]
    public void TaxYears_Line3_ListsTheYearsAndEachYearsResults_AllThreeReliefsTogether()
    {
        var item = For("figure-a-two-years").Item("tax-years");

        Assert.Equal(3, item.Line);
        Assert.Contains("You screened 2021 and 2022.", item.AnswersSupport);
        Assert.Contains(item.AnswersSupport, s => s.StartsWith("For 2021 and 2022, the screening's results are: Innocent spouse relief, IRC §6015(b): May qualify;", StringComparison.Ordinal));
        Assert.Contains("the IRS considers innocent spouse relief, separation of liability and equitable relief together", item.FormAsks, StringComparison.Ordinal);
    }

    [Fact]
    public void TaxYears_OwnRefundTakenForJointTax_EnterTheYearOfTheTaxNotOfTheRefund()
    {
        var item = For("own-refund-offset").Item("tax-years");

        Assert.Contains("For 2022, you answered that the IRS kept your own refund to pay this tax. Enter the year of the tax, not the year of the refund.", item.AnswersSupport);
    }

    [Fact]
    public void MultiYear_SameAnswerInEveryYear_IsOneSentenceNamingBothYears()
    {
        var item = For("figure-a-two-years").Item("relief-situation");

        Assert.Contains("For 2021 and 2022, you answered that you signed a joint return.", item.AnswersSupport);
        Assert.DoesNotContain(item.AnswersSupport, s => s.StartsWith("For 2021, you answered that you signed", StringComparison.Ordinal));
    }

    [Fact]
    public void InjuredSpouseRefund_Line2_JointRefundForTheOtherPersonsDebt_PointsToForm8379()
    {
        var item = For("injured-spouse").Item("injured-spouse-refund");

        Assert.Equal(2, item.Line);
        Assert.Contains("For 2022, you answered that your joint refund went to a debt only the person on line 6 owed. You may need Form 8379 as well.", item.AnswersSupport);
    }

    [Fact]
    public void CommunityProperty_SeparateReturnInCalifornia_NamesTheStateAnsweredAndTheSection66cResult()
    {
        var item = For("community-property").Item("community-property");

        Assert.Contains("For 2022, you answered that you lived in California, a community-property state.", item.AnswersSupport);
        Assert.Contains(item.AnswersSupport, s => s.StartsWith("For 2022, the screening's result for community-property relief (IRC §66(c)) is: ", StringComparison.Ordinal));
        Assert.Contains("(IRC §66(c)) is asked for on this same form", item.FormAsks, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeDraft_Section66cSeparateReturn_DidNotKnowOfTheCommunityIncome()
    {
        var item = For("community-property").Item("knowledge-of-items");

        Assert.Equal<string>(["For 2022: The tax comes from my former spouse's income, which community-property law made partly mine: [describe the income and the amount]. When I signed the return, I did not know about it. I had no reason to know about it because [describe why: for example, who handled the money, what you were told, and how big it was next to your usual income]."], item.Draft);
    }

    [Fact]
    public void DoNotFile_CourtDecisionNotSure_IsNamedAsNotKnown()
    {
        var item = For("court-not-sure").Item("do-not-file-situations");

        Assert.Contains($"For 2022, you answered “Not sure” to: “{QuestionCatalog.FinalCourtDecision.Prompt}”", item.NotKnown);
        Assert.DoesNotContain(item.AnswersSupport, s => s.Contains("court", StringComparison.Ordinal));
    }

    // ---- Part II ----------------------------------------------------------------------------------------

    [Fact]
    public void MaritalStatus_Divorced_IsSupported_AndTheDateIsLeftToAdd()
    {
        var item = For("figure-a").Item("marital-status");

        Assert.Equal<string>(["You answered that you are divorced from the person on line 6."], item.AnswersSupport);
        Assert.Contains("The date of your divorce: [date].", item.YouAdd);
        Assert.Contains("This screening does not ask for dates of marriage, divorce, separation or death.", item.NotKnown);
    }

    [Fact]
    public void MaritalStatus_NotAnswered_AsksForStatusAndDate_AndSaysItWasNotAsked()
    {
        var item = For("nothing-answered").Item("marital-status");

        Assert.Empty(item.AnswersSupport);
        Assert.Contains("Your marital status with the person on line 6 and the date it began: [status and date].", item.YouAdd);
        Assert.Contains($"The screening did not ask you: “{QuestionCatalog.MaritalStatus.Prompt}”", item.NotKnown);
    }

    [Fact]
    public void Abuse_AnsweredYes_DraftHoldsOnlyWhatWasAnswered_WithTheNoticeAndPrivacyNotes()
    {
        var answers = WorksheetAnswers.Named("knew-abused-controlled").WithHousehold("financial-control", "yes");

        var item = WorksheetAnswers.Worksheet(answers).Item("abuse");

        Assert.Equal<string>([
            "Before the returns were filed, my former spouse abused me. I was afraid to question the return or the payments. [In your own words, describe what happened, when it started, and how it kept you from questioning the return or the payments.]",
            "My former spouse controlled our money. I could not see the accounts or question the tax. [Describe how: for example, no access to the bank accounts, bills hidden from you, or not being allowed to ask.]",
        ], item.Draft);
        Assert.Contains("You can describe it in your own words, and attach any documents you have that support it.", item.Notes);
        Assert.Contains(item.Notes, n => n.Contains("the IRS must tell the person on line 6 that you asked for relief, even where there was abuse", StringComparison.Ordinal)
            && n.Contains("will not tell that person your current name, address, phone numbers or employer", StringComparison.Ordinal));
        Assert.Contains(Citations.Form8857ImportantThings, item.Sources);
        Assert.Contains(Citations.RevProcAbuse, item.Sources);
    }

    [Fact]
    public void Abuse_AnsweredNo_HasNoDraft()
    {
        var item = For("unpaid-tax").Item("abuse");

        Assert.Empty(item.Draft);
        Assert.Contains("You answered “No” to whether the person on line 6 abused you so that you were afraid to question the return or the payments.", item.AnswersSupport);
    }

    [Fact]
    public void Abuse_NotAnswered_DraftIsABlankNotAGuess()
    {
        var item = For("nothing-answered").Item("abuse");

        Assert.Equal<string>(["[If there was abuse or control of money, describe it here in your own words. If there was none, leave this blank.]"], item.Draft);
        Assert.Empty(item.AnswersSupport);
    }

    [Fact]
    public void Health_AnsweredYes_DraftLeavesTheProblemBlank()
    {
        var answers = WorksheetAnswers.Named("figure-a").WithHousehold("health-problem", "yes");

        var item = WorksheetAnswers.Worksheet(answers).Item("health");

        Assert.Equal<string>(["I have had a serious health problem. [Describe the problem, when it started, and whether you had it when you signed the returns, now, or both.]"], item.Draft);
    }

    // ---- Part III ---------------------------------------------------------------------------------------

    [Fact]
    public void KnowledgeDraft_DidNotKnowAndNoReasonToKnow_SaysSo_AndLeavesTheItemBlank()
    {
        var item = For("figure-a").Item("knowledge-of-items");

        Assert.Equal<string>([
            "For 2022: The extra tax comes from my former spouse's [describe the income, deduction or credit the IRS changed, and the amount]. When I signed the return, I did not know about it. I had no reason to know about it because [describe why: for example, who handled the money, what you were told, and how big it was next to your usual income].",
        ], item.Draft);
        Assert.Contains("For 2022, you answered that, when you signed, you did not know about the income or item that caused the extra tax.", item.AnswersSupport);
        Assert.Contains("For 2022, you answered that, looking back, you should not have known about it.", item.AnswersSupport);
    }

    [Fact]
    public void KnowledgeDraft_KnewPart_DescribesBothPartsWithBlanks()
    {
        var draft = Assert.Single(For("knew-part").Item("knowledge-of-items").Draft);

        Assert.Contains("When I signed the return, I knew about part of it: [describe the part you knew about, and its amount if you know it]. I did not know about the rest: [describe the rest]. I had no reason to know about the rest because [describe why].", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeDraft_KnewAndWasAfraid_SaysOnlyThatTheyWereAfraid()
    {
        var draft = Assert.Single(For("knew-abused-controlled").Item("knowledge-of-items").Draft);

        Assert.Contains("When I signed the return, I knew about it: [describe what you knew, and what you were told about it]. I did not question it because I was afraid of my former spouse. [Describe this in your own words.]", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeDraft_KnowledgeNotAnswered_IsABlankNotAGuess()
    {
        var answers = WorksheetAnswers.Named("figure-a").Without(QuestionCatalog.KnewOfItem, 2022).Without(QuestionCatalog.ReasonToKnow, 2022);

        var item = WorksheetAnswers.Worksheet(answers).Item("knowledge-of-items");

        var draft = Assert.Single(item.Draft);
        Assert.EndsWith("[Describe what you knew about the income or item when you signed the return.]", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("did not know", draft, StringComparison.Ordinal);
        Assert.Contains($"For 2022, the screening did not ask you: “{QuestionCatalog.KnewOfItem.Prompt}”", item.NotKnown);
    }

    [Fact]
    public void KnowledgeDraft_ReasonToKnowNotSure_LeavesTheReasonBlank_AndNamesTheQuestion()
    {
        var item = For("not-sure").Item("knowledge-of-items");

        Assert.Contains("When I signed the return, I did not know about it. [Describe why you did not know, and anything that might have made you ask questions.]", Assert.Single(item.Draft), StringComparison.Ordinal);
        Assert.Contains($"For 2022, you answered “Not sure” to: “{QuestionCatalog.ReasonToKnow.Prompt}”", item.NotKnown);
    }

    [Fact]
    public void KnowledgeDraft_OwnItemInNameOnly_SaysTheOtherPersonOwnedIt()
    {
        var draft = Assert.Single(For("own-item-nominal").Item("knowledge-of-items").Draft);

        Assert.StartsWith("For 2022: The extra tax comes from an item in my name: [describe the item and the amount]. It was in my name only; my former spouse really owned it.", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeDraft_StillMarried_CallsThePersonMySpouse()
    {
        var draft = Assert.Single(For("married-together").Item("knowledge-of-items").Draft);

        Assert.Contains("from my spouse's [describe", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("former", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentDraft_UnpaidTaxBelievedWouldBePaid_GivesTheBeliefAndLeavesTheReasonBlank()
    {
        var item = For("unpaid-tax").Item("belief-tax-would-be-paid");

        Assert.Equal<string>(["For 2022: When the return was filed, I believed my former spouse would pay the tax shown because [describe why: for example, a plan to pay, a payment agreement, or money you gave them to pay it]."], item.Draft);
        Assert.Empty(item.NotKnown);
    }

    [Fact]
    public void PaymentDraft_ExtraTaxOnly_HasNoDraft_AndSaysTheQuestionIsAboutUnpaidTax()
    {
        var item = For("figure-a").Item("belief-tax-would-be-paid");

        Assert.Empty(item.Draft);
        Assert.Contains("For 2022, you answered that the problem is extra tax the IRS added, not unpaid tax shown on the return. This question is about unpaid tax shown on the return.", item.AnswersSupport);
    }

    [Fact]
    public void SignedUnderDuress_IsSupported_DraftLeavesTheThreatsBlank()
    {
        var item = For("duress").Item("signature-and-duress");

        Assert.Contains("For 2022, you answered that you signed only because you were forced (under duress).", item.AnswersSupport);
        Assert.Equal<string>(["For 2022: I signed the joint return only because [describe the demands or threats, who made them, and when]. I would not have signed it otherwise."], item.Draft);
        Assert.Contains(Citations.Form8857InstructionsDuress, item.Sources);
    }

    [Fact]
    public void ForgedSignature_DraftSaysTheyDidNotSign()
    {
        var item = For("forged").Item("signature-and-duress");

        Assert.Equal<string>(["For 2022: I did not sign the joint return, and I did not agree to file jointly. [Describe what happened and how you found out.]"], item.Draft);
    }

    // ---- Financial situation and additional information ---------------------------------------------------

    [Fact]
    public void FinancialDraft_UsesTheAnsweredHouseholdSizeIncomeAndCosts()
    {
        var item = For("unpaid-tax").Item("financial-situation");

        Assert.Equal<string>(["My household has 2 people, including me. Our income is about $2,500 a month before tax, from [list each source and its amount: wages, benefits, support, other]. Our basic living costs are about $2,400 a month: [list housing, food, utilities, transport, health care, child care and other basic costs]. I do not have savings or property I could use to pay this tax and still pay my basic living costs."], item.Draft);
        Assert.Contains("You answered that your household gets about $2,500 a month before tax.", item.AnswersSupport);
    }

    [Fact]
    public void FinancialDraft_NothingAnswered_HasOnlyBlanks()
    {
        var item = For("nothing-answered").Item("financial-situation");

        Assert.Equal<string>(["My household has [number] people, including me. Our income is about [amount] a month before tax, from [list each source and its amount: wages, benefits, support, other]. Our basic living costs are about [amount] a month: [list housing, food, utilities, transport, health care, child care and other basic costs]. [List your savings and property, and their values.]"], item.Draft);
        Assert.Empty(item.AnswersSupport);
        Assert.Contains($"The screening did not ask you: “{QuestionCatalog.HouseholdSize.Prompt}”", item.NotKnown);
    }

    [Fact]
    public void FinancialSituation_AssetsNotSure_IsNamedAsNotKnown_AndLeftBlank()
    {
        var answers = WorksheetAnswers.Named("unpaid-tax").WithHousehold("assets-to-pay-tax", "not-sure");

        var item = WorksheetAnswers.Worksheet(answers).Item("financial-situation");

        Assert.EndsWith("[List your savings and property, and their values.]", Assert.Single(item.Draft), StringComparison.Ordinal);
        Assert.Contains($"You answered “Not sure” to: “{QuestionCatalog.AssetsToPayTax.Prompt}”", item.NotKnown);
    }

    [Theory]
    [InlineData("2024-03-01", "on March 1, 2024")]
    [InlineData("2024-03", "in March 2024")]
    public void Refund_PaymentDate_IsWrittenPlainly(string answered, string shown)
    {
        var answers = WorksheetAnswers.Play(Truths.FigureA().With(("liability-type", "underpayment"), ("balance-still-owed", "no"), ("paid-with-own-money", "yes"),
            ("last-own-payment-date", answered), ("return-filed-date", "2022-04-15")), 2022);

        var item = WorksheetAnswers.Worksheet(answers).Item("refund");

        Assert.Contains($"For 2022, you answered that you paid some of this tax with your own money; your latest such payment was {shown}.", item.AnswersSupport);
        Assert.Contains("Separation of liability never gives a refund. Innocent spouse relief and equitable relief can.", item.Notes);
    }

    [Fact]
    public void Refund_ReturnFiledDateAnswered_IsWrittenPlainly()
    {
        var answers = WorksheetAnswers.Named("refund").WithYear(2022, "return-filed-date", "2022-04-15");

        var item = WorksheetAnswers.Worksheet(answers).Item("refund");

        Assert.Contains("For 2022, you answered that the joint return was filed on April 15, 2022.", item.AnswersSupport);
    }

    [Fact]
    public void DivorceDecree_NoDecree_IsSupported_AndNoCopyIsAskedFor()
    {
        var answers = WorksheetAnswers.Named("figure-a").WithHousehold("divorce-decree-says-who-pays", "both-or-no-decree");

        var item = WorksheetAnswers.Worksheet(answers).Item("divorce-decree");

        Assert.Equal<string>(["You answered that you both must pay this tax, or that no decree or agreement says who pays."], item.AnswersSupport);
        Assert.Empty(item.YouAdd);
    }

    [Fact]
    public void DivorceDecree_OtherPersonMustPay_AsksForACopyOfThePages()
    {
        var answers = WorksheetAnswers.Named("figure-a").WithHousehold("divorce-decree-says-who-pays", "other-person");

        var item = WorksheetAnswers.Worksheet(answers).Item("divorce-decree");

        Assert.Equal<string>(["You answered that a divorce decree, separation agreement or other binding agreement says the person on line 6 must pay this tax."], item.AnswersSupport);
        Assert.Equal<string>(["A copy of the pages of the decree or agreement that say who pays the tax, and its date."], item.YouAdd);
    }

    [Fact]
    public void Questions_NotOnThePath_AreNamedAsNotAsked()
    {
        var item = For("figure-a").Item("financial-situation");

        Assert.Contains($"The screening did not ask you: “{QuestionCatalog.MonthlyIncome.Prompt}”", item.NotKnown);
        Assert.Empty(item.AnswersSupport);
    }

    [Fact]
    public void Worksheet_IncompleteScreening_IsStillBuilt_WithTheYearNotFinished()
    {
        var answers = ScreeningAnswers.ForYears(2022);
        var result = ScreeningEngine.Evaluate(answers, WorksheetAnswers.AsOf);

        var worksheet = Form8857Worksheet.For(answers, result);

        Assert.False(result.IsComplete);
        Assert.Contains("For 2022, the screening is not finished.", worksheet.Item("tax-years").AnswersSupport);
        Assert.Equal(WorksheetAnswers.AsOf, worksheet.AsOf);
    }
}
