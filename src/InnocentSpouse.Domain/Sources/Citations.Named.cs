namespace InnocentSpouse.Domain.Sources;

/// <summary>
/// The named citations of the deadline rules, the letter catalog and the holiday calendar. Labels [S#] refer to the
/// source list in <c>shared/domain/letters-deadlines.md</c>; every link is a stored public copy named there. Statutes
/// and regulations are built with <see cref="Irc"/> and <see cref="Reg"/>, so every section has one shape and one link.
/// </summary>
public static partial class Citations
{
    /// <summary>IRC §6015.</summary>
    public static SourceRef Irc6015 { get; } = Irc("§6015");

    /// <summary>IRC §6015(e)(1)(A).</summary>
    public static SourceRef Irc6015E { get; } = Irc("§6015(e)(1)(A)");

    /// <summary>IRC §6015(b)(1)(E), (c)(3)(B).</summary>
    public static SourceRef Irc6015BcTwoYears { get; } = Irc("§6015(b)(1)(E), (c)(3)(B)");

    /// <summary>IRC §6015(f)(2).</summary>
    public static SourceRef Irc6015F2 { get; } = Irc("§6015(f)(2)");

    /// <summary>IRC §7503.</summary>
    public static SourceRef Irc7503 { get; } = Irc("§7503");

    /// <summary>Treas. Reg. §301.7503-1.</summary>
    public static SourceRef Reg7503 { get; } = Reg("§301.7503-1");

    /// <summary>D.C. Code §28-2701, copy current through 2012.</summary>
    public static SourceRef DcCode282701 { get; } = new("D.C. Code §28-2701", "copy current through 2012", "", "http://dccode.elaws.us/code?no=28-27|I&e=8");

    /// <summary>D.C. Code §1-612.02.</summary>
    public static SourceRef DcCode161202 { get; } = new("D.C. Code §1-612.02", "", "(a)", "https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02");

    /// <summary>OPM compensation memo 2000-16, Nov. 27, 2000.</summary>
    public static SourceRef OpmInauguration { get; } = new("OPM compensation memo 2000-16", "Nov. 27, 2000", "Inauguration Day on a Saturday; 51 Comp. Gen. 586", "https://webarchive.library.unt.edu/eot2008/20090117202250/https:/www.opm.gov/oca/compmemo/2000/2000-16.asp");

    /// <summary>Procedurally Taxing, "Juneteenth and Section 7503".</summary>
    public static SourceRef Juneteenth7503 { get; } = new("Procedurally Taxing, \"Juneteenth and Section 7503\"", "", "", "https://procedurallytaxing.com/juneteenth-and-section-7503-a-new-federal-holiday-give-a-new-last-chance-for-some/");

    /// <summary>SMU Daily Campus, "Tax day pushed back to observe D.C. holiday", 2016.</summary>
    public static SourceRef EmancipationDeadline { get; } = new("SMU Daily Campus, \"Tax day pushed back to observe D.C. holiday\"", "2016", "", "https://www.smudailycampus.com/news/tax-day-pushed-back-to-observe-d-c-holiday");

    /// <summary>Tax Court Rule 25.</summary>
    public static SourceRef TaxCourtRule25 { get; } = new("Tax Court Rule 25", "", "(a)", "https://www58.homepage.villanova.edu/james.edward.maule/taxcourt/tctr25.htm");

    /// <summary>Frutiger v. Commissioner, 162 T.C. No. 5 (2024).</summary>
    public static SourceRef Frutiger { get; } = new("Frutiger v. Commissioner", "162 T.C. No. 5 (2024)", "", "https://tax.thomsonreuters.com/news/tax-court-congress-clearly-stated-filing-deadline-for-innocent-spouse-review-is-jurisdictional");

    /// <summary>Rubel v. Commissioner, 856 F.3d 301 (3d Cir. 2017).</summary>
    public static SourceRef Rubel { get; } = new("Rubel v. Commissioner", "856 F.3d 301 (3d Cir. 2017)", "", "https://currentfederaltaxdevelopments.com/blog/2017/5/11/r2rh5xcz1rsv31o3mnhmk1mjwrkf4a");

    /// <summary>Pollock v. Commissioner, 132 T.C. 21 (2009).</summary>
    public static SourceRef Pollock { get; } = new("Pollock v. Commissioner", "132 T.C. 21 (2009)", "", "https://cetient.com/case/4337451/arlene-l-pollock-v-commissioner");

    /// <summary>Matuszak v. Commissioner, 862 F.3d 192 (2d Cir. 2017).</summary>
    public static SourceRef Matuszak { get; } = new("Matuszak v. Commissioner", "862 F.3d 192 (2d Cir. 2017)", "", "https://www.courtlistener.com/api/rest/v3/opinions/4183452/");

    /// <summary>Nutt v. Commissioner, 160 T.C. No. 10 (2023).</summary>
    public static SourceRef Nutt { get; } = new("Nutt v. Commissioner", "160 T.C. No. 10 (2023)", "", "https://fs-cpa.com/2023/06/electronically-filed-tax-court-petition-was-late-due-to-time-zone-difference-r-a-nutt-160-tc-no-10-dec-62205/");

    /// <summary>Sanders v. Commissioner, 160 T.C. No. 16 (2023).</summary>
    public static SourceRef Sanders { get; } = new("Sanders v. Commissioner", "160 T.C. No. 16 (2023)", "", "http://prolibrary.com/public/taxes-eleven-seconds-late.html");

    /// <summary>Sall v. Commissioner, 161 T.C. No. 13 (2023).</summary>
    public static SourceRef Sall { get; } = new("Sall v. Commissioner", "161 T.C. No. 13 (2023)", "blog summary", "https://taishofflaw.com/2023/11/30/take-two-3");

    /// <summary>Guralnik v. Commissioner, 146 T.C. No. 15 (2016).</summary>
    public static SourceRef Guralnik { get; } = new("Guralnik v. Commissioner", "146 T.C. No. 15 (2016)", "", "https://cetient.com/case/4340337/guralnik-v-commr");

    /// <summary>Boechler, P.C. v. Commissioner, 142 S. Ct. 1493 (2022).</summary>
    public static SourceRef Boechler { get; } = new("Boechler, P.C. v. Commissioner", "142 S. Ct. 1493 (2022)", "", "https://cetient.com/case/6333585/boechler-v-commissioner");

    /// <summary>Culp v. Commissioner, (3d Cir. 2023).</summary>
    public static SourceRef Culp { get; } = new("Culp v. Commissioner", "(3d Cir. 2023)", "", "http://www.ecases.us/case/ca3/c8950965/isobel-berry-culp-v-commissioner-of-internal-revenue");

    /// <summary>Vera v. Commissioner, 157 T.C. No. 6 (2021).</summary>
    public static SourceRef Vera { get; } = new("Vera v. Commissioner", "157 T.C. No. 6 (2021)", "", "https://www.taxnotes.com/lr/resolve/tax-notes-today-federal/tax-court-has-jurisdiction-over-both-years-in-spousal-relief-case/77791");

    /// <summary>IRS, Appeal an Innocent Spouse Determination.</summary>
    public static SourceRef AppealsInnocentSpouse { get; } = new("IRS, Appeal an Innocent Spouse Determination", "", "", "https://www.irs.gov/appeals/innocent-spouse");

    /// <summary>IRC §6015(e)(1)(B): no levy or collection suit while the request and any Tax Court case are open.</summary>
    public static SourceRef Irc6015E1B { get; } = Irc("§6015(e)(1)(B)");

    /// <summary>Treas. Reg. §1.6015-7(c): the collection stop in the regulations.</summary>
    public static SourceRef RegCollectionStop { get; } = Reg("§1.6015-7(c)");

    /// <summary>Treas. Reg. §1.6015-7(b): the 6-month rule for a petition when the IRS has not decided.</summary>
    public static SourceRef RegSixMonthRule { get; } = Reg("§1.6015-7(b)");

    /// <summary>IRC §6015(e)(7): the Tax Court mostly reviews the record the IRS had (Taxpayer First Act).</summary>
    public static SourceRef Irc6015E7 { get; } = Irc("§6015(e)(7)");

    /// <summary>IRC §6015(h)(2): the IRS must let the other spouse take part.</summary>
    public static SourceRef Irc6015H2 { get; } = Irc("§6015(h)(2)");

    /// <summary>Treas. Reg. §1.6015-6: notice to the non-requesting spouse and the chance to give information.</summary>
    public static SourceRef RegNoticeToOtherSpouse { get; } = Reg("§1.6015-6");

    /// <summary>Taxpayer Advocate Service home page (free help; the TAS seed pages, docs/sources.md).</summary>
    public static SourceRef TaxpayerAdvocateService { get; } = new("Taxpayer Advocate Service", "", "", "https://www.taxpayeradvocate.irs.gov/");

    /// <summary>The Low Income Taxpayer Clinics page on the TAS website.</summary>
    public static SourceRef LowIncomeTaxpayerClinics { get; } = new("Taxpayer Advocate Service, Low Income Taxpayer Clinics", "", "", "https://www.taxpayeradvocate.irs.gov/about-us/low-income-taxpayer-clinics-litc/");

    /// <summary>IRC §6330(d)(1).</summary>
    public static SourceRef Irc6330D { get; } = Irc("§6330(d)(1)");

    /// <summary>IRC §6213(a).</summary>
    public static SourceRef Irc6213A { get; } = Irc("§6213(a)");

    /// <summary>IRS, Understanding your CP3219N notice.</summary>
    public static SourceRef Cp3219n { get; } = new("IRS, Understanding your CP3219N notice", "", "", "http://www.irs.gov/Individuals/Understanding-Your-CP3219N-Notice");

    /// <summary>TAS, "Innocent Spouse" roadmap station.</summary>
    public static SourceRef TasInnocentSpouse { get; } = new("TAS, \"Innocent Spouse\" roadmap station", "", "", "https://www.taxpayeradvocate.irs.gov/notices/innocent-spouse/");

    /// <summary>TAS, Letter 3288.</summary>
    public static SourceRef TasLetter3288 { get; } = new("TAS, Letter 3288", "", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-3288/");

    /// <summary>TAS, Letter 4390.</summary>
    public static SourceRef TasLetter4390 { get; } = new("TAS, Letter 4390", "", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-4390/");

    /// <summary>TAS, Letter 4439.</summary>
    public static SourceRef TasLetter4439 { get; } = new("TAS, Letter 4439", "", "", "https://taxpayeradvocate.irs.gov/?p=7215");

    /// <summary>TAS, Letter 11.</summary>
    public static SourceRef TasLetter11 { get; } = new("TAS, Letter 11", "", "", "https://taxpayeradvocate.irs.gov/notices/letter-11");

    /// <summary>TAS, Letter 3172.</summary>
    public static SourceRef TasLetter3172 { get; } = new("TAS, Letter 3172", "", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-3172/");

    /// <summary>IRM 25.15.12, 09-30-2013.</summary>
    public static SourceRef Irm251512 { get; } = new("IRM 25.15.12", "09-30-2013", "material changes (Letter 3288 \"Last Day to File a Petition\" removed)", "http://www.irs.gov/irm/part25/irm_25-015-012.html");

    /// <summary>IRM 25.15.7, 2009–2014 versions.</summary>
    public static SourceRef Irm25157 { get; } = new("IRM 25.15.7", "2009–2014 versions", "Letter 3659C", "http://www.irs.gov/irm/part25/irm_25-015-007r.html");

    /// <summary>IRM 25.15.17, 2013, 2022.</summary>
    public static SourceRef Irm251517 { get; } = new("IRM 25.15.17", "2013, 2022", "Reconsiderations", "http://www.irs.gov/irm/part25/irm_25-015-017.html");

    /// <summary>Form 8857 instructions, Rev. Sept. 2011.</summary>
    public static SourceRef CollectionActivity { get; } = new("Form 8857 instructions", "Rev. Sept. 2011", "collection activity that starts the 2-year period", "https://formsbank.com/template/297339/instructions-for-form-8857-request-for-innocent-spouse-relief.html");

    /// <summary>Tax Problem Attorney Blog, "How long to file for innocent spouse relief".</summary>
    public static SourceRef CollectionActivityBlog { get; } = new("Tax Problem Attorney Blog, \"How long to file for innocent spouse relief\"", "", "", "https://taxproblemattorneyblog.com/amp/long-file-innocent-spouse-relief");

    /// <summary>Procedurally Taxing, "What is Collection Activity?", 2013.</summary>
    public static SourceRef Mannella { get; } = new("Procedurally Taxing, \"What is Collection Activity?\"", "2013", "2013 proposed regulations; Mannella (3d Cir. 2011)", "https://procedurallytaxing.com/what-is-collection-activity/");

    /// <summary>Procedurally Taxing, "Consequences of the fake notice of intent to levy".</summary>
    public static SourceRef Cp504NotCdp { get; } = new("Procedurally Taxing, \"Consequences of the fake notice of intent to levy\"", "", "CP504 is a §6331(d) notice", "https://procedurallytaxing.com/consequences-of-the-fake-notice-of-intent-to-levy/");

    /// <summary>IRS, Understanding your CP90 notice.</summary>
    public static SourceRef Cp90 { get; } = new("IRS, Understanding your CP90 notice", "", "", "https://www.irs.gov/individuals/understanding-your-cp90-notice");

    /// <summary>IRS, Understanding your CP77 notice.</summary>
    public static SourceRef Cp77 { get; } = new("IRS, Understanding your CP77 notice", "", "", "https://www.eitc.irs.gov/individuals/understanding-your-cp77-notice");

    /// <summary>Wynn Tax Solutions, "LT11 / Letter 1058: final notice, 30-day CDP window", third-party summary.</summary>
    public static SourceRef Letter1058 { get; } = new("Wynn Tax Solutions, \"LT11 / Letter 1058: final notice, 30-day CDP window\"", "third-party summary", "", "https://www.wynntaxsolutions.com/tax-news/lt11-letter-1058-final-notice-30-day-cdp-window");

    /// <summary>Procedurally Taxing, innocent spouse fixes part 2.</summary>
    public static SourceRef FEquitableTiming { get; } = new("Procedurally Taxing, innocent spouse fixes part 2", "", "§6015(f) timing: Lantz; Notice 2011-70; TFA 2019", "https://procedurallytaxing.com/congress-set-to-enact-only-now-unneeded-innocent-spouse-fixes-part-2/");

    /// <summary>Tax Problem Attorney Blog, "Can I prevent my spouse getting innocent spouse relief?".</summary>
    public static SourceRef NrsRights { get; } = new("Tax Problem Attorney Blog, \"Can I prevent my spouse getting innocent spouse relief?\"", "", "non-requesting spouse rights", "https://taxproblemattorneyblog.com/amp/can-prevent-spouse-getting-innocent-spouse-relief");

    /// <summary>Rampa CPA summary of Pub. 5.</summary>
    public static SourceRef Pub5Summary { get; } = new("Rampa CPA summary of Pub. 5", "", "6-month rule; scope of review", "https://rampacpa.com/irs-independent-office-of-appeals-other-options-innocent-spouse-appeals-part-ii");

    /// <summary>Pine Tree Legal Assistance, "Injured spouse claims".</summary>
    public static SourceRef Ptla8379 { get; } = new("Pine Tree Legal Assistance, \"Injured spouse claims\"", "", "", "https://ptla.org/injured-spouse-claims");

    /// <summary>McGee v. Commissioner, 123 T.C. 314 (2004).</summary>
    public static SourceRef McGee { get; } = new("McGee v. Commissioner", "123 T.C. 314 (2004)", "offset as collection activity", "http://elawyers.us/opinion/tax/2004/2884-03/natalie-w-mcgee-v-commissioner");

    /// <summary>IRS Tax Topic 203, Refund offsets, archived copy, 2005 (FMS, now the Bureau of the Fiscal Service).</summary>
    public static SourceRef TaxTopic203 { get; } = new("IRS Tax Topic 203, Refund offsets", "archived copy, 2005 (FMS, now the Bureau of the Fiscal Service)", "", "http://unclefed.com/TaxHelpArchives/2005/irs-tt/tc203.html");

    /// <summary>TaxAct support FAQ, "IRS Notice CP 49 - Refund/Overpayment Applied to Other Taxes You Owe", third-party summary.</summary>
    public static SourceRef Cp49TaxAct { get; } = new("TaxAct support FAQ, \"IRS Notice CP 49 - Refund/Overpayment Applied to Other Taxes You Owe\"", "third-party summary", "", "http://www.taxact.com/tsupport/FAQDisplay.asp?Question=685");

    /// <summary>TAS, Letter 3193.</summary>
    public static SourceRef TasLetter3193 { get; } = new("TAS, Letter 3193", "Notice of Determination Concerning Collection Actions Under Sections 6320 and 6330", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-3193/");

    /// <summary>IRC §6320(a)(2), (a)(3)(B).</summary>
    public static SourceRef Irc6320 { get; } = Irc("§6320(a)(2), (a)(3)(B)");

    /// <summary>Treas. Reg. §301.6320-1(c)(2), Q&amp;A-C3.</summary>
    public static SourceRef Reg6320C3 { get; } = Reg("§301.6320-1(c)(2), Q&A-C3");

    /// <summary>Newsome v. Commissioner, T.C. Memo. 2007-111.</summary>
    public static SourceRef Newsome { get; } = new("Newsome v. Commissioner", "T.C. Memo. 2007-111", "5 business days after the lien filing, then 30 days", "https://law.onecle.com/tax/2007/newso7me.tcm.wpd009.html");

    /// <summary>TAS, Form 668(Y)(c), Notice of Federal Tax Lien.</summary>
    public static SourceRef TasForm668Yc { get; } = new("TAS, Form 668(Y)(c), Notice of Federal Tax Lien", "", "equivalent hearing within one year of the day after the five-business-day period", "https://taxpayeradvocate.irs.gov/notices/form-668-y-c");
}
