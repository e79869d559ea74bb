using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Report;

/// <summary>The worksheet's items, one method each, in the form's order (docs/rules/form-8857-worksheet.md).</summary>
internal sealed partial class Form8857WorksheetBuilder
{
    private static string OnLine6 => T("worksheet.person-on-line-6", "the person on line 6");

    // ---- Part I: Should you file this form? ----------------------------------------------------------------

    private Form8857WorksheetItem ReliefSituation()
    {
        var item = new Item("relief-situation", Form8857Part.PartI, 1, T("worksheet.relief-situation.topic", "Which situation describes you"),
            T("worksheet.relief-situation.asks", "Does one of two situations describe you? (a) You filed a joint return, and you think the other person alone should pay for a wrong item on it or for tax that was not paid. (b) You lived in a community-property state, did not file a joint return, and think you should not be taxed on an item of community income. If neither does, do not file Form 8857, but still answer line 2."),
            Citations.Form8857Line1, Citations.Irc6015);
        PerYear(item.Support, year => Year(Q.FiledJointReturn, year) switch
        {
            "yes" => T("worksheet.relief-situation.support.filed-joint-return.yes", "you answered that you signed a joint return."),
            "separate" => T("worksheet.relief-situation.support.filed-joint-return.separate", "you answered that you filed separately (married filing separately). Situation (a) needs a joint return; see the community-property item for situation (b)."),
            "forged" => T("worksheet.relief-situation.support.filed-joint-return.forged", "you answered that your signature was forged or that you never agreed to a joint return. See the item on signing and duress."),
            "duress" => T("worksheet.relief-situation.support.filed-joint-return.duress", "you answered that you signed only because you were forced. See the item on signing and duress."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.LiabilityType, year) switch
        {
            "understatement" => T("worksheet.relief-situation.support.liability-type.understatement", "you answered that the IRS added tax to the return (extra tax)."),
            "underpayment" => T("worksheet.relief-situation.support.liability-type.underpayment", "you answered that tax shown on the return was not paid (unpaid tax)."),
            "both" => T("worksheet.relief-situation.support.liability-type.both", "you answered that there is both extra tax the IRS added and unpaid tax shown on the return."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.ErroneousItemOwner, year) switch
        {
            "other-person" => F("worksheet.relief-situation.support.erroneous-item-owner.other-person", "you answered that the tax comes from the income, deduction or credit of {0}.", OnLine6),
            "me" => T("worksheet.relief-situation.support.erroneous-item-owner.me", "you answered that the tax comes from your own income, deduction or credit."),
            "both" => F("worksheet.relief-situation.support.erroneous-item-owner.both", "you answered that the tax comes partly from your items and partly from those of {0}.", OnLine6),
            _ => null,
        });
        NotKnownPerYear(item, Q.FiledJointReturn);
        NotKnownPerYear(item, Q.LiabilityType, year => Year(Q.FiledJointReturn, year) is "yes" or null);
        NotKnownPerYear(item, Q.ErroneousItemOwner, year => Year(Q.FiledJointReturn, year) == "yes");
        return item.Build();
    }

    private Form8857WorksheetItem CommunityProperty()
    {
        var item = new Item("community-property", Form8857Part.PartI, 1, T("worksheet.community-property.topic", "Community-property states"),
            T("worksheet.community-property.asks", "Situation (b) of line 1: you lived in a community-property state, did not file a joint return, and think you should not be taxed on your share of the other person's income. Relief from community-property law (IRC §66(c)) is asked for on this same form."),
            Citations.Form8857Line1, Citations.Irc66C);
        PerYear(item.Support, year => Year(Q.CommunityPropertyState, year) switch
        {
            null => null,
            "none" => T("worksheet.community-property.support.community-property-state.none", "you answered that you lived in a state that is not a community-property state."),
            "opt-in-state" => T("worksheet.community-property.support.community-property-state.opt-in-state", "you answered that you lived in Alaska or another state where you chose community property by agreement. Whether community-property law applied needs a closer look."),
            "territory" => T("worksheet.community-property.support.community-property-state.territory", "you answered that you lived in Puerto Rico, Guam or another U.S. territory. Whether community-property law applied needs a closer look."),
            var state => Label(Q.CommunityPropertyState, state) is { } name ? F("worksheet.community-property.support.community-property-state.named", "you answered that you lived in {0}, a community-property state.", name) : null,
        });
        PerYear(item.Support, year => Year(Q.ReportedCommunityIncome, year) switch
        {
            "yes" => F("worksheet.community-property.support.reported-community-income.yes", "you answered that you reported your share of the income of {0} on your separate return.", OnLine6),
            "no" => F("worksheet.community-property.support.reported-community-income.no", "you answered that you did not report your share of the income of {0} on your separate return.", OnLine6),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.IncomeBelongsToOtherSpouse, year) switch
        {
            "yes" => F("worksheet.community-property.support.income-belongs-to-other-spouse.yes", "you answered that the income is the pay, business or partnership income, or separate-property income of {0}.", OnLine6),
            "no" => F("worksheet.community-property.support.income-belongs-to-other-spouse.no", "you answered that the income is not the pay, business or partnership income, or separate-property income of {0}.", OnLine6),
            _ => null,
        });
        PerYear(item.Support, year => ResultFor(year, ReliefType.CommunityProperty) is { } relief && relief.Determination != Determination.NotApplicable
            ? F("worksheet.community-property.support.result", "the screening's result for community-property relief (IRC §66(c)) is: {0}.", DeterminationText.Label(relief.Determination))
            : null);
        NotKnownPerYear(item, Q.CommunityPropertyState);
        NotKnownPerYear(item, Q.ReportedCommunityIncome, year => Year(Q.FiledJointReturn, year) == "separate");
        return item.Build();
    }

    private Form8857WorksheetItem InjuredSpouseRefund()
    {
        var item = new Item("injured-spouse-refund", Form8857Part.PartI, 2, T("worksheet.injured-spouse-refund.topic", "A joint refund taken for the other person's debt"),
            F("worksheet.injured-spouse-refund.asks", "Did the IRS take your share of a joint refund, from any year, to pay a past-due debt that only {0} owed? Such debts are federal tax, state income tax, state unemployment compensation, child support, spousal support, or a federal non-tax debt such as a student loan. If so, you may be able to get your share back with Form 8379, Injured Spouse Allocation.", OnLine6),
            Citations.Form8857Line2, Citations.Form8857InstructionsLine2, Citations.Form8379WhoMustFile);
        PerYear(item.Support, year => Year(Q.RefundKept, year) switch
        {
            "none" => T("worksheet.injured-spouse-refund.support.refund-kept.none", "you answered that the IRS did not keep a refund to pay a debt for that year."),
            "joint-refund-other-spouse-debt" => F("worksheet.injured-spouse-refund.support.refund-kept.joint-refund-other-spouse-debt", "you answered that your joint refund went to a debt only {0} owed. You may need Form 8379 as well.", OnLine6),
            "separate-refund-to-joint-debt" => T("worksheet.injured-spouse-refund.support.refund-kept.separate-refund-to-joint-debt", "you answered that the IRS kept your own refund, from a return you filed alone, to pay your joint tax. That is not an injured spouse problem."),
            "joint-refund-joint-debt" => T("worksheet.injured-spouse-refund.support.refund-kept.joint-refund-joint-debt", "you answered that your joint refund went to a tax debt you both owe. Form 8379 does not cover a debt you both owe."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.RefundKept, year) != "joint-refund-other-spouse-debt" ? null : Year(Q.HadOwnIncomeOrPayments, year) switch
        {
            "yes" => T("worksheet.injured-spouse-refund.support.had-own-income-or-payments.yes", "you answered that you had income, tax withheld, estimated payments or a refundable credit on that joint return."),
            "no" => T("worksheet.injured-spouse-refund.support.had-own-income-or-payments.no", "you answered that you had no income, tax withheld, estimated payments or refundable credit on that joint return. Form 8379 can only give back your share."),
            _ => null,
        });
        NotKnownPerYear(item, Q.RefundKept);
        NotKnownPerYear(item, Q.HadOwnIncomeOrPayments, year => Year(Q.RefundKept, year) == "joint-refund-other-spouse-debt");
        item.Notes.Add(T("worksheet.injured-spouse-refund.note.1", "Line 2 asks about a joint refund from any year, not only the years you screened here."));
        return item.Build();
    }

    private Form8857WorksheetItem TaxYears()
    {
        var item = new Item("tax-years", Form8857Part.PartI, 3, T("worksheet.tax-years.topic", "The tax years you want relief for"),
            T("worksheet.tax-years.asks", "Enter each tax year you want relief for. Enter the year of the tax, not the year of a refund the IRS kept to pay it. You do not choose a kind of relief: the IRS considers innocent spouse relief, separation of liability and equitable relief together for each year."),
            Citations.Form8857Line3, Citations.Form8857InstructionsLine3, Citations.Irc6015);
        item.Support.Add(F("worksheet.tax-years.support.screened", "You screened {0}.", _allYears));
        PerYear(item.Support, year =>
        {
            var reliefs = new[] { ReliefType.InnocentSpouse, ReliefType.SeparationOfLiability, ReliefType.EquitableRelief }
                .Select(r => ResultFor(year, r) is { } result ? $"{DeterminationText.Name(r)}: {DeterminationText.Label(result.Determination)}" : null)
                .ToList();
            return reliefs.All(r => r is null) ? T("worksheet.tax-years.support.not-finished", "the screening is not finished.")
                : F("worksheet.tax-years.support.results", "the screening's results are: {0}.", string.Join("; ", reliefs.Select(r => r ?? T("worksheet.tax-years.support.result-not-finished", "not finished"))));
        });
        PerYear(item.Support, year => Year(Q.RefundKept, year) == "separate-refund-to-joint-debt"
            ? T("worksheet.tax-years.support.own-refund", "you answered that the IRS kept your own refund to pay this tax. Enter the year of the tax, not the year of the refund.")
            : null);
        item.YouAdd.Add(T("worksheet.tax-years.add.1", "Any other year you want relief for that you did not screen here."));
        return item.Build();
    }

    private Form8857WorksheetItem DoNotFileSituations()
    {
        var item = new Item("do-not-file-situations", Form8857Part.PartI, null, T("worksheet.do-not-file-situations.topic", "Years for which you should not file"),
            T("worksheet.do-not-file-situations.asks", "Do not file Form 8857 for a year where: a court made a final decision, considered relief, and denied it; a court made a final decision in a case you took a real part in and could have asked for relief; you entered into an offer in compromise with the IRS; or you signed a closing agreement that settled the same tax."),
            Citations.Form8857ShouldNotFile, Citations.Irc6015G2);
        PerYear(item.Support, year => Year(Q.FinalCourtDecision, year) switch
        {
            "no" => T("worksheet.do-not-file-situations.support.final-court-decision.no", "you answered that no court has made a final decision about that year's tax."),
            "yes" => T("worksheet.do-not-file-situations.support.final-court-decision.yes", "you answered that a court has made a final decision about that year's tax."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.TookPartInCourtCase, year) switch
        {
            "yes" => T("worksheet.do-not-file-situations.support.took-part-in-court-case.yes", "you answered that you took a real part in that court case."),
            "no" => T("worksheet.do-not-file-situations.support.took-part-in-court-case.no", "you answered that you did not take a real part in that court case."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.AcceptedOfferInCompromise, year) switch
        {
            "yes" => T("worksheet.do-not-file-situations.support.accepted-offer-in-compromise.yes", "you answered that the IRS accepted an offer in compromise that covered that year's tax."),
            "no" => T("worksheet.do-not-file-situations.support.accepted-offer-in-compromise.no", "you answered that the IRS did not accept an offer in compromise that covered that year's tax."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.ClosingAgreement, year) switch
        {
            "yes" => T("worksheet.do-not-file-situations.support.closing-agreement.yes", "you answered that you signed a closing agreement that settled that year's tax."),
            "no" => T("worksheet.do-not-file-situations.support.closing-agreement.no", "you answered that you did not sign a closing agreement that settled that year's tax."),
            _ => null,
        });
        NotKnownPerYear(item, Q.FinalCourtDecision);
        NotKnownPerYear(item, Q.TookPartInCourtCase, year => Year(Q.FinalCourtDecision, year) is "yes" or AnswerValues.NotSure);
        NotKnownPerYear(item, Q.AcceptedOfferInCompromise);
        NotKnownPerYear(item, Q.ClosingAgreement);
        return item.Build();
    }

    // ---- Part II: Tell us about yourself and the person on line 6 ----------------------------------------------

    private static Form8857WorksheetItem YourInformation()
    {
        var item = new Item("your-information", Form8857Part.PartII, null, T("worksheet.your-information.topic", "About you"),
            T("worksheet.your-information.asks", "Your current name, social security number, home address, county and best daytime phone number, and whether the IRS should use this address."),
            Citations.Form8857PartII, Citations.Form8857ImportantThings);
        item.YouAdd.AddRange([T("worksheet.your-information.add.1", "Your current name."), T("worksheet.your-information.add.2", "Your social security number."), T("worksheet.your-information.add.3", "Your home address and county."), T("worksheet.your-information.add.4", "Your best daytime phone number.")]);
        item.NotKnown.Add(T("worksheet.your-information.not-known.1", "This tool never asks for your name, number, address or phone number."));
        item.Notes.Add(F("worksheet.your-information.note.1", "The IRS will not tell {0} your current name, address, phone numbers or employer.", OnLine6));
        return item.Build();
    }

    private static Form8857WorksheetItem OtherPerson()
    {
        var item = new Item("other-person", Form8857Part.PartII, 6, T("worksheet.other-person.topic", "The person who was your spouse for those years"),
            T("worksheet.other-person.asks", "The current name, social security number and address (if you know them) of the person who was your spouse for the years on line 3."),
            Citations.Form8857Line6, Citations.Form8857InstructionsLine6, Citations.Form8857ImportantThings);
        item.YouAdd.AddRange([T("worksheet.other-person.add.1", "That person's current name."), T("worksheet.other-person.add.2", "That person's social security number, if you know it."), T("worksheet.other-person.add.3", "That person's current address, if you know it.")]);
        item.NotKnown.Add(T("worksheet.other-person.not-known.1", "This tool never asks for the other person's name, number or address."));
        item.Notes.Add(T("worksheet.other-person.note.1", "By law, the IRS must tell this person that you asked for relief. The person can take part by answering an IRS questionnaire about the years on line 3."));
        return item.Build();
    }

    private Form8857WorksheetItem MaritalStatus()
    {
        var item = new Item("marital-status", Form8857Part.PartII, null, T("worksheet.marital-status.topic", "Your marital status"),
            F("worksheet.marital-status.asks", "Your marital status today with {0}, and the date it began: married and living together; married but living apart; widowed; legally separated; or divorced. If it was different in some years, give it year by year.", OnLine6),
            Citations.Form8857PartII, Citations.Irc6015C3Ai, Citations.RevProcMaritalStatus);
        var status = Household(Q.MaritalStatus);
        switch (status)
        {
            case "married-living-together":
                item.Support.Add(F("worksheet.marital-status.support.marital-status.married-living-together", "You answered that you are still married to {0} and live together.", OnLine6));
                break;
            case "married-living-apart":
                item.Support.Add(F("worksheet.marital-status.support.marital-status.married-living-apart", "You answered that you are still married to {0} but live apart.", OnLine6));
                item.YouAdd.Add(T("worksheet.marital-status.add.1", "The date you began living apart: [date]."));
                break;
            case "divorced":
                item.Support.Add(F("worksheet.marital-status.support.marital-status.divorced", "You answered that you are divorced from {0}.", OnLine6));
                item.YouAdd.Add(T("worksheet.marital-status.add.2", "The date of your divorce: [date]."));
                break;
            case "widowed":
                item.Support.Add(F("worksheet.marital-status.support.marital-status.widowed", "You answered that {0} has died (you are widowed).", OnLine6));
                item.YouAdd.Add(F("worksheet.marital-status.add.3", "The date {0} died: [date].", OnLine6));
                break;
            case "legally-separated":
                item.Support.Add(T("worksheet.marital-status.support.marital-status.legally-separated", "You answered that you are legally separated by a court decree."));
                item.YouAdd.Add(T("worksheet.marital-status.add.4", "The date of the court decree of separate maintenance: [date]."));
                break;
            default:
                item.YouAdd.Add(F("worksheet.marital-status.add.5", "Your marital status with {0} and the date it began: [status and date].", OnLine6));
                break;
        }

        NotKnown(item, Q.MaritalStatus);
        item.NotKnown.Add(T("worksheet.marital-status.not-known.1", "This screening does not ask for dates of marriage, divorce, separation or death."));
        return item.Build();
    }

    private Form8857WorksheetItem LivingApart()
    {
        var item = new Item("living-apart", Form8857Part.PartII, null, T("worksheet.living-apart.topic", "Living apart"),
            F("worksheet.living-apart.asks", "Whether you and {0} live apart, and since when.", OnLine6),
            Citations.Form8857PartII, Citations.Irc6015C3Ai, Citations.Reg16015Dash3B3);
        var apart = Household(Q.LivedApart12Months);
        switch (apart)
        {
            case "yes":
                item.Support.Add(F("worksheet.living-apart.support.lived-apart-12-months.yes", "You answered that you and {0} have lived in different homes for all of the last 12 months.", OnLine6));
                break;
            case "no":
                item.Support.Add(F("worksheet.living-apart.support.lived-apart-12-months.no", "You answered that you and {0} have not lived in different homes for all of the last 12 months.", OnLine6));
                break;
        }

        switch (Household(Q.AbsenceIsTemporary))
        {
            case "yes":
                item.Support.Add(T("worksheet.living-apart.support.absence-is-temporary.yes", "You answered that the time apart is only temporary and you expect to live together again. A temporary absence, such as prison, a hospital stay, work away or military service, still counts as the same household."));
                break;
            case "no":
                item.Support.Add(T("worksheet.living-apart.support.absence-is-temporary.no", "You answered that the time apart is not temporary."));
                break;
        }

        if (apart == "yes" || Household(Q.MaritalStatus) == "married-living-apart")
        {
            item.YouAdd.Add(T("worksheet.living-apart.add.1", "The date you began living apart: [date]."));
        }

        NotKnown(item, Q.LivedApart12Months);
        NotKnown(item, Q.AbsenceIsTemporary, relevant: apart == "yes");
        item.Notes.Add(T("worksheet.living-apart.note.1", "Separation of liability counts the 12 months up to the day you file Form 8857."));
        return item.Build();
    }

    private static Form8857WorksheetItem Education()
    {
        var item = new Item("education", Form8857Part.PartII, null, T("worksheet.education.topic", "Your education"),
            T("worksheet.education.asks", "The highest level of school you had finished when the returns were filed, and any college courses in business, tax or accounting."),
            Citations.Form8857PartII, Citations.Pub971ReasonToKnow);
        item.YouAdd.AddRange([T("worksheet.education.add.1", "The highest level of school you had finished when each return was filed: [level]."), T("worksheet.education.add.2", "Any college courses in business, tax or accounting: [courses, or none].")]);
        item.NotKnown.Add(T("worksheet.education.not-known.1", "This screening does not ask about your education."));
        item.Notes.Add(T("worksheet.education.note.1", "The IRS looks at your education and business experience when it asks whether you should have known about the tax problem."));
        return item.Build();
    }

    private Form8857WorksheetItem Abuse()
    {
        var item = new Item("abuse", Form8857Part.PartII, null, T("worksheet.abuse.topic", "Abuse or control of money"),
            F("worksheet.abuse.asks", "Whether {0} abused you or was violent toward you during the years on line 3 or when the returns were signed, what happened, and whether it affected your ability to question the return or the payments.", OnLine6),
            Citations.Form8857PartII, Citations.RevProcAbuse, Citations.Form8857ImportantThings, Citations.Form8857Rev2007Privacy);
        var abused = Household(Q.AbusedAndAfraid);
        var control = Household(Q.FinancialControl);
        item.Support.AddRange(AbuseAnswers(abused, control));
        PerYear(item.Support, year => Year(Q.AttributionException, year) == "abuse" ? T("worksheet.abuse.support.attribution-exception.abuse", "you answered that abuse kept you from questioning the return or the payment.") : null);

        if (abused == "yes")
        {
            item.Draft.Add(F("worksheet.abuse.draft.1", "Before the returns were filed, {0} abused me. I was afraid to question the return or the payments. [In your own words, describe what happened, when it started, and how it kept you from questioning the return or the payments.]", MySpouse));
        }

        if (control == "yes")
        {
            item.Draft.Add(F("worksheet.abuse.draft.2", "{0} controlled our money. I could not see the accounts or question the tax. [Describe how: for example, no access to the bank accounts, bills hidden from you, or not being allowed to ask.]", MySpouseCapitalized));
        }

        if (item.Draft.Count == 0 && (abused is null or AnswerValues.NotSure || control is null or AnswerValues.NotSure))
        {
            item.Draft.Add(T("worksheet.abuse.draft.3", "[If there was abuse or control of money, describe it here in your own words. If there was none, leave this blank.]"));
        }

        NotKnown(item, Q.AbusedAndAfraid);
        NotKnown(item, Q.FinancialControl);
        item.Notes.Add(T("worksheet.abuse.note.1", "You can describe it in your own words, and attach any documents you have that support it."));
        item.Notes.Add(F("worksheet.abuse.note.2", "By law, the IRS must tell {0} that you asked for relief, even where there was abuse. It will not tell that person your current name, address, phone numbers or employer.", OnLine6));
        item.Notes.Add(T("worksheet.abuse.note.3", "If you ask the Tax Court to review the IRS's decision, your information may become public."));
        return item.Build();
    }

    private static IEnumerable<string> AbuseAnswers(string? abused, string? control)
    {
        switch (abused)
        {
            case "yes":
                yield return F("worksheet.abuse-answers.support.abused-and-afraid.yes", "You answered that, before the returns were filed, {0} abused you, so that you were afraid to question the return or the payments.", OnLine6);
                break;
            case "no":
                yield return F("worksheet.abuse-answers.support.abused-and-afraid.no", "You answered “No” to whether {0} abused you so that you were afraid to question the return or the payments.", OnLine6);
                break;
        }

        switch (control)
        {
            case "yes":
                yield return F("worksheet.abuse-answers.support.financial-control.yes", "You answered that {0} controlled the money so that you could not see the accounts or question the tax.", OnLine6);
                break;
            case "no":
                yield return F("worksheet.abuse-answers.support.financial-control.no", "You answered “No” to whether {0} controlled the money so that you could not see the accounts or question the tax.", OnLine6);
                break;
        }
    }

    private Form8857WorksheetItem Health()
    {
        var item = new Item("health", Form8857Part.PartII, null, T("worksheet.health.topic", "Your health"),
            T("worksheet.health.asks", "Whether you had a mental or physical health problem when the returns were signed, or have one now, what it is, and when it started."),
            Citations.Form8857PartII, Citations.RevProcHealth);
        switch (Household(Q.HealthProblem))
        {
            case "yes":
                item.Support.Add(T("worksheet.health.support.health-problem.yes", "You answered that you had a serious mental or physical health problem when you signed the returns, or have one now."));
                item.Draft.Add(T("worksheet.health.draft.1", "I have had a serious health problem. [Describe the problem, when it started, and whether you had it when you signed the returns, now, or both.]"));
                item.YouAdd.Add(T("worksheet.health.add.1", "Documents such as a doctor's letter or medical records."));
                break;
            case "no":
                item.Support.Add(T("worksheet.health.support.health-problem.no", "You answered “No” to whether you had a serious mental or physical health problem when you signed the returns, or now."));
                break;
            default:
                item.Draft.Add(T("worksheet.health.draft.2", "[If you had a serious mental or physical health problem when you signed the returns, or have one now, describe it here.]"));
                break;
        }

        NotKnown(item, Q.HealthProblem);
        return item.Build();
    }

    // ---- Part III: Tell us about your involvement in finances and preparing returns ------------------------------

    private static Form8857WorksheetItem ReturnPreparation()
    {
        var item = new Item("return-preparation", Form8857Part.PartIII, null, T("worksheet.return-preparation.topic", "How you took part in preparing the returns"),
            T("worksheet.return-preparation.asks", "How you were involved in preparing each return: for example, you prepared it, gathered the papers, reviewed it before signing, or did not review it."),
            Citations.Form8857PartIII, Citations.Pub971ReasonToKnow);
        item.YouAdd.Add(T("worksheet.return-preparation.add.1", "For each year: who prepared the return, and what you did [prepared it, gathered papers, reviewed it, or did not see it before it was filed]."));
        item.NotKnown.Add(T("worksheet.return-preparation.not-known.1", "This screening does not ask who prepared the returns or whether you reviewed them."));
        return item.Build();
    }

    private Form8857WorksheetItem SignatureAndDuress()
    {
        var item = new Item("signature-and-duress", Form8857Part.PartIII, null, T("worksheet.signature-and-duress.topic", "Signing the return, forgery and duress"),
            T("worksheet.signature-and-duress.asks", "Whether you signed each return, whether your signature was forged, and whether you signed only under duress: you could not resist demands to sign, and you would not have signed otherwise."),
            Citations.Form8857PartIII, Citations.Form8857InstructionsDuress);
        PerYear(item.Support, year => Year(Q.FiledJointReturn, year) switch
        {
            "yes" => T("worksheet.signature-and-duress.support.filed-joint-return.yes", "you answered that you signed a joint return."),
            "forged" => T("worksheet.signature-and-duress.support.filed-joint-return.forged", "you answered that your signature was forged or that you never agreed to a joint return."),
            "duress" => T("worksheet.signature-and-duress.support.filed-joint-return.duress", "you answered that you signed only because you were forced (under duress)."),
            _ => null,
        });
        PerYear(item.Draft, year => Year(Q.FiledJointReturn, year) switch
        {
            "duress" => T("worksheet.signature-and-duress.draft.filed-joint-return.duress", "I signed the joint return only because [describe the demands or threats, who made them, and when]. I would not have signed it otherwise."),
            "forged" => T("worksheet.signature-and-duress.draft.filed-joint-return.forged", "I did not sign the joint return, and I did not agree to file jointly. [Describe what happened and how you found out.]"),
            _ => null,
        }, ": ");
        if (AnyYear(Q.FiledJointReturn, "duress", "forged"))
        {
            item.Notes.Add(T("worksheet.signature-and-duress.note.1", "A return you did not agree to, or signed only under duress, may not be a valid joint return. Then the question is whether the return was joint at all. A tax professional can help."));
        }

        NotKnownPerYear(item, Q.FiledJointReturn);
        return item.Build();
    }

    private Form8857WorksheetItem KnowledgeOfItems()
    {
        var item = new Item("knowledge-of-items", Form8857Part.PartIII, null, T("worksheet.knowledge-of-items.topic", "What you knew about the items"),
            T("worksheet.knowledge-of-items.asks", "When you signed each return, did you know or suspect that it was wrong or left something out? What did you know about the other person's income: each type, the amount, and who paid it? Explain."),
            Citations.Form8857PartIII, Citations.Irc6015Knowledge, Citations.RevProcKnowledgeUnderstatement);
        // Extra tax on a joint return, or (IRC §66(c)) community income on a separate return, where the same questions are asked.
        bool Extra(int year) => Year(Q.FiledJointReturn, year) switch
        {
            "yes" or null => MayHave(year, "understatement"),
            "separate" => Year(Q.KnewOfItem, year) is not null,
            _ => false,
        };
        PerYear(item.Support, year => Year(Q.LiabilityType, year) == "underpayment"
            ? T("worksheet.knowledge-of-items.support.liability-type.underpayment", "you answered that the problem is unpaid tax shown on the return, not extra tax. See the next item, about whether you expected the tax to be paid.")
            : null);
        PerYear(item.Support, year => !Extra(year) ? null : Year(Q.KnewOfItem, year) switch
        {
            "no" => T("worksheet.knowledge-of-items.support.knew-of-item.no", "you answered that, when you signed, you did not know about the income or item that caused the extra tax."),
            "partly" => T("worksheet.knowledge-of-items.support.knew-of-item.partly", "you answered that, when you signed, you knew about part of the income or item that caused the extra tax."),
            "yes" => T("worksheet.knowledge-of-items.support.knew-of-item.yes", "you answered that, when you signed, you knew about the income or item that caused the extra tax."),
            _ => null,
        });
        PerYear(item.Support, year => !Extra(year) ? null : Year(Q.ReasonToKnow, year) switch
        {
            "no" => T("worksheet.knowledge-of-items.support.reason-to-know.no", "you answered that, looking back, you should not have known about it."),
            "yes" => T("worksheet.knowledge-of-items.support.reason-to-know.yes", "you answered that, looking back, you should have known about it."),
            _ => null,
        });
        PerYear(item.Support, year => !Extra(year) ? null : Year(Q.ReasonToKnowUnknownPart, year) switch
        {
            "no" => T("worksheet.knowledge-of-items.support.reason-to-know-unknown-part.no", "you answered that, looking back, you should not have known about the rest: the part you did not know about."),
            "yes" => T("worksheet.knowledge-of-items.support.reason-to-know-unknown-part.yes", "you answered that, looking back, you should have known about the rest: the part you did not know about."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.AttributionException, year) switch
        {
            "community-property-law" => T("worksheet.knowledge-of-items.support.attribution-exception.community-property-law", "you answered that the item in your name is yours only because of community-property law."),
            "nominal-ownership" => F("worksheet.knowledge-of-items.support.attribution-exception.nominal-ownership", "you answered that the item is in your name only and {0} really owned it.", OnLine6),
            "misappropriation" => F("worksheet.knowledge-of-items.support.attribution-exception.misappropriation", "you answered that you gave {0} money to pay the tax and they used it for themselves.", OnLine6),
            "fraud-by-other-person" => F("worksheet.knowledge-of-items.support.attribution-exception.fraud-by-other-person", "you answered that fraud by {0} caused it.", OnLine6),
            "none" => T("worksheet.knowledge-of-items.support.attribution-exception.none", "you answered that none of the listed exceptions (community-property law, ownership in name only, money taken, abuse, fraud) describes the item in your name."),
            _ => null,
        });
        PerYear(item.Draft, year => Extra(year) ? KnowledgeDraft(year) : null, ": ");
        if (_years.Any(Extra))
        {
            item.YouAdd.Add(T("worksheet.knowledge-of-items.add.1", "What the IRS changed: the income, deduction or credit and the amount, from the IRS letter."));
            item.YouAdd.Add(F("worksheet.knowledge-of-items.add.2", "Each kind of income {0} had, the amount, and who paid it. Say where you do not know.", OnLine6));
        }

        NotKnownPerYear(item, Q.LiabilityType, year => Year(Q.FiledJointReturn, year) == "yes");
        NotKnownPerYear(item, Q.KnewOfItem, Extra);
        NotKnownPerYear(item, Q.ReasonToKnow, year => Extra(year) && Year(Q.KnewOfItem, year) == "no");
        NotKnownPerYear(item, Q.ReasonToKnowUnknownPart, year => Extra(year) && Year(Q.KnewOfItem, year) == "partly");
        NotKnownPerYear(item, Q.AttributionException, year => Year(Q.ErroneousItemOwner, year) is "me" or "both");
        return item.Build();
    }

    /// <summary>The first-person draft of what the person knew about the item, for one year; blanks where nothing was answered.</summary>
    private string KnowledgeDraft(int year)
    {
        var spouse = MySpouse;
        var item = Year(Q.ErroneousItemOwner, year) switch
        {
            _ when Year(Q.FiledJointReturn, year) == "separate" => F("worksheet.knowledge-of-items.draft.item.separate-return", "The tax comes from {0}'s income, which community-property law made partly mine: [describe the income and the amount].", spouse),
            "other-person" => F("worksheet.knowledge-of-items.draft.item.erroneous-item-owner.other-person", "The extra tax comes from {0}'s [describe the income, deduction or credit the IRS changed, and the amount].", spouse),
            "me" => T("worksheet.knowledge-of-items.draft.item.erroneous-item-owner.me", "The extra tax comes from an item in my name: [describe the item and the amount]."),
            "both" => F("worksheet.knowledge-of-items.draft.item.erroneous-item-owner.both", "Part of the extra tax comes from my items and part from {0}'s: [describe which items were whose, and the amounts].", spouse),
            _ => T("worksheet.knowledge-of-items.draft.item.erroneous-item-owner.other", "The extra tax comes from [describe the income, deduction or credit the IRS changed, whose it was, and the amount]."),
        };
        var exception = Year(Q.AttributionException, year) switch
        {
            "community-property-law" => T("worksheet.knowledge-of-items.draft.exception.attribution-exception.community-property-law", " It is mine only because of community-property law."),
            "nominal-ownership" => F("worksheet.knowledge-of-items.draft.exception.attribution-exception.nominal-ownership", " It was in my name only; {0} really owned it. [Describe how you know.]", spouse),
            "fraud-by-other-person" => F("worksheet.knowledge-of-items.draft.exception.attribution-exception.fraud-by-other-person", " Fraud by {0} caused it. [Describe what happened.]", spouse),
            _ => string.Empty,
        };
        var knew = Year(Q.KnewOfItem, year) switch
        {
            "no" => T("worksheet.knowledge-of-items.draft.knew.knew-of-item.no", "When I signed the return, I did not know about it.") + (Year(Q.ReasonToKnow, year) == "no"
                ? T("worksheet.knowledge-of-items.draft.knew.no-reason-to-know", " I had no reason to know about it because [describe why: for example, who handled the money, what you were told, and how big it was next to your usual income].")
                : T("worksheet.knowledge-of-items.draft.knew.describe-why-not", " [Describe why you did not know, and anything that might have made you ask questions.]")),
            "partly" => T("worksheet.knowledge-of-items.draft.knew.knew-of-item.partly", "When I signed the return, I knew about part of it: [describe the part you knew about, and its amount if you know it]. I did not know about the rest: [describe the rest].")
                + (Year(Q.ReasonToKnowUnknownPart, year) == "no" ? T("worksheet.knowledge-of-items.draft.knew.partly-no-reason-to-know", " I had no reason to know about the rest because [describe why].") : T("worksheet.knowledge-of-items.draft.knew.partly-describe-why-not", " [Describe why you did not know about the rest.]")),
            "yes" => T("worksheet.knowledge-of-items.draft.knew.knew-of-item.yes", "When I signed the return, I knew about it: [describe what you knew, and what you were told about it].")
                + (Household(Q.AbusedAndAfraid) == "yes"
                    ? F("worksheet.knowledge-of-items.draft.knew.afraid", " I did not question it because I was afraid of {0}. [Describe this in your own words.]", spouse)
                    : T("worksheet.knowledge-of-items.draft.knew.describe-why-not-questioned", " [Describe why you did not question it.]")),
            _ => T("worksheet.knowledge-of-items.draft.knew.knew-of-item.other", "[Describe what you knew about the income or item when you signed the return.]"),
        };
        return item + exception + " " + knew;
    }

    private Form8857WorksheetItem BeliefTaxWouldBePaid()
    {
        var item = new Item("belief-tax-would-be-paid", Form8857Part.PartIII, null, T("worksheet.belief-tax-would-be-paid.topic", "Why you believed the tax would be paid"),
            T("worksheet.belief-tax-would-be-paid.asks", "If the return showed tax owed: did you know it was not paid when the return was filed, and why did you believe it would be paid (for example, a plan to pay, a payment agreement, or money you gave the other person to pay it)? Explain."),
            Citations.Form8857PartIII, Citations.RevProcKnowledgeUnderpayment);
        bool Unpaid(int year) => Year(Q.FiledJointReturn, year) is "yes" or null && MayHave(year, "underpayment");
        PerYear(item.Support, year => Year(Q.LiabilityType, year) == "understatement"
            ? T("worksheet.belief-tax-would-be-paid.support.liability-type.understatement", "you answered that the problem is extra tax the IRS added, not unpaid tax shown on the return. This question is about unpaid tax shown on the return.")
            : null);
        PerYear(item.Support, year => !Unpaid(year) ? null : Year(Q.ExpectedPayment, year) switch
        {
            "yes" => F("worksheet.belief-tax-would-be-paid.support.expected-payment.yes", "you answered that, when the return was filed, you reasonably believed {0} would pay the tax shown.", OnLine6),
            "no" => F("worksheet.belief-tax-would-be-paid.support.expected-payment.no", "you answered that, when the return was filed, you did not believe {0} would pay the tax shown.", OnLine6),
            _ => null,
        });
        PerYear(item.Draft, year => Unpaid(year) ? PaymentDraft(year) : null, ": ");
        NotKnownPerYear(item, Q.ExpectedPayment, Unpaid);
        return item.Build();
    }

    private string PaymentDraft(int year)
    {
        var belief = Year(Q.ExpectedPayment, year) switch
        {
            "yes" => F("worksheet.belief-tax-would-be-paid.draft.belief.expected-payment.yes", "When the return was filed, I believed {0} would pay the tax shown because [describe why: for example, a plan to pay, a payment agreement, or money you gave them to pay it].", MySpouse),
            "no" => T("worksheet.belief-tax-would-be-paid.draft.belief.expected-payment.no", "When the return was filed, [describe what you knew about whether the tax would be paid, and why you signed]."),
            _ => T("worksheet.belief-tax-would-be-paid.draft.belief.expected-payment.other", "[Describe whether you knew the tax was not paid when the return was filed, and why you believed it would be paid.]"),
        };
        return Year(Q.AttributionException, year) == "misappropriation"
            ? belief + F("worksheet.belief-tax-would-be-paid.draft.misappropriation", " I gave {0} money to pay the tax, and they used it for themselves. [Describe when, how much, and how you found out.]", MySpouse)
            : belief;
    }

    private Form8857WorksheetItem HouseholdFinances()
    {
        var item = new Item("household-finances", Form8857Part.PartIII, null, T("worksheet.household-finances.topic", "Your part in the household money"),
            T("worksheet.household-finances.asks", "Your part in the household money: whether you could use the bank accounts, who paid the bills, and whether the other person hid information or kept you from the accounts."),
            Citations.Form8857PartIII, Citations.RevProcAbuse, Citations.Pub971ReasonToKnow);
        var control = Household(Q.FinancialControl);
        item.Support.AddRange(AbuseAnswers(null, control));
        item.Draft.Add(control == "yes"
            ? F("worksheet.household-finances.draft.1", "{0} controlled our money, so I could not see the accounts or question the tax. [Describe who handled the money, who paid the bills, and what you could and could not see.]", MySpouseCapitalized)
            : T("worksheet.household-finances.draft.2", "[Describe who handled the money, who paid the bills, and whether you could see the bank accounts.]"));
        NotKnown(item, Q.FinancialControl);
        return item.Build();
    }

    private Form8857WorksheetItem BenefitAndTransfers()
    {
        var item = new Item("benefit-and-transfers", Form8857Part.PartIII, null, T("worksheet.benefit-and-transfers.topic", "Benefits and transfers of property"),
            T("worksheet.benefit-and-transfers.asks", "Whether you got any unusual benefit, such as large purchases, gifts, trips or property, from the unpaid tax or the item; and whether the other person moved money or property to you, with the date, the value and why (say if a divorce decree required it)."),
            Citations.Form8857PartIII, Citations.RevProcSignificantBenefit, Citations.Irc6015Transfers);
        PerYear(item.Support, year => Year(Q.SignificantBenefit, year) switch
        {
            "i-benefited" => T("worksheet.benefit-and-transfers.support.significant-benefit.i-benefited", "you answered that you got a benefit beyond normal support from the money that should have gone to the tax."),
            "only-other-person" => F("worksheet.benefit-and-transfers.support.significant-benefit.only-other-person", "you answered that only {0} benefited from the money that should have gone to the tax.", OnLine6),
            "no-one-or-basic-support" => T("worksheet.benefit-and-transfers.support.significant-benefit.no-one-or-basic-support", "you answered that no one benefited from the money that should have gone to the tax, or that it paid only for basic living costs."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.SignificantBenefitUnknownPart, year) switch
        {
            "i-benefited" => T("worksheet.benefit-and-transfers.support.significant-benefit-unknown-part.i-benefited", "you answered that you got a benefit beyond normal support from the part you did not know about."),
            "only-other-person" => F("worksheet.benefit-and-transfers.support.significant-benefit-unknown-part.only-other-person", "you answered that only {0} benefited from the part you did not know about.", OnLine6),
            "no-one-or-basic-support" => T("worksheet.benefit-and-transfers.support.significant-benefit-unknown-part.no-one-or-basic-support", "you answered that no one benefited from the part you did not know about, or that it paid only for basic living costs."),
            _ => null,
        });
        PerYear(item.Support, year => Year(Q.PropertyTransferredToYou, year) switch
        {
            "yes" => F("worksheet.benefit-and-transfers.support.property-transferred-to-you.yes", "you answered that {0} gave you money or property to keep it from the IRS, or at any time since one year before the IRS first proposed more tax.", OnLine6),
            "no" => F("worksheet.benefit-and-transfers.support.property-transferred-to-you.no", "you answered that {0} did not give you money or property to keep it from the IRS, or at any time since one year before the IRS first proposed more tax.", OnLine6),
            _ => null,
        });
        switch (Household(Q.FraudulentTransferScheme))
        {
            case "yes":
                item.Support.Add(F("worksheet.benefit-and-transfers.support.fraudulent-transfer-scheme.yes", "You answered that you and {0} moved money or property between you as part of a plan to cheat the IRS or someone else.", OnLine6));
                break;
            case "no":
                item.Support.Add(F("worksheet.benefit-and-transfers.support.fraudulent-transfer-scheme.no", "You answered that you and {0} did not move money or property between you as part of a plan to cheat the IRS or someone else.", OnLine6));
                break;
        }

        if (AnyYear(Q.SignificantBenefit, "i-benefited") || AnyYear(Q.SignificantBenefitUnknownPart, "i-benefited"))
        {
            item.YouAdd.Add(T("worksheet.benefit-and-transfers.add.1", "What you received, and its value: [describe]."));
        }

        if (AnyYear(Q.PropertyTransferredToYou, "yes"))
        {
            item.YouAdd.Add(T("worksheet.benefit-and-transfers.add.2", "For each transfer of money or property to you: [the date, what it was, its value, and why it was made]."));
        }

        NotKnownPerYear(item, Q.SignificantBenefit, year => Year(Q.FiledJointReturn, year) == "yes");
        NotKnownPerYear(item, Q.PropertyTransferredToYou, year => Year(Q.FiledJointReturn, year) == "yes");
        NotKnown(item, Q.FraudulentTransferScheme);
        return item.Build();
    }

    // ---- Your current financial situation (Part number not confirmed) -------------------------------------------

    private Form8857WorksheetItem FinancialSituation()
    {
        var item = new Item("financial-situation", Form8857Part.FinancialSituation, null, T("worksheet.financial-situation.topic", "Your household, income, expenses and assets"),
            T("worksheet.financial-situation.asks", "Your household today: how many people live in it, your monthly income from each source, your monthly expenses, and what you own. The IRS uses this to see whether paying the tax would leave you unable to meet basic living costs."),
            Citations.Form8857FinancialSituation, Citations.RevProcEconomicHardship);
        var size = AnswerParsing.TryWholeNumber(Household(Q.HouseholdSize), out var people) ? people : (long?)null;
        var income = Money(Household(Q.MonthlyIncome));
        var expenses = Money(Household(Q.MonthlyBasicExpenses));
        var assets = Household(Q.AssetsToPayTax);
        if (size is { } n)
        {
            item.Support.Add(n == 1 ? T("worksheet.financial-situation.support.household-size.one", "You answered that 1 person lives in your household: you.") : F("worksheet.financial-situation.support.household-size.many", "You answered that {0} people live in your household, including you.", Deadlines.Dates.Num((int)n)));
        }

        if (income is not null)
        {
            item.Support.Add(F("worksheet.financial-situation.support.monthly-income", "You answered that your household gets about {0} a month before tax.", income));
        }

        if (expenses is not null)
        {
            item.Support.Add(F("worksheet.financial-situation.support.monthly-basic-expenses", "You answered that your household needs about {0} a month for basic living costs.", expenses));
        }

        switch (assets)
        {
            case "yes":
                item.Support.Add(T("worksheet.financial-situation.support.assets-to-pay-tax.yes", "You answered that you have savings or property you could use to pay this tax and still pay your basic living costs."));
                break;
            case "no":
                item.Support.Add(T("worksheet.financial-situation.support.assets-to-pay-tax.no", "You answered that you do not have savings or property you could use to pay this tax and still pay your basic living costs."));
                break;
        }

        var household = size switch
        {
            1 => T("worksheet.financial-situation.draft.household.one", "I live alone."),
            { } count => F("worksheet.financial-situation.draft.household.many", "My household has {0} people, including me.", Deadlines.Dates.Num((int)count)),
            null => T("worksheet.financial-situation.draft.household.blank", "My household has [number] people, including me."),
        };
        var amount = T("worksheet.financial-situation.draft.blank-amount", "[amount]");
        var money = F("worksheet.financial-situation.draft.money", "Our income is about {0} a month before tax, from [list each source and its amount: wages, benefits, support, other]. Our basic living costs are about {1} a month: [list housing, food, utilities, transport, health care, child care and other basic costs].", income ?? amount, expenses ?? amount);
        var owned = assets switch
        {
            "yes" => T("worksheet.financial-situation.draft.assets.yes", "I have savings or property that could pay this tax: [list each one and its value]."),
            "no" => T("worksheet.financial-situation.draft.assets.no", "I do not have savings or property I could use to pay this tax and still pay my basic living costs."),
            _ => T("worksheet.financial-situation.draft.assets.blank", "[List your savings and property, and their values.]"),
        };
        item.Draft.Add(household + " " + money + " " + owned);
        item.YouAdd.AddRange(
        [
            T("worksheet.financial-situation.add.1", "Each source of monthly income and its amount."),
            T("worksheet.financial-situation.add.2", "Each kind of monthly expense and its amount."),
            T("worksheet.financial-situation.add.3", "What you own, such as bank accounts, vehicles and property, and their values."),
            T("worksheet.financial-situation.add.4", "Whether someone else, such as a new spouse, shares your expenses."),
        ]);
        NotKnown(item, Q.HouseholdSize);
        NotKnown(item, Q.MonthlyIncome);
        NotKnown(item, Q.MonthlyBasicExpenses);
        NotKnown(item, Q.AssetsToPayTax);
        return item.Build();
    }

    // ---- Additional information (Part number not confirmed) ---------------------------------------------------

    private Form8857WorksheetItem DivorceDecree()
    {
        var item = new Item("divorce-decree", Form8857Part.AdditionalInformation, null, T("worksheet.divorce-decree.topic", "A divorce decree or agreement about the tax"),
            T("worksheet.divorce-decree.asks", "Whether a divorce decree or other binding agreement says who must pay the tax, with a copy of the pages that say so."),
            Citations.Form8857AdditionalInformation, Citations.RevProcLegalObligation);
        var decree = Household(Q.DivorceDecreeSaysWhoPays);
        switch (decree)
        {
            case "other-person":
                item.Support.Add(F("worksheet.divorce-decree.support.divorce-decree-says-who-pays.other-person", "You answered that a divorce decree, separation agreement or other binding agreement says {0} must pay this tax.", OnLine6));
                break;
            case "me":
                item.Support.Add(T("worksheet.divorce-decree.support.divorce-decree-says-who-pays.me", "You answered that a divorce decree, separation agreement or other binding agreement says you must pay this tax."));
                break;
            case "both-or-no-decree":
                item.Support.Add(T("worksheet.divorce-decree.support.divorce-decree-says-who-pays.both-or-no-decree", "You answered that you both must pay this tax, or that no decree or agreement says who pays."));
                break;
        }

        if (decree is "other-person" or "me")
        {
            item.YouAdd.Add(T("worksheet.divorce-decree.add.1", "A copy of the pages of the decree or agreement that say who pays the tax, and its date."));
        }

        NotKnown(item, Q.DivorceDecreeSaysWhoPays, relevant: Household(Q.MaritalStatus) is not ("married-living-together" or "widowed"));
        return item.Build();
    }

    private Form8857WorksheetItem LaterYearsCompliance()
    {
        var item = new Item("later-years-compliance", Form8857Part.AdditionalInformation, null, T("worksheet.later-years-compliance.topic", "Filing and paying in later years"),
            T("worksheet.later-years-compliance.asks", "Whether you have filed your tax returns and paid your taxes in the years since."),
            Citations.Form8857AdditionalInformation, Citations.RevProcCompliance);
        switch (Household(Q.LaterYearsCompliant))
        {
            case "yes":
                item.Support.Add(T("worksheet.later-years-compliance.support.later-years-compliant.yes", "You answered that since then you have filed your tax returns and paid your taxes on time."));
                break;
            case "tried-but-could-not":
                item.Support.Add(T("worksheet.later-years-compliance.support.later-years-compliant.tried-but-could-not", "You answered that since then you tried to file and pay on time, but could not always pay in full."));
                item.YouAdd.Add(T("worksheet.later-years-compliance.add.1", "[Describe what you could not pay, and why.]"));
                break;
            case "no":
                item.Support.Add(T("worksheet.later-years-compliance.support.later-years-compliant.no", "You answered that since then you have not always filed your tax returns or paid your taxes on time."));
                break;
        }

        NotKnown(item, Q.LaterYearsCompliant);
        return item.Build();
    }

    private Form8857WorksheetItem Refund()
    {
        var item = new Item("refund", Form8857Part.AdditionalInformation, null, T("worksheet.refund.topic", "A refund of what you paid"),
            T("worksheet.refund.asks", "Whether you want a refund if you qualify, with proof of each payment you made from your own money, such as bank statements or cancelled checks."),
            Citations.Form8857AdditionalInformation, Citations.Irc6015G);
        PerYear(item.Support, year => Year(Q.PaidWithOwnMoney, year) switch
        {
            "yes" => OnDate(Year(Q.LastOwnPaymentDate, year)) is { } when
                ? F("worksheet.refund.support.paid-with-own-money.yes-with-date", "you answered that you paid some of this tax with your own money; your latest such payment was {0}.", when)
                : T("worksheet.refund.support.paid-with-own-money.yes", "you answered that you paid some of this tax with your own money."),
            "no" => T("worksheet.refund.support.paid-with-own-money.no", "you answered that you did not pay any of this tax with your own money."),
            _ => null,
        });
        PerYear(item.Support, year => OnDate(Year(Q.ReturnFiledDate, year)) is { } filed ? F("worksheet.refund.support.return-filed-date", "you answered that the joint return was filed {0}.", filed) : null);
        PerYear(item.Support, year => Year(Q.BalanceStillOwed, year) switch
        {
            "yes" => T("worksheet.refund.support.balance-still-owed.yes", "you answered that some of that year's tax is still unpaid."),
            "no" => T("worksheet.refund.support.balance-still-owed.no", "you answered that none of that year's tax is still unpaid."),
            _ => null,
        });
        item.YouAdd.Add(T("worksheet.refund.add.1", "Whether you want a refund for each year: [yes or no]."));
        if (AnyYear(Q.PaidWithOwnMoney, "yes", AnswerValues.NotSure))
        {
            item.YouAdd.Add(T("worksheet.refund.add.2", "For each payment from your own money: [the date, the amount, and a bank statement or cancelled check]."));
        }

        NotKnownPerYear(item, Q.PaidWithOwnMoney, year => Year(Q.FiledJointReturn, year) == "yes");
        NotKnownPerYear(item, Q.LastOwnPaymentDate, year => Year(Q.PaidWithOwnMoney, year) == "yes");
        item.Notes.Add(T("worksheet.refund.note.1", "Separation of liability never gives a refund. Innocent spouse relief and equitable relief can."));
        item.Notes.Add(T("worksheet.refund.note.2", "Only payments from your own money count: not tax taken out of pay, payments sent with the joint return, or payments by the other person."));
        return item.Build();
    }

    // ---- Signing and attachments (Part number not confirmed) -------------------------------------------------

    private static Form8857WorksheetItem SignAndAttach()
    {
        var item = new Item("sign-and-attach", Form8857Part.SignAndAttach, null, T("worksheet.sign-and-attach.topic", "Signing and attaching documents"),
            T("worksheet.sign-and-attach.asks", "Sign and date the form under penalties of perjury, and attach a copy of every document you want the IRS to consider."),
            Citations.Form8857Signature, Citations.Form8857ImportantThings, Citations.Irc6015E7);
        item.YouAdd.AddRange(
        [
            T("worksheet.sign-and-attach.add.1", "Your signature and the date."),
            T("worksheet.sign-and-attach.add.2", "A copy of every document that supports your request."),
            T("worksheet.sign-and-attach.add.3", "Your name and social security number at the top of every page you attach."),
        ]);
        item.Notes.Add(T("worksheet.sign-and-attach.note.1", "If you ask the Tax Court to review the IRS's decision, the court may only consider what you gave the IRS before its final decision, plus evidence that is newly found or was not available before. Give the IRS everything now."));
        item.Notes.Add(T("worksheet.sign-and-attach.note.2", "Do not file this form with your tax return."));
        return item.Build();
    }

    private ReliefResult? ResultFor(int year, ReliefType relief) =>
        _result.Years.FirstOrDefault(y => y.TaxYear == year)?.For(relief);
}
