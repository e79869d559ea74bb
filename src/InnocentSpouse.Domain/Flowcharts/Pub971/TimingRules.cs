using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// The date and coverage rules the Pub. 971 charts call from <see cref="RuleCheck"/> nodes. Each is pure: it
/// reads answers and the as-of date only. A date given as a month only ("yyyy-MM") is bounded by the month's
/// first and last day, and a window rule decides only when both bounds give the same result.
/// </summary>
public static class TimingRules
{
    // The rules' texts in the reader's language (keys reason.<rule-id>.<case>; docs/localisation.md). {0}, {1}… are dates
    // (Dates.Long, YearPeriodEnd.Describe), months (Dates.Month) or years.
    private static readonly KeyedText TwoYearOpen = new("reason.two-year-window.open", "Yes: the 2-year deadline is {0}. File Form 8857 by then.");
    private static readonly KeyedText TwoYearClosed = new("reason.two-year-window.closed", "No: the 2-year deadline was {0}.");
    private static readonly KeyedText TwoYearWhat = new("reason.two-year-window.what", "2-year deadline");
    private static readonly KeyedText TwoYearMonthOpen = new("reason.two-year-window.month-open",
        "Yes: you gave only the month ({0}), so the 2-year deadline is between {1} and {2}, depending on the day. To be safe, file Form 8857 by {3}.");
    private static readonly KeyedText TwoYearMonthClosed = new("reason.two-year-window.month-closed", "No: even counting from the last day of {0}, the 2-year deadline was {1}.");
    private static readonly KeyedText TwoYearMonthUndecided = new("reason.two-year-window.month-undecided",
        "Can't tell: you gave only the month ({0}). The 2-year deadline is between {1} and {2}, depending on the day, and {3} falls in that range.");
    private static readonly KeyedText ProtectiveOpen = new("reason.protective-window.open",
        "{0} To be safe, file Form 8857 by {1}: 2 years after that notice, in case it did start the clock.");
    private static readonly KeyedText ProtectiveClosed = new("reason.protective-window.closed",
        "{0} If it had started the clock, the 2 years would have ended on {1}. Because it is not settled that it did, we did not rule this relief out. File Form 8857 now, and explain which notice you got and when.");
    private static readonly KeyedText ProtectiveClosedCaveat = new("reason.protective-window.closed-caveat",
        "Whether this relief is still open may turn on what that notice said. A Low Income Taxpayer Clinic or the Taxpayer Advocate Service can look at it with you.");
    private static readonly KeyedText WhyCp504 = new("reason.protective-window.why-cp504",
        "A CP504 most likely does not start the 2-year clock: the regulation names only a levy hearing notice under IRC §6330, a refund offset, a collection suit and a court claim (Treas. Reg. §1.6015-5(b)(2)(ii)), and a CP504 is none of these. No court has settled this.");
    private static readonly KeyedText WhyLien = new("reason.protective-window.why-lien",
        "A lien hearing notice (Letter 3172, IRC §6320) does not start the 2-year clock under the regulation, which names the levy hearing notice of IRC §6330 and leaves out lien filings (Treas. Reg. §1.6015-5(b)(2)(ii)). Some practitioners read it more broadly.");
    private static readonly KeyedText WhyOffsetNo = new("reason.protective-window.why-offset-no",
        "Pub. 971 counts an offset of your refund only when the IRS told you that you could ask for innocent spouse relief, and you said the notice did not. The Tax Court held that a notice without that description should not start the 2-year limit (McGee v. Commissioner, 123 T.C. 314 (2004); RRA 1998 §3501(b)).");
    private static readonly KeyedText WhyOffsetUnsure = new("reason.protective-window.why-offset-not-sure",
        "Pub. 971 counts an offset of your refund only when the IRS told you that you could ask for innocent spouse relief, and you were not sure the notice did (McGee v. Commissioner, 123 T.C. 314 (2004)). Look for Form 8857 or \"innocent spouse\" in the notice.");
    private static readonly KeyedText WhyUnknownNotice = new("reason.protective-window.why-not-sure",
        "You were not sure which kind of notice it was, and only some kinds start the 2-year clock (Treas. Reg. §1.6015-5(b)(2)(ii)). Check the letter's number in the corner or your IRS account transcript.");
    private static readonly KeyedText RefundThreeYearCaveat = new("reason.refund-window.three-year-caveat",
        "You may have longer: 3 years after the return was filed, if that ends later (IRC §6511(a)). Your IRS account transcript shows the filing date.");
    private static readonly KeyedText RefundPaymentOpen = new("reason.refund-window.payment-open",
        "Yes: you can ask for a refund of that payment until {0}, 2 years after you paid.");
    private static readonly KeyedText RefundPaymentMonthOpen = new("reason.refund-window.payment-month-open",
        "Yes: you gave only the month of your latest payment ({0}), so you can ask for a refund of it until a day between {1} and {2}, depending on the day you paid. To be safe, file Form 8857 by {3}.");
    private static readonly KeyedText RefundPaymentClosed = new("reason.refund-window.payment-closed", "The 2 years after your latest payment ended on {0}.");
    private static readonly KeyedText RefundWhat = new("reason.refund-window.what", "refund period for that payment");
    private static readonly KeyedText RefundPaymentMonth = new("reason.refund-window.payment-month",
        "You gave only the month of your latest payment ({0}): the 2 years after it end between {1} and {2}, depending on the day you paid, and {3} falls in that range.");
    private static readonly KeyedText RefundFiledNotSure = new("reason.refund-window.filed-not-sure",
        "Can't tell yet. {0} You may still have 3 years from the day the joint return was filed (IRC §6511(a)), and you weren't sure of that date. Your IRS account transcript shows it.");
    private static readonly KeyedText RefundFilingOpen = new("reason.refund-window.filing-open",
        "Yes. {0} But you can ask for a refund until {1}, 3 years after the return was filed (IRC §6511(a)).");
    private static readonly KeyedText RefundBothClosed = new("reason.refund-window.both-closed",
        "No: the 2 years after your latest payment ended on {0}, and the 3 years after the return was filed ended on {1}.");
    private static readonly KeyedText RefundUndecided = new("reason.refund-window.undecided", "Can't tell: it depends on exact dates. {0} {1}");
    private static readonly KeyedText RefundFilingClosed = new("reason.refund-window.filing-closed", "The 3 years after the return was filed ended on {0}.");
    private static readonly KeyedText RefundFilingMonth = new("reason.refund-window.filing-month",
        "You gave only the month the return was filed: the 3 years after it end between {0} and {1}, and {2} falls in that range.");
    private static readonly KeyedText InjuredOpen = new("reason.injured-spouse-window.open",
        "Yes: file Form 8379 by {0} (3 years after the return's April 15 due date).");
    private static readonly KeyedText InjuredClosed = new("reason.injured-spouse-window.closed",
        "No, but that may not be the last day: 3 years after the return's April 15 due date ended on {0}. You may still have time if you had an extension to file (the 3 years then run from the extended due date) or if the tax was paid in the last 2 years (Instructions for Form 8379, When To File).");
    private static readonly KeyedText LeapDay = new("reason.leap-day.undecided",
        "Can't tell: it started on February 29, {0}, and {1} has no February 29. The law does not say whether the {2} is {3} or {4}. File right away.");

    /// <summary>The §7503 caveat (<see cref="ReliefWindows.RolledForwardCaveat"/>) as the rules give it, in the reader's language.</summary>
    internal static readonly KeyedText RolledForward = new("reason.rolled-forward.caveat", ReliefWindows.RolledForwardCaveat);

    /// <summary>
    /// §6015(b)/(c) 2-year rule: true while the as-of date is no later than 2 years after the first
    /// collection activity against the requester (Form 8857 is assumed to be filed on the as-of date).
    /// </summary>
    /// <remarks>
    /// The window is <see cref="ReliefWindows.TwoYearElection"/>, the same function the deadline calculator uses.
    /// IRC §6015(b)(1)(E), (c)(3)(B); rules.md §6.1. A month without the day is counted from both its first and its
    /// last day: true or false only when both agree, otherwise <see cref="RuleAnswer.Undecided"/> (never a guess).
    /// </remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer TwoYearWindowOpen(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Figures A and B ask the same question of the same answers: compute it once per year.
        return context.Memo.TwoYearWindow ??= TwoYearWindow(context);
    }

    private static RuleAnswer TwoYearWindow(RuleContext context)
    {
        if (!AnswerParsing.TryDateRange(context.Get(QuestionCatalog.FirstCollectionDate), out var start, out var latestStart))
        {
            return RuleAnswer.NeedFact(QuestionCatalog.FirstCollectionDate.Key);
        }

        var window = ReliefWindows.TwoYearElection(start, latestStart);
        var (early, late) = (window.Early, window.Late);
        var month = Dates.Month(start);
        return (window.IsExact, window.On(context.AsOf)) switch
        {
            (true, WindowStanding.Open) => RuleAnswer.True(TwoYearOpen.Format(early.Describe()), Caveat(early)),
            (true, WindowStanding.Closed) => RuleAnswer.False(TwoYearClosed.Format(Latest(early)), Caveat(early)),
            (true, _) => RuleAnswer.Undecided(LeapDayText(early, TwoYearWhat.Text())),

            // Only the month is known: the deadline is one of the days from early to late.
            (false, WindowStanding.Open) => RuleAnswer.True(
                TwoYearMonthOpen.Format(month, Dates.Long(early.LastDay), Dates.Long(late.LastDay), early.Describe()),
                Caveat(early)),
            (false, WindowStanding.Closed) => RuleAnswer.False(TwoYearMonthClosed.Format(month, Latest(late)), Caveat(late)),
            _ => RuleAnswer.Undecided(
                TwoYearMonthUndecided.Format(month, Dates.Long(early.LastDay), Dates.Long(late.LastDay), Dates.Long(context.AsOf))),
        };
    }

    /// <summary>
    /// The 2-year window counted from a notice that may not start the clock at all (a CP504, a lien hearing notice,
    /// a refund offset whose notice did not describe relief, or a letter the person could not name). Never closes
    /// the relief: every result continues the chart; the explanation gives the protective "file by" date or says
    /// that, had the notice started the clock, it would have run out, and why that is not the law's only reading.
    /// </summary>
    /// <remarks>
    /// Treas. Reg. §1.6015-5(b)(2)(ii) names only a §6330 notice, an offset of the requester's refund, a collection
    /// suit and a claim in a court proceeding; Pub. 971 counts an offset only when the IRS told the requester about
    /// relief (McGee v. Commissioner, 123 T.C. 314 (2004); RRA 1998 §3501(b)). "Too late only when certain":
    /// docs/adr/0008-too-late-only-when-certain.md. Uses <see cref="ReliefWindows.TwoYearElection"/>.
    /// </remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer ProtectiveTwoYearWindow(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AnswerParsing.TryDateRange(context.Get(QuestionCatalog.FirstCollectionDate), out var start, out var latestStart))
        {
            return RuleAnswer.NeedFact(QuestionCatalog.FirstCollectionDate.Key);
        }

        var window = ReliefWindows.TwoYearElection(start, latestStart);
        var why = WhyClockMayNotHaveStarted(context.Get(QuestionCatalog.FirstCollectionAction), context.Get(QuestionCatalog.OffsetNoticeDescribedRelief));
        return window.On(context.AsOf) == WindowStanding.Open
            ? RuleAnswer.True(ProtectiveOpen.Format(why, window.Early.Describe()), Caveat(window.Early))
            : RuleAnswer.False(ProtectiveClosed.Format(why, window.Late.Describe()), ProtectiveClosedCaveat.Text());
    }

    /// <summary>Why the notice the person named may not have started the 2-year clock; rules.md §6.1.</summary>
    private static string WhyClockMayNotHaveStarted(string? action, string? offsetNoticeDescribedRelief) => action switch
    {
        "intent-to-levy-cp504" => WhyCp504.Text(),
        "lien-hearing-notice" => WhyLien.Text(),
        "refund-offset" when offsetNoticeDescribedRelief == "no" => WhyOffsetNo.Text(),
        "refund-offset" => WhyOffsetUnsure.Text(),
        _ => WhyUnknownNotice.Text(),
    };

    /// <summary>
    /// §6511 refund window for equitable relief: true while the as-of date is within 2 years after the latest payment
    /// or within 3 years after the return was filed, whichever ends later (IRC §6015(f)(2)(B); §6511(a)).
    /// </summary>
    /// <remarks>
    /// Both periods come from <see cref="ReliefWindows"/>, the same functions the deadline calculator uses (last day
    /// moved forward under §7503). The filing date is asked only when the 2 years after the payment have passed, and
    /// false is returned only when both periods have surely ended; otherwise <see cref="RuleAnswer.Undecided"/>
    /// (docs/adr/0008-too-late-only-when-certain.md). Month-only dates are counted from both ends of the month.
    /// rules.md §6.2, §8.
    /// </remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer RefundWindowOpen(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AnswerParsing.TryDateRange(context.Get(QuestionCatalog.LastOwnPaymentDate), out var paid, out var latestPaid))
        {
            return RuleAnswer.NeedFact(QuestionCatalog.LastOwnPaymentDate.Key);
        }

        var payment = ReliefWindows.RefundAfterPayment(paid, latestPaid);
        var (early, late) = (payment.Early, payment.Late);
        var month = Dates.Month(paid);
        var paymentStanding = payment.On(context.AsOf);
        if (paymentStanding == WindowStanding.Open)
        {
            var threeYearCaveat = RefundThreeYearCaveat.Text();
            return payment.IsExact
                ? RuleAnswer.True(RefundPaymentOpen.Format(early.Describe()), Join(threeYearCaveat, Caveat(early)))
                : RuleAnswer.True(
                    RefundPaymentMonthOpen.Format(month, Dates.Long(early.LastDay), Dates.Long(late.LastDay), early.Describe()),
                    Join(threeYearCaveat, Caveat(early)));
        }

        var paymentText = paymentStanding == WindowStanding.Closed
            ? RefundPaymentClosed.Format(Latest(late))
            : payment.IsExact ? LeapDayText(early, RefundWhat.Text())
            : RefundPaymentMonth.Format(month, Dates.Long(early.LastDay), Dates.Long(late.LastDay), Dates.Long(context.AsOf));
        var filedAnswer = context.Get(QuestionCatalog.ReturnFiledDate);
        if (filedAnswer is null)
        {
            return RuleAnswer.NeedFact(QuestionCatalog.ReturnFiledDate.Key);
        }

        if (!AnswerParsing.TryDateRange(filedAnswer, out var filed, out var latestFiled))
        {
            return RuleAnswer.Undecided(RefundFiledNotSure.Format(paymentText));
        }

        var filing = ReliefWindows.RefundAfterFiling(filed, latestFiled,
            ReliefWindows.StatutoryDueDate(context.TaxYear), ReliefWindows.LatestDueDateReading(context.TaxYear));
        return (filing.On(context.AsOf), paymentStanding) switch
        {
            (WindowStanding.Open, _) => RuleAnswer.True(RefundFilingOpen.Format(paymentText, filing.Early.Describe()), Caveat(filing.Early)),
            (WindowStanding.Closed, WindowStanding.Closed) => RuleAnswer.False(RefundBothClosed.Format(Latest(late), Latest(filing.Late))),
            (var filingStanding, _) => RuleAnswer.Undecided(
                RefundUndecided.Format(paymentText, filingStanding == WindowStanding.Closed
                    ? RefundFilingClosed.Format(Latest(filing.Late))
                    : RefundFilingMonth.Format(Dates.Long(filing.Early.LastDay), Dates.Long(filing.Late.LastDay), Dates.Long(context.AsOf)))),
        };
    }

    /// <summary>
    /// Form 8379 timing: true while the as-of date is no later than 3 years after the original due date of the joint
    /// return (<see cref="ReliefWindows.InjuredSpouseClaim"/>). False does not mean too late: an extension to file or a
    /// later payment gives more time (Instructions for Form 8379, When To File), and neither is asked, so the chart
    /// ends in "need more information" (is-window-unclear), never "too late".
    /// </summary>
    /// <remarks>Form 8379 instructions; rules.md §10; docs/adr/0008-too-late-only-when-certain.md.</remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer InjuredSpouseWindowOpen(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = ReliefWindows.InjuredSpouseClaim(context.TaxYear);
        return context.AsOf <= last.LastDay
            ? RuleAnswer.True(InjuredOpen.Format(last.Describe()), Caveat(last))
            : RuleAnswer.False(InjuredClosed.Format(Dates.Long(last.LastDay)));
    }

    /// <summary>The latest reading of a last day, with why it moved when it is the §7503 day.</summary>
    private static string Latest(YearPeriodEnd end) => end.LatestReading == end.LastDay ? end.Describe() : Dates.Long(end.LatestReading);

    /// <summary>Why a window from February 29 is undecided on the day between its two readings.</summary>
    private static string LeapDayText(YearPeriodEnd end, string what) =>
        LeapDay.Format(Dates.Num(end.Start.Year), Dates.Num(end.Anniversary.Year), what, Dates.Long(end.LastDay), Dates.Long(end.LatestReading));

    /// <summary>The §7503 caveat when the window's last day moved; null otherwise.</summary>
    private static string? Caveat(YearPeriodEnd end) => end.Moved ? RolledForward.Text() : null;

    private static string Join(string first, string? second) => second is null ? first : first + " " + second;
}
