namespace InnocentSpouse.Domain.Sources;

/// <summary>
/// The citations of the Form 8857 worksheet (<c>Report/Form8857Worksheet</c>): the form and its instructions, Rev. June
/// 2021, at the lines and Parts that are confirmed (shared/domain/rules.md §12: lines 1, 2, 3 and 6, and Parts I to
/// III by name), and the provisions each worksheet item serves. docs/rules/form-8857-worksheet.md lists them.
/// </summary>
public static partial class Citations
{
    /// <summary>The pinned Form 8857 revision (the one <see cref="Form8857(string)"/> and <see cref="Form8857Instructions"/> cite).</summary>
    public const string Form8857Revision = "Rev. June 2021";

    /// <summary>Form 8857, Part I, line 1: the two situations the form is for.</summary>
    public static SourceRef Form8857Line1 { get; } = Form8857("Part I, line 1");

    /// <summary>Form 8857, Part I, line 2: a joint refund taken for the other person's debt (Form 8379).</summary>
    public static SourceRef Form8857Line2 { get; } = Form8857("Part I, line 2");

    /// <summary>Form 8857, Part I, line 3: the tax years for which relief is asked.</summary>
    public static SourceRef Form8857Line3 { get; } = Form8857("Part I, line 3");

    /// <summary>Form 8857, Part II, line 6: the person who was the requester's spouse for those years.</summary>
    public static SourceRef Form8857Line6 { get; } = Form8857("Part II, line 6");

    /// <summary>Form 8857, Part II: about the requester and the person on line 6.</summary>
    public static SourceRef Form8857PartII { get; } = Form8857("Part II, Tell us about yourself and the person on line 6");

    /// <summary>Form 8857, Part III: involvement in finances and preparing returns.</summary>
    public static SourceRef Form8857PartIII { get; } = Form8857("Part III, Tell us about your involvement in finances and preparing returns");

    /// <summary>Form 8857, the current financial situation (the Part's number is not confirmed).</summary>
    public static SourceRef Form8857FinancialSituation { get; } = Form8857("current financial situation (Part number not confirmed)");

    /// <summary>Form 8857, additional information (the Part's number is not confirmed).</summary>
    public static SourceRef Form8857AdditionalInformation { get; } = Form8857("additional information (Part number not confirmed)");

    /// <summary>Form 8857, the signature under penalties of perjury (the Part's number is not confirmed).</summary>
    public static SourceRef Form8857Signature { get; } = Form8857("signature (Part number not confirmed)");

    /// <summary>
    /// Form 8857 (Rev. June 2021), "Important things you should know": the IRS must notify the person on line 6, will
    /// not disclose the requester's current name, address, phone numbers or employer, and the Tax Court may only
    /// consider what the IRS had. Checked against the copy filed with OMB, https://omb.report/icr/202303-1545-004/doc/129758101.
    /// </summary>
    public static SourceRef Form8857ImportantThings { get; } = Form8857("Important things you should know");

    /// <summary>Form 8857 (Rev. June 2007), "Important things you should know": personal information may be released if the requester petitions the Tax Court.</summary>
    public static SourceRef Form8857Rev2007Privacy { get; } = new("Form 8857", "Rev. June 2007", "Important things you should know (Tax Court)", "https://ar.scribd.com/document/373375/f8857");

    /// <summary>Instructions for Form 8857, Situations in Which You Should Not File.</summary>
    public static SourceRef Form8857ShouldNotFile { get; } = Form8857Instructions("Situations in Which You Should Not File");

    /// <summary>Instructions for Form 8857, Line 2.</summary>
    public static SourceRef Form8857InstructionsLine2 { get; } = Form8857Instructions("Line 2");

    /// <summary>Instructions for Form 8857, Line 3.</summary>
    public static SourceRef Form8857InstructionsLine3 { get; } = Form8857Instructions("Line 3");

    /// <summary>Instructions for Form 8857, Line 6.</summary>
    public static SourceRef Form8857InstructionsLine6 { get; } = Form8857Instructions("Line 6");

    /// <summary>Instructions for Form 8857, Part III, signature and duress.</summary>
    public static SourceRef Form8857InstructionsDuress { get; } = Form8857Instructions("Part III, signed under duress");

    /// <summary>Instructions for Form 8379, Who Must File.</summary>
    public static SourceRef Form8379WhoMustFile { get; } = Form8379Instructions("Who Must File");

    /// <summary>Pub. 971, Figure A, Decision (4): knowing, or having reason to know (education, involvement, questions not asked).</summary>
    public static SourceRef Pub971ReasonToKnow { get; } = Pub971("Figure A, Decision (4)");

    /// <summary>IRC §66(c): relief from community-property law, also asked for on Form 8857.</summary>
    public static SourceRef Irc66C { get; } = Irc("§66(c)");

    /// <summary>IRC §6015(b)(1)(C), (c)(3)(C): what the requester knew when signing.</summary>
    public static SourceRef Irc6015Knowledge { get; } = Irc("§6015(b)(1)(C), (c)(3)(C)");

    /// <summary>IRC §6015(c)(3)(A)(i): no longer married, legally separated, or not in the same household for 12 months.</summary>
    public static SourceRef Irc6015C3Ai { get; } = Irc("§6015(c)(3)(A)(i)");

    /// <summary>IRC §6015(c)(3)(A)(ii), (c)(4): transfers between the spouses (fraudulent scheme, disqualified assets).</summary>
    public static SourceRef Irc6015Transfers { get; } = Irc("§6015(c)(3)(A)(ii), (c)(4)");

    /// <summary>IRC §6015(g): refunds under (b) and (f); none under (c).</summary>
    public static SourceRef Irc6015G { get; } = Irc("§6015(g)");

    /// <summary>IRC §6015(g)(2): a final court decision bars relief where the requester meaningfully participated.</summary>
    public static SourceRef Irc6015G2 { get; } = Irc("§6015(g)(2)");

    /// <summary>Treas. Reg. §1.6015-3(b)(3): a temporary absence keeps the spouses in the same household.</summary>
    public static SourceRef Reg16015Dash3B3 { get; } = Reg("§1.6015-3(b)(3)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(a): marital status.</summary>
    public static SourceRef RevProcMaritalStatus { get; } = RevProc("§4.03(2)(a)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(b): economic hardship.</summary>
    public static SourceRef RevProcEconomicHardship { get; } = RevProc("§4.03(2)(b)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(c)(i): knowledge of an understatement.</summary>
    public static SourceRef RevProcKnowledgeUnderstatement { get; } = RevProc("§4.03(2)(c)(i)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(c)(ii): a reasonable expectation that the tax shown would be paid.</summary>
    public static SourceRef RevProcKnowledgeUnderpayment { get; } = RevProc("§4.03(2)(c)(ii)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(c)(iv): abuse or financial control.</summary>
    public static SourceRef RevProcAbuse { get; } = RevProc("§4.03(2)(c)(iv)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(d): a legal obligation under a divorce decree or other binding agreement.</summary>
    public static SourceRef RevProcLegalObligation { get; } = RevProc("§4.03(2)(d)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(e): significant benefit.</summary>
    public static SourceRef RevProcSignificantBenefit { get; } = RevProc("§4.03(2)(e)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(f): compliance with the tax laws in later years.</summary>
    public static SourceRef RevProcCompliance { get; } = RevProc("§4.03(2)(f)");

    /// <summary>Rev. Proc. 2013-34 §4.03(2)(g): mental or physical health.</summary>
    public static SourceRef RevProcHealth { get; } = RevProc("§4.03(2)(g)");
}
