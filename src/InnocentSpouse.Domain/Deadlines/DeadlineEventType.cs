namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// What happened (usually: which kind of letter arrived), which decides the deadlines the calculator shows.
/// </summary>
/// <remarks>Letter entries in <c>InnocentSpouse.Domain.Letters.LetterCatalog</c> link to one of these.</remarks>
public enum DeadlineEventType
{
    /// <summary>A §6015 final determination (CCISO letter, number unconfirmed, or Appeals Letter 3288): 90-day Tax Court petition.</summary>
    FinalDetermination = 1,

    /// <summary>A §6015 preliminary determination: Form 12509 within 30 days.</summary>
    PreliminaryDetermination,

    /// <summary>Letter 4390: CDP determination (30 days) and §6015 determination (90 days).</summary>
    Letter4390,

    /// <summary>Letter 4439: equivalent-hearing decision plus §6015 determination (90 days for §6015 only).</summary>
    Letter4439,

    /// <summary>A §6330 notice of intent to levy with CDP rights (LT11 / Letter 11, Letter 1058, CP90, CP77).</summary>
    CdpLevyNotice,

    /// <summary>Letter 3172: notice of federal tax lien filing and the right to a CDP hearing (§6320).</summary>
    LienNotice,

    /// <summary>A statutory notice of deficiency (Letter 3219, CP3219A, CP3219N): 90 days, 150 if addressed abroad.</summary>
    NoticeOfDeficiency,

    /// <summary>Letter 3657-C, "no consideration": a protective 90-day date only.</summary>
    NoConsideration,

    /// <summary>A letter asking for information or telling the other spouse of the claim (3284-C, 3658-C, 3659-C, 3662-C, 3665-C).</summary>
    InformationRequest,

    /// <summary>A balance-due notice or reminder (CP14, CP501, CP503) or the §6331(d) CP504: no §6015 deadline.</summary>
    BalanceDueNotice,

    /// <summary>A notice that a refund was kept (offset) to pay a debt.</summary>
    RefundOffsetNotice,

    /// <summary>The first collection activity against the requesting spouse: starts the 2-year §6015(b)/(c) clock.</summary>
    FirstCollectionActivity,

    /// <summary>Form 8857 was filed: the 6-month rule gives the earliest day to petition without a final determination.</summary>
    ReliefRequestFiled,

    /// <summary>The tax was assessed: the §6502 collection period bounds §6015(f) relief for an unpaid balance.</summary>
    Assessment,

    /// <summary>The return was filed (and tax paid): the §6511 refund windows bound §6015(f) relief for amounts paid.</summary>
    ReturnFiled,

    /// <summary>
    /// A Collection Due Process notice of determination without a §6015 issue (Letter 3193): a 30-day Tax Court
    /// petition only (IRC §6330(d)(1)). With a §6015 determination use <see cref="Letter4390"/>.
    /// </summary>
    CdpDetermination,
}
