using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The citations used by the deadline rules and the letter catalog. Labels [S#] refer to the source list in
/// <c>shared/domain/letters-deadlines.md</c>; every link is a stored public copy named there.
/// </summary>
internal static class Cite
{
    public static readonly SourceRef Irc6015 = new("IRC §6015", "", "", "https://irc.bloombergtax.com/public/uscode/doc/irc/section_6015");
    public static readonly SourceRef Irc6015E = new("IRC §6015", "", "(e)(1)(A)", "https://irc.bloombergtax.com/public/uscode/doc/irc/section_6015");
    public static readonly SourceRef Irc6015BcTwoYears = new("IRC §6015", "", "(b)(1)(E), (c)(3)(B)", "https://irc.bloombergtax.com/public/uscode/doc/irc/section_6015");
    public static readonly SourceRef Irc6015F2 = new("IRC §6015", "", "(f)(2) (Taxpayer First Act 2019)", "https://procedurallytaxing.com/congress-set-to-enact-only-now-unneeded-innocent-spouse-fixes-part-2/");
    public static readonly SourceRef Irc7503 = new("IRC §7503", "", "", "https://irc.bloombergtax.com/public/uscode/doc/irc/section_7503");
    public static readonly SourceRef Reg7503 = new("Treas. Reg. §301.7503-1", "T.D. 8681", "", "https://www.irs.gov/pub/irs-regs/td8681.txt");
    public static readonly SourceRef DcCode282701 = new("D.C. Code §28-2701", "copy current through 2012", "", "http://dccode.elaws.us/code?no=28-27|I&e=8");
    public static readonly SourceRef DcCode161202 = new("D.C. Code §1-612.02", "", "(a)", "https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02");
    public static readonly SourceRef OpmInauguration = new("OPM compensation memo 2000-16", "Nov. 27, 2000", "Inauguration Day on a Saturday; 51 Comp. Gen. 586", "https://webarchive.library.unt.edu/eot2008/20090117202250/https:/www.opm.gov/oca/compmemo/2000/2000-16.asp");
    public static readonly SourceRef Juneteenth7503 = new("Procedurally Taxing, \"Juneteenth and Section 7503\"", "", "", "https://procedurallytaxing.com/juneteenth-and-section-7503-a-new-federal-holiday-give-a-new-last-chance-for-some/");
    public static readonly SourceRef EmancipationDeadline = new("SMU Daily Campus, \"Tax day pushed back to observe D.C. holiday\"", "2016", "", "https://www.smudailycampus.com/news/tax-day-pushed-back-to-observe-d-c-holiday");
    public static readonly SourceRef TaxCourtRule25 = new("Tax Court Rule 25", "", "(a)", "https://www58.homepage.villanova.edu/james.edward.maule/taxcourt/tctr25.htm");
    public static readonly SourceRef Frutiger = new("Frutiger v. Commissioner", "162 T.C. No. 5 (2024)", "", "https://tax.thomsonreuters.com/news/tax-court-congress-clearly-stated-filing-deadline-for-innocent-spouse-review-is-jurisdictional");
    public static readonly SourceRef Rubel = new("Rubel v. Commissioner", "856 F.3d 301 (3d Cir. 2017)", "", "https://currentfederaltaxdevelopments.com/blog/2017/5/11/r2rh5xcz1rsv31o3mnhmk1mjwrkf4a");
    public static readonly SourceRef Pollock = new("Pollock v. Commissioner", "132 T.C. 21 (2009)", "", "https://cetient.com/case/4337451/arlene-l-pollock-v-commissioner");
    public static readonly SourceRef Matuszak = new("Matuszak v. Commissioner", "862 F.3d 192 (2d Cir. 2017)", "", "https://www.courtlistener.com/api/rest/v3/opinions/4183452/");
    public static readonly SourceRef Nutt = new("Nutt v. Commissioner", "160 T.C. No. 10 (2023)", "", "https://fs-cpa.com/2023/06/electronically-filed-tax-court-petition-was-late-due-to-time-zone-difference-r-a-nutt-160-tc-no-10-dec-62205/");
    public static readonly SourceRef Sanders = new("Sanders v. Commissioner", "160 T.C. No. 16 (2023)", "", "http://prolibrary.com/public/taxes-eleven-seconds-late.html");
    public static readonly SourceRef Sall = new("Sall v. Commissioner", "161 T.C. No. 13 (2023)", "blog summary", "https://taishofflaw.com/2023/11/30/take-two-3");
    public static readonly SourceRef Guralnik = new("Guralnik v. Commissioner", "146 T.C. No. 15 (2016)", "", "https://cetient.com/case/4340337/guralnik-v-commr");
    public static readonly SourceRef Boechler = new("Boechler, P.C. v. Commissioner", "142 S. Ct. 1493 (2022)", "", "https://cetient.com/case/6333585/boechler-v-commissioner");
    public static readonly SourceRef Culp = new("Culp v. Commissioner", "(3d Cir. 2023)", "", "http://www.ecases.us/case/ca3/c8950965/isobel-berry-culp-v-commissioner-of-internal-revenue");
    public static readonly SourceRef Vera = new("Vera v. Commissioner", "157 T.C. No. 6 (2021)", "", "https://www.taxnotes.com/lr/resolve/tax-notes-today-federal/tax-court-has-jurisdiction-over-both-years-in-spousal-relief-case/77791");
    public static readonly SourceRef AppealsInnocentSpouse = new("IRS, Appeal an Innocent Spouse Determination", "", "", "https://www.irs.gov/appeals/innocent-spouse");
    public static readonly SourceRef Irc6330D = new("IRC §6330", "", "(d)(1)", "https://www.law.cornell.edu/uscode/text/26/6330");
    public static readonly SourceRef Irc6213A = new("IRC §6213", "", "(a)", "https://www.law.cornell.edu/uscode/text/26/6213");
    public static readonly SourceRef Cp3219n = new("IRS, Understanding your CP3219N notice", "", "", "http://www.irs.gov/Individuals/Understanding-Your-CP3219N-Notice");
    public static readonly SourceRef TasInnocentSpouse = new("TAS, \"Innocent Spouse\" roadmap station", "", "", "https://www.taxpayeradvocate.irs.gov/notices/innocent-spouse/");
    public static readonly SourceRef TasLetter3288 = new("TAS, Letter 3288", "", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-3288/");
    public static readonly SourceRef TasLetter4390 = new("TAS, Letter 4390", "", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-4390/");
    public static readonly SourceRef TasLetter4439 = new("TAS, Letter 4439", "", "", "https://taxpayeradvocate.irs.gov/?p=7215");
    public static readonly SourceRef TasLetter11 = new("TAS, Letter 11", "", "", "https://taxpayeradvocate.irs.gov/notices/letter-11");
    public static readonly SourceRef TasLetter3172 = new("TAS, Letter 3172", "", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-3172/");
    public static readonly SourceRef Irm251512 = new("IRM 25.15.12", "09-30-2013", "material changes (Letter 3288 \"Last Day to File a Petition\" removed)", "http://www.irs.gov/irm/part25/irm_25-015-012.html");
    public static readonly SourceRef Irm25157 = new("IRM 25.15.7", "2009–2014 versions", "Letter 3659C", "http://www.irs.gov/irm/part25/irm_25-015-007r.html");
    public static readonly SourceRef Irm251517 = new("IRM 25.15.17", "2013, 2022", "Reconsiderations", "http://www.irs.gov/irm/part25/irm_25-015-017.html");
    public static readonly SourceRef CollectionActivity = new("Form 8857 instructions", "Rev. Sept. 2011", "collection activity that starts the 2-year period", "https://formsbank.com/template/297339/instructions-for-form-8857-request-for-innocent-spouse-relief.html");
    public static readonly SourceRef CollectionActivityBlog = new("Tax Problem Attorney Blog, \"How long to file for innocent spouse relief\"", "", "", "https://taxproblemattorneyblog.com/amp/long-file-innocent-spouse-relief");
    public static readonly SourceRef Mannella = new("Procedurally Taxing, \"What is Collection Activity?\"", "2013", "2013 proposed regulations; Mannella (3d Cir. 2011)", "https://procedurallytaxing.com/what-is-collection-activity/");
    public static readonly SourceRef Cp504NotCdp = new("Procedurally Taxing, \"Consequences of the fake notice of intent to levy\"", "", "CP504 is a §6331(d) notice", "https://procedurallytaxing.com/consequences-of-the-fake-notice-of-intent-to-levy/");
    public static readonly SourceRef Cp90 = new("IRS, Understanding your CP90 notice", "", "", "https://www.irs.gov/individuals/understanding-your-cp90-notice");
    public static readonly SourceRef Cp77 = new("IRS, Understanding your CP77 notice", "", "", "https://www.eitc.irs.gov/individuals/understanding-your-cp77-notice");
    public static readonly SourceRef Letter1058 = new("Wynn Tax Solutions, \"LT11 / Letter 1058: final notice, 30-day CDP window\"", "third-party summary", "", "https://www.wynntaxsolutions.com/tax-news/lt11-letter-1058-final-notice-30-day-cdp-window");
    public static readonly SourceRef FEquitableTiming = new("Procedurally Taxing, innocent spouse fixes part 2", "", "§6015(f) timing: Lantz; Notice 2011-70; TFA 2019", "https://procedurallytaxing.com/congress-set-to-enact-only-now-unneeded-innocent-spouse-fixes-part-2/");
    public static readonly SourceRef NrsRights = new("Tax Problem Attorney Blog, \"Can I prevent my spouse getting innocent spouse relief?\"", "", "non-requesting spouse rights", "https://taxproblemattorneyblog.com/amp/can-prevent-spouse-getting-innocent-spouse-relief");
    public static readonly SourceRef Pub5Summary = new("Rampa CPA summary of Pub. 5", "", "6-month rule; scope of review", "https://rampacpa.com/irs-independent-office-of-appeals-other-options-innocent-spouse-appeals-part-ii");
    public static readonly SourceRef Form8379Instructions = new("Instructions for Form 8379", "", "", "http://www.irs.gov/instructions/i8379/ch01.html");
    public static readonly SourceRef Ptla8379 = new("Pine Tree Legal Assistance, \"Injured spouse claims\"", "", "", "https://ptla.org/injured-spouse-claims");
    public static readonly SourceRef McGee = new("McGee v. Commissioner", "123 T.C. 314 (2004)", "offset as collection activity", "http://elawyers.us/opinion/tax/2004/2884-03/natalie-w-mcgee-v-commissioner");
    public static readonly SourceRef TaxTopic203 = new("IRS Tax Topic 203, Refund offsets", "archived copy, 2005 (FMS, now the Bureau of the Fiscal Service)", "", "http://unclefed.com/TaxHelpArchives/2005/irs-tt/tc203.html");
    public static readonly SourceRef Cp49TaxAct = new("TaxAct support FAQ, \"IRS Notice CP 49 - Refund/Overpayment Applied to Other Taxes You Owe\"", "third-party summary", "", "http://www.taxact.com/tsupport/FAQDisplay.asp?Question=685");
    public static readonly SourceRef TasLetter3193 = new("TAS, Letter 3193", "Notice of Determination Concerning Collection Actions Under Sections 6320 and 6330", "", "https://www.taxpayeradvocate.irs.gov/notices/letter-3193/");
    public static readonly SourceRef Irc6320 = new("IRC §6320", "", "(a)(2), (a)(3)(B)", "https://www.law.cornell.edu/uscode/text/26/6320");
    public static readonly SourceRef Reg6320C3 = new("Treas. Reg. §301.6320-1", "", "(c)(2), Q&A-C3", "https://print.casetext.com/regulation/code-of-federal-regulations/title-26-internal-revenue/chapter-i-internal-revenue-service-department-of-the-treasury/subchapter-f-procedure-and-administration/part-301-procedure-and-administration/subpart-collection/general-provisions/section-3016320-1-notice-and-opportunity-for-hearing-upon-filing-of-notice-of-federal-tax-lien");
    public static readonly SourceRef Newsome = new("Newsome v. Commissioner", "T.C. Memo. 2007-111", "5 business days after the lien filing, then 30 days", "https://law.onecle.com/tax/2007/newso7me.tcm.wpd009.html");
    public static readonly SourceRef TasForm668Yc = new("TAS, Form 668(Y)(c), Notice of Federal Tax Lien", "", "equivalent hearing within one year of the day after the five-business-day period", "https://taxpayeradvocate.irs.gov/notices/form-668-y-c");
}
