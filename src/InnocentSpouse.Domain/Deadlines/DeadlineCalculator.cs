using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// Computes every deadline an event starts, with the working shown. Pure: dates in, dates out; no clock.
/// </summary>
/// <remarks>
/// <para>Counting (letters-deadlines.md §4.1): calendar days; day 1 is the day after the anchor; the anchor is the
/// earlier of the letter date and the postmark; only the last day is adjusted, forward over Saturdays, Sundays and
/// D.C. legal holidays (IRC §7503; Tax Court Rule 25(a)). Month and year periods keep the day of month, clamped to
/// the month's end; a clamp (February 29 start) is flagged with the alternative reading.</para>
/// <para>Printed dates: a notice of deficiency's printed last day wins when later (IRC §6213(a), last sentence);
/// for every other letter the earlier of the printed and computed dates is shown and the difference warned.</para>
/// <para>Never: state holidays, equitable tolling, or court closures move a date (closures are only mentioned).</para>
/// </remarks>
public sealed class DeadlineCalculator
{
    /// <summary>Business days between the recommended "act by" day and the date.</summary>
    public const int ActByBusinessDays = 5;

    /// <summary>Days after a final determination is mailed to petition the Tax Court (IRC §6015(e)(1)(A)(ii)); cannot be extended.</summary>
    public const int TaxCourtPetitionDays = 90;

    /// <summary>Days after a preliminary determination letter to appeal with Form 12509 (IRS Appeals, "Appeal an Innocent Spouse Determination").</summary>
    public const int Form12509AppealDays = 30;

    /// <summary>Months after Form 8857 is filed with no final determination before the Tax Court may be asked (IRC §6015(e)(1)(A)(i)(II)).</summary>
    public const int NoDeterminationMonths = 6;

    /// <summary>The note shown with every Tax Court petition date.</summary>
    public const string TaxCourtFilingNote =
        "Electronic filing with the Tax Court (DAWSON) closes at 11:59 p.m. Eastern time on the last day, wherever you live. "
        + "If you mail the petition, use USPS certified mail (or a designated private delivery service) and keep the dated receipt (IRC §7502).";

    /// <summary>The note shown with forms sent to the IRS.</summary>
    public const string IrsFilingNote =
        "Send it by USPS certified mail and keep the dated receipt: a timely postmark counts as filing (IRC §7502). "
        + "Keep a copy of everything you send.";

    private const string JurisdictionalNote =
        "This Tax Court deadline cannot be extended. It is jurisdictional: the court cannot hear a late petition for any reason, "
        + "and a wrong date in an IRS letter does not help (Pollock; Rubel; Matuszak; Frutiger, 162 T.C. No. 5 (2024)).";

    /// <summary>The reason shown with the March 1 reading of a February 29 start; marks that alternative.</summary>
    private const string LeapReason = "March 1 reading of a February 29 anniversary (unsourced convention); the app uses February 28.";

    private const string MayHavePassedEnglish = "May already have passed: it depends on the exact day, so find it and act today";

    private static string MayHavePassed => DeadlineText.Get("shared.status.may-have-passed-month", MayHavePassedEnglish);

    private static string IrsFiling => DeadlineText.Get("shared.irs-filing-note", IrsFilingNote);

    private static string StateHoliday => DeadlineText.Get("shared.state-holiday-caveat", StateHolidayCaveat);

    private static string LeapReading => DeadlineText.Get("shared.leap-reason", LeapReason);

    private static string LeapAlternativeReading =>
        DeadlineText.Get("shared.leap-alternative", "March 1 reading of a February 29 anniversary (unsourced convention).");

    private static string RolledForward => DeadlineText.Get("shared.rolled-forward-caveat", ReliefWindows.RolledForwardCaveat);

    private static string NotApplicable => DeadlineText.Get("shared.not-applicable", "Not applicable.");

    private static string LienRuleText => DeadlineText.Get("cdp-hearing-lien.rule", LienRule);

    private static string LienEstimate => DeadlineText.Get("shared.lien.estimate-assumption", LienEstimateAssumption);

    private static string BusinessDay => DeadlineText.Get("shared.business-day-caveat", BusinessDayCaveat);

    private static string EquivalentHearingTitle =>
        DeadlineText.Get("equivalent-hearing.title", "Last day to request an equivalent hearing (if the CDP hearing date is missed)");

    private static string RollUnconfirmed =>
        DeadlineText.Get("equivalent-hearing.caveat.roll-unconfirmed", "Whether §7503 moves this date past a weekend is not confirmed; the app uses the business day on or before it.");

    private static string TaxCourtFiling => DeadlineText.Get("shared.tax-court-filing-note", TaxCourtFilingNote);

    private static string Jurisdictional => DeadlineText.Get("shared.jurisdictional-note", JurisdictionalNote);

    private const string StateHolidayCaveat =
        "A state holiday where the receiving IRS office is located might add a day (IRC §7503); this app never counts on it.";

    private readonly DcHolidayCalendar _calendar;
    private readonly ImmutableArray<CourtClosure> _closures;

    /// <summary>Creates a calculator over a holiday calendar and a reviewed list of Tax Court closures.</summary>
    public DeadlineCalculator(DcHolidayCalendar calendar, IEnumerable<CourtClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(closures);
        _calendar = calendar;
        _closures = [.. closures];
    }

    /// <summary>The calculator over <see cref="DcHolidayCalendar.Default"/> and <see cref="CourtClosure.Known"/>.</summary>
    public static DeadlineCalculator Default { get; } = new(DcHolidayCalendar.Default, CourtClosure.Known);

    /// <summary>The holiday calendar in use.</summary>
    public DcHolidayCalendar Calendar => _calendar;

    /// <summary>Computes the deadlines for <paramref name="evt"/> with <see cref="Default"/>.</summary>
    /// <param name="evt">The event and its dates.</param>
    /// <param name="asOf">Optional day the user is asking on, to say how many days are left; never read from a clock.</param>
    public static ImmutableArray<Deadline> For(DeadlineEvent evt, DateOnly? asOf = null) => Default.Calculate(evt, asOf);

    /// <summary>Computes the deadlines for an event known only to the month, with <see cref="Default"/>.</summary>
    /// <param name="type">The kind of event.</param>
    /// <param name="month">Any day of the month (only its year and month are read).</param>
    /// <param name="asOf">Optional day the user is asking on.</param>
    public static ImmutableArray<Deadline> ForMonth(DeadlineEventType type, DateOnly month, DateOnly? asOf = null) =>
        Default.CalculateForMonth(type, month, asOf);

    /// <summary>
    /// Computes the deadlines for an event known only to the month. Each deadline is counted from the month's
    /// first day, the earliest it can be (so "act by" is safe); the date counted from the month's last day is
    /// shown beside it, and the status never says "passed" unless it has passed counting from the last day too.
    /// </summary>
    /// <param name="type">The kind of event.</param>
    /// <param name="month">Any day of the month (only its year and month are read).</param>
    /// <param name="asOf">Optional day the user is asking on.</param>
    /// <returns>The deadlines, in the same order as <see cref="Calculate"/>.</returns>
    public ImmutableArray<Deadline> CalculateForMonth(DeadlineEventType type, DateOnly month, DateOnly? asOf = null)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var fromFirst = Calculate(new DeadlineEvent(type, first), asOf);
        var fromLast = Calculate(new DeadlineEvent(type, last), asOf);
        return [.. fromFirst.Zip(fromLast, (early, late) => Widen(early, late, first, last, asOf))];
    }

    private static Deadline Widen(Deadline early, Deadline late, DateOnly first, DateOnly last, DateOnly? asOf)
    {
        var monthName = Dates.Month(first);
        var lines = early.Working.Lines.Insert(0,
            DeadlineText.Format("shared.month-only.counted-from-first", "You gave only the month ({0}), so we counted from its first day, {1}: the earliest this date can be.",
                monthName, Dates.Show(first)));
        var alternatives = early.Alternatives;
        var status = early.Status;
        if (early.Date is { } earlyDate && late.Date is { } lateDate
            && (lateDate != earlyDate || late.Alternatives.Any(a => a.Reading == LeapReading)))
        {
            // Closed only after the latest reading: the month's last day, or its March 1 reading when that day is February 29.
            var latest = late.Alternatives.Where(a => a.Reading == LeapReading).Select(a => a.Date).Append(lateDate).Max();
            alternatives = lateDate == earlyDate ? alternatives : alternatives.Insert(0, new AlternativeDate(lateDate,
                DeadlineText.Format("shared.month-only.counted-from-last", "That is the date counted from the last day of the month, {0}. The real date is between the two and depends on the exact day, "
                + "which is printed on the letter and shown on your IRS account transcript. Until you know it, go by the earlier date.", Dates.Show(last))));
            if (asOf is { } today && early.Kind != DeadlineKind.EarliestDay)
            {
                // "Passed" only if it has passed counting from the month's last day too (the same decision the
                // interview makes: YearWindow.Standing; docs/adr/0008-too-late-only-when-certain.md).
                status = YearWindow.Standing(today, earlyDate, latest) switch
                {
                    WindowStanding.Open => status,
                    WindowStanding.CantTell => status! with { Text = MayHavePassed },
                    _ => late.Status,
                };
            }
        }

        return new Deadline(early.Id, early.Kind, early.Title, early.Date, early.Working with { Lines = lines }, early.Rule, early.Sources,
            early.ActBy, early.FilingNote, early.CanBeExtended, early.ExtensionNote, early.IsTaxCourtPetition, early.IsLowerBound,
            alternatives, early.Caveats, status);
    }

    /// <summary>Computes the deadlines for <paramref name="evt"/>.</summary>
    /// <param name="evt">The event and its dates.</param>
    /// <param name="asOf">Optional day the user is asking on; adds a <see cref="DeadlineStatus"/> to each dated deadline.</param>
    /// <returns>The deadlines, most urgent rule first.</returns>
    public ImmutableArray<Deadline> Calculate(DeadlineEvent evt, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(evt);
        IEnumerable<Deadline> result = evt.Type switch
        {
            DeadlineEventType.FinalDetermination => [Petition6015(evt, asOf, fromLetter4390: false)],
            DeadlineEventType.PreliminaryDetermination => [Form12509(evt, asOf)],
            DeadlineEventType.Letter4390 => [CdpPetition(evt, asOf, withInnocentSpouse: true), Petition6015(evt, asOf, fromLetter4390: true)],
            DeadlineEventType.CdpDetermination => [CdpPetition(evt, asOf, withInnocentSpouse: false)],
            DeadlineEventType.Letter4439 => [Petition6015(evt, asOf, fromLetter4390: false), EquivalentHearingNotReviewable()],
            DeadlineEventType.CdpLevyNotice => [CdpHearingRequest(evt, asOf), EquivalentHearing(evt, asOf, lien: false), TwoYear(evt, asOf, protective: false)],
            DeadlineEventType.LienNotice => [LienHearingRequest(evt, asOf), EquivalentHearing(evt, asOf, lien: true)],
            DeadlineEventType.NoticeOfDeficiency => [Deficiency(evt, asOf)],
            DeadlineEventType.NoConsideration => [ProtectiveNoConsideration(evt, asOf)],
            DeadlineEventType.InformationRequest => [Reply(evt, asOf)],
            DeadlineEventType.BalanceDueNotice => [BalanceDue()],
            DeadlineEventType.RefundOffsetNotice => [TwoYear(evt, asOf, protective: true), InjuredSpouse()],
            DeadlineEventType.FirstCollectionActivity => [TwoYear(evt, asOf, protective: false)],
            DeadlineEventType.ReliefRequestFiled => [SixMonth(evt, asOf)],
            DeadlineEventType.Assessment => [CollectionPeriod(evt, asOf)],
            DeadlineEventType.ReturnFiled => RefundWindows(evt, asOf),
            _ => throw new ArgumentOutOfRangeException(nameof(evt), evt.Type, "Unknown event type."),
        };
        return [.. result];
    }

    // ---- Tax Court petitions -------------------------------------------------------------------------------

    private Deadline Petition6015(DeadlineEvent evt, DateOnly? asOf, bool fromLetter4390)
    {
        var anchor = Anchor(evt);
        var count = CountDays(anchor, TaxCourtPetitionDays);
        var lines = count.Lines;
        var caveats = anchor.Caveats.Add(DeadlineText.Get("tax-court-6015.caveat.no-150-days",
            "Section 6015(e) has no 150-day period for addresses abroad (unsourced reading of the statute)."));
        var rule = DeadlineText.Get("tax-court-6015.rule", "A petition to the Tax Court to review the innocent spouse (§6015) determination must be filed by the 90th day "
            + "after the IRS mailed the final determination (IRC §6015(e)(1)(A)).");
        if (fromLetter4390)
        {
            rule += DeadlineText.Get("tax-court-6015.rule.letter4390", " Letter 4390 also decides the collection (CDP) issues, which have only 30 days: a petition filed on days 31 to 90 "
                + "can still ask the court to review the innocent spouse decision, but no longer the collection issues. After day 90, neither.");
        }

        var printed = fromLetter4390 ? evt.PrintedInnocentSpousePetitionDate : evt.PrintedDate;
        var (date, alternatives, printedLines, printedCaveats) = EarlierOfPrinted(printed, count.Final);
        if (fromLetter4390)
        {
            printedCaveats = printedCaveats.AddRange(Unassigned4390PrintedDate(evt));
        }

        return Build("tax-court-6015", DeadlineKind.LastDay,
            DeadlineText.Get("tax-court-6015.title", "Last day to ask the Tax Court to review the innocent spouse decision"),
            date, new DeadlineWorking(anchor.Date, count.Counted, TaxCourtPetitionDays, count.Roll, lines.AddRange(printedLines)),
            rule, [Citations.Irc6015E, Citations.Irc7503, Citations.TaxCourtRule25, Citations.Frutiger, Citations.Rubel, Citations.Pollock, Citations.Matuszak],
            TaxCourtFiling, Jurisdictional, taxCourt: true, alternatives, caveats.AddRange(printedCaveats).AddRange(ClosureNotes(date)), asOf,
            passUncertain: date < count.Final);
    }

    /// <remarks>
    /// Letter 4390 (with an innocent spouse decision) and Letter 3193 (a CDP determination alone) both give 30 days
    /// (IRC §6330(d)(1)). For Letter 4390 only the printed date entered for the CDP petition is compared; a printed
    /// date for the 90-day innocent spouse petition never shortens or replaces this one, and the reverse.
    /// </remarks>
    private Deadline CdpPetition(DeadlineEvent evt, DateOnly? asOf, bool withInnocentSpouse)
    {
        var anchor = Anchor(evt);
        var count = CountDays(anchor, 30);
        var printed = withInnocentSpouse ? evt.PrintedCdpPetitionDate : evt.PrintedDate;
        var (date, alternatives, printedLines, printedCaveats) = EarlierOfPrinted(printed, count.Final);
        var caveats = anchor.Caveats
            .Add(DeadlineText.Get("tax-court-cdp.caveat.bankruptcy", "If you are in bankruptcy, the 30 days are suspended while the bankruptcy bars a petition, plus 30 days (TAS)."));
        caveats = withInnocentSpouse
            ? caveats.AddRange(Unassigned4390PrintedDate(evt))
            : caveats.Add(DeadlineText.Get("tax-court-cdp.caveat.is-it-4390", "If the letter also decides a request for innocent spouse relief, it is a Letter 4390: use that instead. It has a second, 90-day deadline."));
        return Build("tax-court-cdp", DeadlineKind.LastDay,
            withInnocentSpouse
                ? DeadlineText.Get("tax-court-cdp.title.letter4390", "Last day to ask the Tax Court to review the collection (CDP) decision and the innocent spouse decision together")
                : DeadlineText.Get("tax-court-cdp.title", "Last day to ask the Tax Court to review the collection (CDP) decision"),
            date, new DeadlineWorking(anchor.Date, count.Counted, 30, count.Roll, count.Lines.AddRange(printedLines)),
            DeadlineText.Get("tax-court-cdp.rule", "A petition to review a Collection Due Process determination must be filed within 30 days of the determination "
            + "(IRC §6330(d)(1)); TAS counts the 30 days from the day after the letter date. ")
            + (withInnocentSpouse
                ? DeadlineText.Get("tax-court-cdp.rule.letter4390", "Filed by this day, the court can review both the collection issues and the innocent spouse issue.")
                : DeadlineText.Get("tax-court-cdp.rule.letter3193", "Filed by this day, the court can review the collection decision.")),
            withInnocentSpouse
                ? [Citations.Irc6330D, Citations.TasLetter4390, Citations.Irc7503, Citations.Guralnik, Citations.Boechler]
                : [Citations.Irc6330D, Citations.TasLetter3193, Citations.Irc7503, Citations.Guralnik, Citations.Boechler],
            TaxCourtFiling,
            DeadlineText.Get("tax-court-cdp.extension-note", "Treat this date as fixed. The law sets it and neither the IRS nor TAS can extend it. Since Boechler (2022) a court may, "
            + "rarely, excuse a late CDP petition, but never plan on that."),
            taxCourt: true, alternatives, caveats.AddRange(printedCaveats).AddRange(ClosureNotes(date)), asOf,
            passUncertain: date < count.Final);
    }

    /// <summary>Letter 4390: a printed date given without saying which deadline it is for is used for neither.</summary>
    private static ImmutableArray<string> Unassigned4390PrintedDate(DeadlineEvent evt) => evt.PrintedDate is { } printed
        ? [DeadlineText.Format("letter4390.caveat.unassigned-printed-date", "A printed date ({0}) was given without saying which deadline it is for, so it was not used. "
            + "Letter 4390 has two: 30 days for the collection issues and 90 days for the innocent spouse issue.", Dates.Show(printed))]
        : [];

    private Deadline Deficiency(DeadlineEvent evt, DateOnly? asOf)
    {
        var anchor = Anchor(evt);
        var days = evt.AddressedOutsideUnitedStates ? 150 : 90;
        var count = CountDays(anchor, days);
        var lines = count.Lines;
        var date = count.Final;
        var alternatives = ImmutableArray<AlternativeDate>.Empty;
        var caveats = anchor.Caveats.Add(DeadlineText.Get("tax-court-deficiency.caveat.culp",
            "The Tax Court holds this deadline jurisdictional; the Third Circuit disagreed in Culp (2023). Treat it as absolute either way."));
        if (evt.PrintedDate is { } printed && printed != count.Final)
        {
            if (printed > count.Final)
            {
                lines = lines.Add(DeadlineText.Format("tax-court-deficiency.printed-later", "The notice prints {0} as the last day. That is later than the computed date, and under "
                    + "the last sentence of IRC §6213(a) a petition filed by the printed date is timely, so the last day is {0}.", Dates.Show(printed)));
                alternatives = [new AlternativeDate(count.Final, DeadlineText.Get("tax-court-deficiency.alternative.computed", "The computed date; the later printed date protects you (IRC §6213(a))."))];
                date = printed;
            }
            else
            {
                lines = lines.Add(DeadlineText.Format("tax-court-deficiency.printed-earlier", "The notice prints {0}, earlier than the computed {1}. "
                    + "The law gives you until the computed date, but file by the printed date to be safe.", Dates.Show(printed), Dates.Show(count.Final)));
                alternatives = [new AlternativeDate(printed, DeadlineText.Get("tax-court-deficiency.alternative.printed", "The earlier date printed on the notice; file by it to avoid any argument."))];
                caveats = caveats.Add(DeadlineText.Get("tax-court-deficiency.caveat.printed-differs", "The printed date and the computed date differ; check the letter and envelope dates you entered."));
            }
        }

        return Build("tax-court-deficiency", DeadlineKind.LastDay,
            DeadlineText.Get("tax-court-deficiency.title", "Last day to ask the Tax Court to review the proposed tax (notice of deficiency)"),
            date, new DeadlineWorking(anchor.Date, count.Counted, days, count.Roll, lines),
            DeadlineText.Format("tax-court-deficiency.rule", "A petition to the Tax Court must be filed within {0} days after the notice of deficiency is mailed "
            + "(150 days if it is addressed to a person outside the United States). You can raise innocent spouse relief in that case (IRC §6213(a)).", Dates.Num(days)),
            [Citations.Irc6213A, Citations.Cp3219n, Citations.Irc7503, Citations.TaxCourtRule25, Citations.Nutt, Citations.Sanders, Citations.Culp],
            TaxCourtFiling,
            DeadlineText.Get("tax-court-deficiency.extension-note", "This Tax Court deadline cannot be extended. If it is missed, the tax is assessed and can only be contested after paying or "
            + "through other routes; Form 8857 can still be filed later."),
            taxCourt: true, alternatives, caveats.AddRange(ClosureNotes(date)), asOf);
    }

    private Deadline ProtectiveNoConsideration(DeadlineEvent evt, DateOnly? asOf)
    {
        var anchor = Anchor(evt);
        var count = CountDays(anchor, 90);
        return Build("tax-court-protective", DeadlineKind.Protective,
            DeadlineText.Get("tax-court-protective.title", "Protective date: petition the Tax Court by this day if you want to argue this letter is a final determination"),
            count.Final, new DeadlineWorking(anchor.Date, count.Counted, 90, count.Roll, count.Lines),
            DeadlineText.Get("tax-court-protective.rule", "Letter 3657-C says the IRS will not consider the request. Whether it is ever a final determination that gives Tax Court "
            + "rights is not confirmed. A letter that decides the merits can be a final determination (Vera), so this app shows a "
            + "protective 90-day date."),
            [Citations.TasInnocentSpouse, Citations.Vera, Citations.Irc6015E],
            TaxCourtFiling,
            DeadlineText.Get("tax-court-protective.extension-note", "If this letter does give Tax Court rights, the 90 days of §6015(e) cannot be extended: the courts treat that limit as jurisdictional "
                + "(Pollock; Frutiger, 162 T.C. No. 5 (2024)). Whether it gives those rights is not confirmed, so treat day 90 as real."),
            taxCourt: true, [],
            anchor.Caveats.Add(DeadlineText.Get("tax-court-protective.caveat.unconfirmed", "Not a confirmed deadline: whether a 3657-C gives Tax Court rights is unconfirmed. Get advice (TAS or a Low Income Taxpayer Clinic) before day 90.")),
            asOf);
    }

    // ---- IRS forms ------------------------------------------------------------------------------------------

    private Deadline Form12509(DeadlineEvent evt, DateOnly? asOf)
    {
        var anchor = Anchor(evt);
        var count = CountDays(anchor, Form12509AppealDays);
        var (date, alternatives, printedLines, printedCaveats) = EarlierOfPrinted(evt.PrintedDate, count.Final);
        return Build("form-12509", DeadlineKind.LastDay,
            DeadlineText.Get("form-12509.title", "Last day to appeal the preliminary determination (Form 12509, Statement of Disagreement)"),
            date, new DeadlineWorking(anchor.Date, count.Counted, Form12509AppealDays, count.Roll, count.Lines.AddRange(printedLines)),
            DeadlineText.Get("form-12509.rule", "Either spouse may appeal a preliminary determination to IRS Appeals by sending Form 12509 within 30 days of the letter date, "
            + "to the office that sent the letter (not to Appeals). If you do not, the IRS issues a final determination, and the "
            + "requesting spouse can still petition the Tax Court within 90 days of that."),
            [Citations.AppealsInnocentSpouse, Citations.NrsRights, Citations.Irc7503],
            IrsFiling,
            DeadlineText.Get("form-12509.extension-note", "No extension is described in the sources; treat this date as fixed."),
            taxCourt: false, alternatives,
            anchor.Caveats
                .Add(DeadlineText.Get("form-12509.caveat.roll-unsourced", "Applying the §7503 weekend/holiday roll to this IRS-set 30-day period is the app's reading (unsourced)."))
                .Add(StateHoliday).AddRange(printedCaveats),
            asOf, passUncertain: date < count.Final);
    }

    private Deadline CdpHearingRequest(DeadlineEvent evt, DateOnly? asOf)
    {
        var anchor = Anchor(evt);
        var count = CountDays(anchor, 30);
        var (date, alternatives, printedLines, printedCaveats) = EarlierOfPrinted(evt.PrintedDate, count.Final);
        return Build("cdp-hearing", DeadlineKind.LastDay,
            DeadlineText.Get("cdp-hearing.title", "Last day to request a Collection Due Process hearing (Form 12153)"),
            date, new DeadlineWorking(anchor.Date, count.Counted, 30, count.Roll, count.Lines.AddRange(printedLines)),
            DeadlineText.Get("cdp-hearing.rule", "A notice of intent to levy under IRC §6330 gives 30 days to request a Collection Due Process hearing on Form 12153, by the "
            + "date on the notice. You can ask for innocent spouse relief in the hearing, and the decision can go to the Tax Court."),
            [Citations.TasLetter11, Citations.Cp90, Citations.Irc7503],
            IrsFiling,
            DeadlineText.Get("cdp-hearing.extension-note", "Cannot be extended. If missed, only an equivalent hearing (within 1 year) remains, and its decision cannot go to the Tax Court."),
            taxCourt: false, alternatives,
            anchor.Caveats.Add(DeadlineText.Get("cdp-hearing.caveat.printed", "Use the date printed on the notice if it is earlier; enter it to compare.")).Add(StateHoliday).AddRange(printedCaveats),
            asOf, passUncertain: date < count.Final);
    }

    /// <remarks>
    /// <para>IRC §6320(a)(2), (3)(B); Treas. Reg. §301.6320-1(c)(2), Q&amp;A-C3: the IRS sends Letter 3172 within 5 business
    /// days after the lien is filed, and the 30 days to request a hearing start the day after those 5 business days,
    /// not on the letter date. Three cases:</para>
    /// <list type="number">
    /// <item>Lien filing date known: day 0 is the 5th business day after it (see <see cref="LienWindow"/>); day 30 is
    /// rolled forward under §7503; a printed date is compared as for other letters (the earlier is shown).</item>
    /// <item>No filing date but a printed last day: the printed date is used.</item>
    /// <item>Neither: a <see cref="DeadlineKind.Estimate"/> 30 days from the letter. It is early only if the IRS mailed
    /// the letter on time; a letter mailed after the 5 business days makes the real date EARLIER. It is never called
    /// protective.</item>
    /// </list>
    /// <para>A letter dated or postmarked after the 5-business-day period ended leaves the law's date in doubt, so the
    /// status never says "passed".</para>
    /// </remarks>
    private Deadline LienHearingRequest(DeadlineEvent evt, DateOnly? asOf)
    {
        var title = DeadlineText.Get("cdp-hearing-lien.title", "Last day to request a Collection Due Process hearing about the lien (Form 12153)");
        var extension = DeadlineText.Get("cdp-hearing-lien.extension-note", "Cannot be extended. If missed, only an equivalent hearing remains.");
        var anchor = Anchor(evt);
        if (evt.LienFilingDate is { } filed)
        {
            var window = LienWindow(filed);
            var count = CountDays(new AnchorInfo(window.End, DeadlineText.Get("cdp-hearing-lien.anchor", "the 5th business day after the lien was filed"), []), 30);
            var (date, alternatives, printedLines, printedCaveats) = EarlierOfPrinted(evt.PrintedDate, count.Final);
            var dcReading = _calendar.RollForward(window.DcReadingEnd.AddDays(30)).Final;
            if (dcReading > count.Final)
            {
                alternatives = alternatives.Add(new AlternativeDate(dcReading, DeadlineText.Get("cdp-hearing-lien.alternative.dc-holidays",
                    "If D.C.-only holidays (Emancipation Day, Inauguration Day) are not business days, the 5 business days end later and so does "
                    + "this date. The law does not define \"business day\"; the app uses the earlier reading.")));
            }

            var (late, lateCaveats) = LateLienLetter(anchor, window.End, filed, DeadlineText.Get("cdp-hearing-lien.period", "30 days"));
            return Build("cdp-hearing-lien", DeadlineKind.LastDay, title,
                date, new DeadlineWorking(window.End, count.Counted, 30, count.Roll, window.Lines.AddRange(count.Lines).AddRange(printedLines)),
                LienRuleText, [Citations.Irc6320, Citations.Reg6320C3, Citations.Newsome, Citations.TasLetter3172, Citations.Irc7503], IrsFiling, extension,
                taxCourt: false, alternatives,
                lateCaveats.Add(BusinessDay).Add(StateHoliday).AddRange(printedCaveats),
                asOf, passUncertain: late || date < count.Final);
        }

        if (evt.PrintedDate is { } printed)
        {
            return Build("cdp-hearing-lien", DeadlineKind.LastDay, title,
                printed, new DeadlineWorking(anchor.Date, null, null, null,
                [
                    DeadlineText.Format("cdp-hearing-lien.printed.used", "The letter prints {0} as the last day to request a hearing. That date is used as printed.", Dates.Show(printed)),
                    DeadlineText.Get("cdp-hearing-lien.printed.enter-filing", "The law counts the 30 days from the end of the 5 business days after the lien was filed, not from the letter date. "
                    + "Enter the date the lien was filed to check the printed date."),
                ]),
                LienRuleText, [Citations.TasLetter3172, Citations.Irc6320, Citations.Reg6320C3], IrsFiling, extension,
                taxCourt: false, [], [StateHoliday], asOf);
        }

        var estimate = CountDays(anchor, 30);
        return Build("cdp-hearing-lien", DeadlineKind.Estimate,
            DeadlineText.Get("cdp-hearing-lien.title.estimate", "Estimated last day to request a Collection Due Process hearing about the lien (Form 12153)"),
            estimate.Final, new DeadlineWorking(anchor.Date, estimate.Counted, 30, estimate.Roll, estimate.Lines
                .Insert(0, DeadlineText.Get("cdp-hearing-lien.estimate.line", "This is an estimate. The law counts the 30 days from the end of the 5 business days after the lien was filed, not from the letter date, "
                    + "and you gave neither the filing date nor the last day printed on the letter."))
                .Add(LienEstimate)),
            LienRuleText, [Citations.Irc6320, Citations.Reg6320C3, Citations.TasLetter3172, Citations.Irc7503], IrsFiling, extension,
            taxCourt: false, [],
            anchor.Caveats
                .Add(DeadlineText.Get("cdp-hearing-lien.estimate.caveat.late", "Only an estimate. If the IRS mailed the letter late (more than 5 business days after it filed the lien), the real last day is EARLIER than this date."))
                .Add(DeadlineText.Get("cdp-hearing-lien.estimate.caveat.printed", "The real last day is printed on the letter. Enter it, or the date the lien was filed, to get the exact date."))
                .Add(StateHoliday),
            asOf);
    }

    private const string LienRule =
        "After a Notice of Federal Tax Lien is filed, the IRS must notify you within 5 business days (Letter 3172). You then have a "
        + "30-day period, starting the day after those 5 business days, to request a CDP hearing (IRC §6320(a)(3)(B); "
        + "Treas. Reg. §301.6320-1(c)(2), Q&A-C3). The letter prints the last day.";

    private const string LienEstimateAssumption =
        "This assumes the IRS mailed the letter on time, within 5 business days after it filed the lien. Then the real last day is this day "
        + "or up to about a week later. If the letter was mailed late, the real last day is earlier.";

    private const string BusinessDayCaveat =
        "\"Business day\" is not defined in §6320 or its regulation (none found). The app counts Saturdays, Sundays and holidays that are "
        + "both D.C. and federal holidays as non-business days, which gives the earliest date (Newsome, T.C. Memo. 2007-111, skipped a weekend and Veterans Day).";

    private sealed record LienWindowInfo(DateOnly End, DateOnly DcReadingEnd, ImmutableArray<string> Lines);

    /// <summary>The end of the 5-business-day period after a lien filing (IRC §6320(a)(2)), with the working.</summary>
    /// <remarks>
    /// "Business day" is not defined in §6320 or Treas. Reg. §301.6320-1 (none found). A day is a non-business day here
    /// when it is a Saturday, a Sunday or a D.C. legal holiday that is also a federal holiday; the D.C.-only days
    /// (Emancipation Day, Inauguration Day, ad hoc designations) count as business days, which ends the period earliest.
    /// <see cref="LienWindowInfo.DcReadingEnd"/> is the end when every D.C. legal holiday is skipped (the §7503 list).
    /// Newsome v. Commissioner, T.C. Memo. 2007-111: filed Thursday 2004-11-04, 5th business day Friday 2004-11-12
    /// (a weekend and Veterans Day skipped).
    /// </remarks>
    private LienWindowInfo LienWindow(DateOnly filed)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add(DeadlineText.Format("shared.lien.filed", "The lien was filed on {0}. The IRS then has 5 business days to send Letter 3172 (IRC §6320(a)(2)).", Dates.Show(filed)));
        var day = filed;
        for (var counted = 0; counted < 5;)
        {
            day = day.AddDays(1);
            if (IsNonBusinessDayEverywhere(day))
            {
                lines.Add(DeadlineText.Format("shared.lien.not-business-day", "{0}: not a business day.", _calendar.WhyNotBusinessDay(day)));
                continue;
            }

            counted++;
            if (!_calendar.IsBusinessDay(day))
            {
                lines.Add(DeadlineText.Format("shared.lien.dc-only-holiday", "{0}: not a federal holiday, so the app counts it as a business day (the earlier reading).", _calendar.WhyNotBusinessDay(day)));
            }
        }

        lines.Add(DeadlineText.Format("shared.lien.fifth-business-day", "The 5th business day after the filing is {0}. The 30-day period starts the next day "
            + "(IRC §6320(a)(3)(B); Treas. Reg. §301.6320-1(c)(2), Q&A-C3).", Dates.Show(day)));
        var dcEnd = filed;
        for (var counted = 0; counted < 5;)
        {
            dcEnd = dcEnd.AddDays(1);
            if (_calendar.IsBusinessDay(dcEnd))
            {
                counted++;
            }
        }

        return new LienWindowInfo(day, dcEnd, lines.ToImmutable());
    }

    /// <summary>A weekend day, or a D.C. legal holiday that is also a federal holiday (not Emancipation or Inauguration Day, not ad hoc).</summary>
    private bool IsNonBusinessDayEverywhere(DateOnly date) =>
        Dates.IsWeekend(date)
        || _calendar.HolidaysOn(date).Any(h => h.Name is not ("District of Columbia Emancipation Day" or "Inauguration Day") && h.Rule != "designated ad hoc");

    /// <summary>Whether the letter came after the 5-business-day period, and what to tell the user then.</summary>
    private static (bool Late, ImmutableArray<string> Caveats) LateLienLetter(AnchorInfo anchor, DateOnly windowEnd, DateOnly filed, string period)
    {
        if (anchor.Date > windowEnd)
        {
            return (true,
            [
                DeadlineText.Format("shared.lien.late-letter", "Your letter is dated (or was mailed) {0}, after the 5 business days ended on {1}. "
                + "The law counts the {2} from the end of those 5 business days, which gives the date shown. A late letter may change "
                + "your rights, so we do not say this date has passed for certain. Get help right away (TAS or a Low Income Taxpayer Clinic).",
                    Dates.Show(anchor.Date), Dates.Show(windowEnd), period),
            ]);
        }

        return (false, anchor.Date < filed
            ? [DeadlineText.Format("shared.lien.early-letter", "Your letter is dated before the lien was filed ({0}). That happens; the count still starts at the end of the 5 business days after the filing.", Dates.Show(filed))]
            : []);
    }

    /// <remarks>
    /// The equivalent hearing for a lien: within one year of the day after the 5-business-day period that follows the
    /// lien filing (TAS, Form 668(Y)(c); Treas. Reg. §301.6320-1(i)(2) not seen in the sources). The year ends on the
    /// anniversary of that period's last day; the app targets the business day on or before it. With no filing date the
    /// period's end is counted back from the printed CDP last day (the earliest day a §7503 roll could have come from);
    /// with neither, the letter date is used as an <see cref="DeadlineKind.Estimate"/> that assumes the letter was on time.
    /// </remarks>
    private Deadline LienEquivalentHearing(DeadlineEvent evt, DateOnly? asOf)
    {
        var anchor = Anchor(evt);
        var kind = DeadlineKind.LastDay;
        var late = false;
        DateOnly periodEnd;
        DateOnly? dcPeriodEnd = null;
        ImmutableArray<string> lines;
        ImmutableArray<string> caveats;
        if (evt.LienFilingDate is { } filed)
        {
            var window = LienWindow(filed);
            periodEnd = window.End;
            dcPeriodEnd = window.DcReadingEnd;
            lines = window.Lines;
            (late, caveats) = LateLienLetter(anchor, window.End, filed, DeadlineText.Get("equivalent-hearing-lien.period", "year"));
            caveats = caveats.Add(BusinessDay);
        }
        else if (evt.PrintedDate is { } printed)
        {
            // Day 30 was the printed day, or an earlier day that a §7503 roll moved to it: take the earliest such day.
            var day30 = printed;
            while (!_calendar.IsBusinessDay(day30.AddDays(-1)))
            {
                day30 = day30.AddDays(-1);
            }

            periodEnd = day30.AddDays(-30);
            lines =
            [
                DeadlineText.Format("equivalent-hearing-lien.printed.line", "The letter prints {0} as the last day to request a CDP hearing. Counting back 30 days "
                + "(and over any weekend or holiday just before it), the 5 business days after the lien filing ended on {1} at the earliest.", Dates.Show(printed), Dates.Show(periodEnd)),
            ];
            caveats = [DeadlineText.Get("equivalent-hearing-lien.printed.caveat", "Counted back from the printed last day: if that date is wrong, so is this one. Enter the date the lien was filed to check it.")];
        }
        else
        {
            periodEnd = anchor.Date;
            kind = DeadlineKind.Estimate;
            lines =
            [
                DeadlineText.Format("equivalent-hearing-lien.estimate.line", "This is an estimate from the letter date, {0}: the law counts the year from the end of the 5 business days after the lien was filed.", Dates.Show(anchor.Date)),
                LienEstimate,
            ];
            caveats = anchor.Caveats.Add(DeadlineText.Get("equivalent-hearing-lien.estimate.caveat", "Only an estimate. If the IRS mailed the letter late, the real last day is EARLIER than this date. Enter the date the lien was filed, or the last day printed on the letter."));
        }

        var (anniversary, alternative, leapLine) = AddYears(periodEnd, 1);
        var target = _calendar.OnOrBeforeBusinessDay(anniversary);
        lines = lines.Add(DeadlineText.Format("equivalent-hearing-lien.year", "The year starts the day after, {0}, and ends one year after {1}: {2}.",
            Dates.Show(periodEnd.AddDays(1)), Dates.Show(periodEnd), Dates.Show(anniversary)));
        if (leapLine is not null)
        {
            lines = lines.Add(leapLine);
        }

        if (target != anniversary)
        {
            lines = lines.Add(DeadlineText.Format("shared.business-day-before", "{0}; to be safe the app targets the business day before: {1}.",
                _calendar.WhyNotBusinessDay(anniversary), Dates.Show(target)));
        }

        var alternatives = alternative is { } alt ? ImmutableArray.Create(new AlternativeDate(alt, LeapAlternativeReading)) : [];
        if (target != anniversary)
        {
            alternatives = alternatives.Add(new AlternativeDate(_calendar.RollForward(anniversary).Final,
                DeadlineText.Get("shared.alternative.roll-7503", "If §7503 applies, the next business day.")));
        }

        if (dcPeriodEnd is { } dcEnd && dcEnd != periodEnd)
        {
            alternatives = alternatives.Add(new AlternativeDate(_calendar.OnOrBeforeBusinessDay(dcEnd.AddYears(1)), DeadlineText.Get("equivalent-hearing-lien.alternative.dc-holidays",
                "If D.C.-only holidays are not business days, the 5 business days end later and so does this date; the app uses the earlier reading.")));
        }

        return Build("equivalent-hearing-lien", kind,
            kind == DeadlineKind.Estimate
                ? DeadlineText.Get("equivalent-hearing-lien.title.estimate", "Estimated last day to request an equivalent hearing about the lien (if the CDP hearing date is missed)")
                : EquivalentHearingTitle,
            target, new DeadlineWorking(periodEnd, anniversary, null, null, lines),
            DeadlineText.Get("equivalent-hearing-lien.rule", "If you miss the 30-day CDP deadline for a lien, you can still ask for an equivalent hearing on Form 12153 within one year of the day "
            + "after the 5 business days that follow the lien filing. Innocent spouse relief can be raised there, but the collection decision "
            + "from it cannot be taken to the Tax Court."),
            [Citations.TasForm668Yc, Citations.Irc6320, Citations.TasLetter3172], IrsFiling,
            DeadlineText.Get("equivalent-hearing.extension-note", "No extension is described in the sources; treat this date as fixed."),
            taxCourt: false, alternatives,
            caveats.Add(RollUnconfirmed),
            asOf, passUncertain: late || alternatives.Any(a => a.Date > target));
    }

    private Deadline EquivalentHearing(DeadlineEvent evt, DateOnly? asOf, bool lien)
    {
        if (lien)
        {
            return LienEquivalentHearing(evt, asOf);
        }

        var anchor = Anchor(evt);
        var (anniversary, alternative, leapLine) = AddYears(anchor.Date, 1);
        var target = _calendar.OnOrBeforeBusinessDay(anniversary);
        var lines = ImmutableArray.Create(
            DeadlineText.Format("shared.working.start", "Start: {0} ({1}).", Dates.Show(anchor.Date), anchor.Explanation),
            DeadlineText.Format("equivalent-hearing.one-year", "One year later is {0}.", Dates.Show(anniversary)));
        if (leapLine is not null)
        {
            lines = lines.Add(leapLine);
        }

        if (target != anniversary)
        {
            lines = lines.Add(DeadlineText.Format("shared.business-day-before", "{0}; to be safe the app targets the business day before: {1}.",
                _calendar.WhyNotBusinessDay(anniversary), Dates.Show(target)));
        }

        var caveats = anchor.Caveats.Add(RollUnconfirmed);

        var alternatives = alternative is { } alt ? ImmutableArray.Create(new AlternativeDate(alt, LeapAlternativeReading)) : [];
        if (target != anniversary)
        {
            alternatives = alternatives.Add(new AlternativeDate(_calendar.RollForward(anniversary).Final,
                DeadlineText.Get("shared.alternative.roll-7503", "If §7503 applies, the next business day.")));
        }

        return Build("equivalent-hearing", DeadlineKind.LastDay,
            EquivalentHearingTitle,
            target, new DeadlineWorking(anchor.Date, anniversary, null, null, lines),
            DeadlineText.Get("equivalent-hearing.rule", "If you miss the 30-day CDP deadline you can still ask for an equivalent hearing on Form 12153 within one year of the notice. "
            + "Innocent spouse relief can be raised there, but the collection decision from it cannot be taken to the Tax Court."),
            [Citations.TasLetter11, Citations.TasLetter4439], IrsFiling,
            DeadlineText.Get("equivalent-hearing.extension-note", "No extension is described in the sources; treat this date as fixed."),
            taxCourt: false, alternatives, caveats, asOf, passUncertain: alternatives.Any(a => a.Date > target));
    }

    private Deadline Reply(DeadlineEvent evt, DateOnly? asOf)
    {
        var rule = DeadlineText.Get("reply.rule", "These letters start no statutory deadline. If the letter asks for information or a reply, answer by the date it prints.");
        var note = DeadlineText.Get("reply.extension-note", "The reply date is set by the IRS, not by law; if you need more time, call the number on the letter before the date.");
        var caveats = ImmutableArray.Create(DeadlineText.Get("reply.caveat.two-year-clock",
            "If you are the requesting spouse and have not yet filed a complete Form 8857, the 2-year clock for (b)/(c) relief keeps running (unsourced as applied to these letters)."));
        if (evt.PrintedDate is { } printed)
        {
            return Build("reply", DeadlineKind.LastDay, DeadlineText.Get("reply.title", "Reply by the date printed on the letter"),
                printed, new DeadlineWorking(evt.Date, null, null, null,
                    [DeadlineText.Format("reply.printed", "The letter is dated {0} and asks for a reply by {1}. That date is used as printed.", Dates.Show(evt.Date), Dates.Show(printed))]),
                rule, [Citations.TasInnocentSpouse], IrsFiling, note, taxCourt: false, [],
                caveats.Add(DeadlineText.Get("reply.caveat.missed", "Missing it may let the IRS decide on what it already has (unsourced).")), asOf);
        }

        return Build("reply", DeadlineKind.Informational, DeadlineText.Get("reply.title.none", "No legal deadline starts with this letter"),
            null, new DeadlineWorking(evt.Date, null, null, null,
                [DeadlineText.Get("reply.none", "No date is computed: the law sets none for this letter. Check whether it prints a reply date.")]),
            rule, [Citations.TasInnocentSpouse], IrsFiling, note, taxCourt: false, [], caveats, asOf);
    }

    // ---- Informational -------------------------------------------------------------------------------------

    private Deadline EquivalentHearingNotReviewable() =>
        Build("equivalent-hearing-decision", DeadlineKind.Informational,
            DeadlineText.Get("equivalent-hearing-decision.title", "The equivalent-hearing collection decision cannot be taken to the Tax Court"),
            null, new DeadlineWorking(null, null, null, null,
                [DeadlineText.Get("equivalent-hearing-decision.line", "No date: only the innocent spouse part of Letter 4439 can be petitioned.")]),
            DeadlineText.Get("equivalent-hearing-decision.rule", "Letter 4439 follows an equivalent hearing. Only the innocent spouse (§6015) determination can be reviewed by the Tax Court."),
            [Citations.TasLetter4439], TaxCourtFiling, NotApplicable, taxCourt: false, [], [], null);

    private Deadline BalanceDue() =>
        Build("no-6015-deadline", DeadlineKind.Informational,
            DeadlineText.Get("no-6015-deadline.title", "No innocent spouse deadline starts with this notice"),
            null, new DeadlineWorking(null, null, null, null,
                [DeadlineText.Get("no-6015-deadline.line", "No date: a demand for payment is not collection activity for the 2-year clock.")]),
            DeadlineText.Get("no-6015-deadline.rule", "Balance-due notices (CP14, CP501, CP503) and the CP504 (a §6331(d) notice, not a CDP notice) do not start the 2-year "
            + "clock for §6015(b)/(c) and set no innocent spouse deadline. Interest and penalties keep growing."),
            [Citations.CollectionActivityBlog, Citations.Cp504NotCdp], IrsFiling, NotApplicable, taxCourt: false, [],
            [DeadlineText.Get("no-6015-deadline.caveat.cp504", "That CP504 does not start the clock rests on the regulation naming only §6330 notices (reasoning, not a ruling).")], null);

    private Deadline InjuredSpouse() =>
        Build("form-8379", DeadlineKind.Informational,
            DeadlineText.Get("form-8379.title", "If the refund paid only your spouse's separate debt: injured spouse claim (Form 8379)"),
            null, new DeadlineWorking(null, null, null, null,
                [DeadlineText.Get("form-8379.line", "No date computed: Form 8379 timing depends on the return's due date and payments.")]),
            DeadlineText.Get("form-8379.rule", "If a joint refund was kept to pay a debt only your spouse owed (past-due federal tax from a year you were not on, state tax, "
            + "child or spousal support, federal non-tax debt such as a student loan), file Form 8379 (injured spouse), generally within "
            + "3 years of the return's original due date or 2 years after the tax was paid, if later."),
            [Citations.Form8379Instructions("When To File"), Citations.Ptla8379], IrsFiling, NotApplicable, taxCourt: false, [],
            [DeadlineText.Get("form-8379.caveat.unsourced", "The 2-years-after-payment part of the Form 8379 timing is unsourced.")], null);

    // ---- Windows for (b)/(c) and (f) -----------------------------------------------------------------------

    private Deadline TwoYear(DeadlineEvent evt, DateOnly? asOf, bool protective)
    {
        var start = evt.Date;
        var end = ReliefWindows.TwoYearElection(start, start, _calendar).Early;
        var lines = ImmutableArray.Create(
            DeadlineText.Format("two-year-bc.start", "Start: {0}, the date of the collection activity (the notice date, not the day you received it).", Dates.Show(start)),
            DeadlineText.Format("shared.two-years-later", "Two years later is {0}.", Dates.Show(end.Anniversary)));
        if (LeapLine(end) is { } leapLine)
        {
            lines = lines.Add(leapLine);
        }

        lines = lines.AddRange(RollLines(end.Roll)).Add(DeadlineText.Format("two-year-bc.last-day", "Last day to file Form 8857 for (b) or (c) relief: {0}.", Dates.Show(end.LastDay)));
        var alternatives = end.LeapAlternative is { } alt
            ? ImmutableArray.Create(new AlternativeDate(alt, LeapReading))
            : [];
        var caveats = ImmutableArray.Create(
            DeadlineText.Get("two-year-bc.caveat.first-activity", "The clock runs from the FIRST collection activity. If an earlier one happened (a CDP levy notice, an offset of your refund, a suit, a claim in bankruptcy), count from that instead."),
            DeadlineText.Get("two-year-bc.caveat.f-not-barred", "Missing this date bars (b) and (c) relief only; equitable relief under §6015(f) has its own, longer limits."));
        if (protective)
        {
            caveats = caveats.Add(DeadlineText.Get("two-year-bc.caveat.offset", "An offset starts the clock only if it took YOUR refund for the joint debt and the IRS told you about Form 8857 (McGee; unresolved otherwise). Shown as a protective date."));
        }

        if (end.Moved)
        {
            caveats = caveats.Add(RolledForward);
        }

        return Build("two-year-bc", protective ? DeadlineKind.Protective : DeadlineKind.LastDay,
            DeadlineText.Get("two-year-bc.title", "Last day to ask for innocent spouse relief under §6015(b) or separation of liability under §6015(c)"),
            end.LastDay, new DeadlineWorking(start, end.Anniversary, null, end.Roll, lines),
            DeadlineText.Get("two-year-bc.rule", "Relief under §6015(b) and (c) must be elected no later than 2 years after the IRS began collection activities against you: "
            + "a §6330 levy notice (LT11, Letter 1058, CP90, CP77), an offset of your refund, a collection suit, or a claim in a court case. "
            + "A notice of deficiency, a lien filing (Letter 3172) and balance-due notices do not start it."),
            protective ? [Citations.Irc6015BcTwoYears, Citations.CollectionActivity, Citations.McGee, Citations.Reg7503] : [Citations.Irc6015BcTwoYears, Citations.CollectionActivity, Citations.Mannella, Citations.Reg7503],
            IrsFiling,
            DeadlineText.Get("two-year-bc.extension-note", "Cannot be extended. Applying the §7503 weekend/holiday roll to Form 8857 follows Treas. Reg. §301.7503-1(a)."),
            taxCourt: false, alternatives, caveats.Add(StateHoliday), asOf, uncertainUntil: end.LatestReading);
    }

    private Deadline SixMonth(DeadlineEvent evt, DateOnly? asOf)
    {
        var filed = evt.Date;
        var (sixMonths, clampedAlt, leapLine) = AddMonths(filed, NoDeterminationMonths);
        var sixMonthDate = clampedAlt ?? sixMonths;
        var earliest = sixMonthDate.AddDays(1);
        var lines = ImmutableArray.Create(
            DeadlineText.Format("six-month-rule.start", "Start: {0}, the day Form 8857 was filed.", Dates.Show(filed)),
            DeadlineText.Format("six-month-rule.six-months", "Six months later is {0}.", Dates.Show(sixMonths)));
        if (leapLine is not null)
        {
            lines = lines.Add(leapLine).Add(DeadlineText.Format("six-month-rule.later-reading", "To be safe the app uses the later reading, {0}.", Dates.Show(sixMonthDate)));
        }

        lines = lines.Add(DeadlineText.Format("six-month-rule.after", "A petition may be filed any time AFTER that date: from {0}, if no final determination has been mailed.", Dates.Show(earliest)));
        var alternatives = clampedAlt is not null
            ? ImmutableArray.Create(new AlternativeDate(sixMonths.AddDays(1),
                DeadlineText.Get("six-month-rule.alternative.shorter-month", "Reading six months as ending on the last day of the shorter month (one day earlier).")))
            : [];
        return Build("six-month-rule", DeadlineKind.EarliestDay,
            DeadlineText.Get("six-month-rule.title", "Earliest day to petition the Tax Court if the IRS has not decided (the 6-month rule)"),
            earliest, new DeadlineWorking(filed, sixMonths, null, null, lines),
            DeadlineText.Get("six-month-rule.rule", "If the IRS has not mailed a final determination 6 months after Form 8857 was filed, the requesting spouse may petition the Tax Court "
            + "at any time after that (IRC §6015(e)(1)(A)(i)(II)). There is no closing date while no determination is mailed; once one is "
            + "mailed, the 90-day limit from its mailing applies."),
            [Citations.Irc6015E, Citations.AppealsInnocentSpouse, Citations.Pub5Summary],
            TaxCourtFiling,
            DeadlineText.Get("six-month-rule.extension-note", "Not a last day. But once a final determination is mailed, its 90-day deadline cannot be extended."),
            taxCourt: true, alternatives,
            [DeadlineText.Get("six-month-rule.caveat.record", "The court reviews the administrative record plus newly discovered or previously unavailable evidence: give the IRS everything before petitioning.")],
            asOf);
    }

    private Deadline CollectionPeriod(DeadlineEvent evt, DateOnly? asOf)
    {
        var assessed = evt.Date;
        var (anniversary, alternative, leapLine) = AddYears(assessed, 10);
        var target = _calendar.OnOrBeforeBusinessDay(anniversary);
        var lines = ImmutableArray.Create(
            DeadlineText.Format("collection-period-f.start", "Start: {0}, the assessment date.", Dates.Show(assessed)),
            DeadlineText.Format("collection-period-f.ten-years", "Ten years later is {0}. The collection period lasts AT LEAST until then; suspensions make it longer.", Dates.Show(anniversary)));
        if (leapLine is not null)
        {
            lines = lines.Add(leapLine);
        }

        if (target != anniversary)
        {
            lines = lines.Add(DeadlineText.Format("collection-period-f.business-day-before", "{0}. The law says \"before the expiration\", so the app targets the business day before: {1}.",
                _calendar.WhyNotBusinessDay(anniversary), Dates.Show(target)));
        }

        var alternatives = ImmutableArray<AlternativeDate>.Empty;
        if (target != anniversary)
        {
            alternatives = alternatives.Add(new AlternativeDate(_calendar.RollForward(anniversary).Final,
                DeadlineText.Get("collection-period-f.alternative.roll-7503", "§7503 might arguably extend it to the next business day; not relied on.")));
        }

        if (alternative is { } alt)
        {
            alternatives = alternatives.Add(new AlternativeDate(alt, LeapAlternativeReading));
        }

        return Build("collection-period-f", DeadlineKind.LastDay,
            DeadlineText.Get("collection-period-f.title", "Equitable relief (§6015(f)) for an unpaid balance: request it before the collection period ends — at least until this date"),
            target, new DeadlineWorking(assessed, anniversary, null, null, lines),
            DeadlineText.Get("collection-period-f.rule", "For a balance that is still unpaid, §6015(f) relief may be requested any time before the §6502 collection period ends: generally "
            + "10 years from assessment, longer after suspensions (IRC §6015(f)(2)). Check the collection statute expiration date (CSED) on your "
            + "account transcript."),
            [Citations.Irc6015F2, Citations.FEquitableTiming, Citations.CollectionActivityBlog],
            IrsFiling,
            DeadlineText.Get("collection-period-f.extension-note", "The collection period can be longer, never shorter, than shown; the app does not extend it."),
            taxCourt: false, alternatives,
            [
                DeadlineText.Get("collection-period-f.caveat.suspensions", "This is a floor: installment-agreement or offer requests, a CDP hearing, bankruptcy, time outside the U.S. and a pending §6015 claim can suspend the period (exact mechanics unsourced)."),
                DeadlineText.Get("collection-period-f.caveat.csed", "Use the CSED on your account transcript if you have it."),
            ],
            asOf, lowerBound: true);
    }

    private IEnumerable<Deadline> RefundWindows(DeadlineEvent evt, DateOnly? asOf)
    {
        var filed = evt.Date;
        // A due date of April 15 moved by a weekend or holiday has two readings (open question): the window is counted
        // from April 15 (the earlier, safer last day) and stays "may have passed" until the moved day's reading has passed too.
        (DateOnly Earliest, DateOnly Latest)? due = evt.ReturnDueDate is { } entered ? ReliefWindows.DueDateReadings(entered, _calendar) : null;
        var window = ReliefWindows.RefundAfterFiling(filed, filed, due?.Earliest, due?.Latest, _calendar);
        var three = window.Early;
        var lines = ImmutableArray.Create(DeadlineText.Format("refund-3-year.start", "Start: {0}, the day the return was filed.", Dates.Show(filed)));
        var caveats = ImmutableArray.Create(
            DeadlineText.Get("refund.caveat.look-back", "Only payments made inside the look-back period can be refunded (IRC §6511(b)(2); unsourced detail)."),
            DeadlineText.Get("refund.caveat.c-no-refund", "Relief under §6015(c) cannot produce a refund; (b) and (f) can (IRC §6015(g)(3); unsourced cite)."));
        var alternatives = LeapAlternatives(three);
        if (three.Start != filed)
        {
            lines = lines.Add(DeadlineText.Format("refund-3-year.filed-early", "The return was filed early; it counts as filed on its due date, {0} (IRC §6513(a); unsourced cite).", Dates.Show(three.Start)));
        }

        if (window.Late.LastDay != three.LastDay)
        {
            caveats = caveats.Add(DeadlineText.Format("refund-3-year.caveat.due-date-two-readings",
                "April 15 that year was a weekend or holiday, so the due date moved to {0}. Whether an early return counts as filed on April 15 or on {0} is an open question: the app counts from April 15, the earlier and safer day, and shows the later reading too.",
                Dates.Show(window.Late.Start)));
            alternatives = alternatives.Add(new AlternativeDate(window.Late.LastDay, DeadlineText.Format("refund-3-year.alternative.moved-due-date",
                "Counted from the moved due date, {0}: the later reading of an open question; not relied on.", Dates.Show(window.Late.Start))));
        }
        else if (three.Start != filed)
        {
            caveats = caveats.Add(DeadlineText.Get("refund-3-year.caveat.due-date-moved", "If the due date itself was moved by a weekend or holiday (e.g. April 18, 2023), the app uses the date you entered; the statutory April 15 is the conservative choice (open question)."));
        }
        else if (evt.ReturnDueDate is null)
        {
            caveats = caveats.Add(DeadlineText.Get("refund-3-year.caveat.no-due-date", "No due date was given: if the return was filed before its due date, the 3-year window actually runs from the due date (later)."));
        }

        lines = lines.Add(DeadlineText.Format("refund-3-year.three-years", "Three years later is {0}.", Dates.Show(three.Anniversary))).AddRange(PeriodEndLines(three));
        var rule = DeadlineText.Get("refund.rule", "For amounts already paid, §6015(f) relief must be requested within the §6511 refund period: 3 years from the "
            + "date the return was filed or 2 years from the date the tax was paid, whichever is later (IRC §6015(f)(2)).");
        yield return Build("refund-3-year", DeadlineKind.LastDay,
            DeadlineText.Get("refund-3-year.title", "Refund of amounts paid: 3 years from filing the return"),
            three.LastDay, new DeadlineWorking(three.Start, three.Anniversary, null, three.Roll, lines), rule,
            [Citations.Irc6015F2, Citations.FEquitableTiming, Citations.Irc7503], IrsFiling,
            DeadlineText.Get("refund-3-year.extension-note", "No extension; if a payment's 2-year date below is later, that later date governs for that payment."),
            taxCourt: false, alternatives, three.Moved ? caveats.Add(RolledForward) : caveats, asOf,
            uncertainUntil: window.Late.LatestReading);

        var index = 0;
        foreach (var paid in evt.PaymentDates)
        {
            index++;
            var two = ReliefWindows.RefundAfterPayment(paid, paid, _calendar).Early;
            var payLines = ImmutableArray.Create(
                    DeadlineText.Format("refund-2-year-payment.start", "Start: {0}, the day this payment was made.", Dates.Show(paid)),
                    DeadlineText.Format("shared.two-years-later", "Two years later is {0}.", Dates.Show(two.Anniversary)))
                .AddRange(PeriodEndLines(two));
            yield return Build($"refund-2-year-payment-{Dates.Num(index)}", DeadlineKind.LastDay,
                DeadlineText.Format("refund-2-year-payment.title", "Refund of the payment made {0}: 2 years from payment", Dates.Show(paid)),
                two.LastDay, new DeadlineWorking(paid, two.Anniversary, null, two.Roll, payLines), rule,
                [Citations.Irc6015F2, Citations.FEquitableTiming, Citations.Irc7503], IrsFiling,
                DeadlineText.Get("refund-2-year-payment.extension-note", "No extension; the later of this date and the 3-year date governs this payment."),
                taxCourt: false, LeapAlternatives(two), two.Moved ? caveats.Add(RolledForward) : caveats, asOf,
                uncertainUntil: two.LatestReading);
        }
    }

    /// <summary>The February 29 note, the §7503 roll and the last day of a year period, as working lines.</summary>
    private static IEnumerable<string> PeriodEndLines(YearPeriodEnd end)
    {
        if (LeapLine(end) is { } leap)
        {
            yield return leap;
        }

        foreach (var line in RollLines(end.Roll))
        {
            yield return line;
        }

        yield return DeadlineText.Format("shared.working.last-day", "Last day: {0}.", Dates.Show(end.LastDay));
    }

    private static string? LeapLine(YearPeriodEnd end) => end.LeapAlternative is null
        ? null
        : LeapWorkingLine(end.Anniversary.Year);

    private static string LeapWorkingLine(int year) =>
        DeadlineText.Format("shared.leap-line", "The start is February 29 and {0} has no February 29: the app uses February 28 (conservative); "
            + "March 1 is the alternative reading (unsourced convention).", Dates.Num(year));

    private static ImmutableArray<AlternativeDate> LeapAlternatives(YearPeriodEnd end) => end.LeapAlternative is { } alt
        ? [new AlternativeDate(alt, LeapReading)]
        : [];

    // ---- Shared machinery ----------------------------------------------------------------------------------

    private sealed record AnchorInfo(DateOnly Date, string Explanation, ImmutableArray<string> Caveats);

    private sealed record DayCount(DateOnly Counted, RollForwardResult Roll, DateOnly Final, ImmutableArray<string> Lines);

    private static AnchorInfo Anchor(DeadlineEvent evt)
    {
        if (evt.Postmark is not { } postmark || postmark == evt.Date)
        {
            return new AnchorInfo(evt.Date, DeadlineText.Get("shared.anchor.letter-date", "the date on the letter"),
                evt.Postmark is null
                    ? [DeadlineText.Get("shared.anchor.enter-postmark", "The law counts from the day the letter was MAILED. If the envelope's postmark is earlier than the letter date, enter it: the deadline may be earlier.")]
                    : []);
        }

        if (postmark < evt.Date)
        {
            return new AnchorInfo(postmark,
                DeadlineText.Format("shared.anchor.postmark-earlier", "the postmark on the envelope, which is earlier than the letter date {0}; the law counts from mailing, so the earlier date is used", Dates.Show(evt.Date)),
                [DeadlineText.Format("shared.anchor.letter-date-later", "The letter date ({0}) would give a later date; do not rely on it.", Dates.Show(evt.Date))]);
        }

        return new AnchorInfo(evt.Date,
            DeadlineText.Format("shared.anchor.letter-date-earlier", "the date on the letter, which is earlier than the postmark {0}; the earlier date is used", Dates.Show(postmark)),
            []);
    }

    private DayCount CountDays(AnchorInfo anchor, int days)
    {
        var counted = anchor.Date.AddDays(days);
        var roll = _calendar.RollForward(counted);
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add(DeadlineText.Format("shared.working.start", "Start: {0} ({1}).", Dates.Show(anchor.Date), anchor.Explanation));
        lines.Add(DeadlineText.Format("shared.working.day-one", "Day 1 is the day after: {0}. Every calendar day counts, weekends and holidays included.", Dates.Show(anchor.Date.AddDays(1))));
        lines.Add(DeadlineText.Format("shared.working.day-n", "Day {0} is {1}.", Dates.Num(days), Dates.Show(counted)));
        lines.AddRange(RollLines(roll));
        lines.Add(DeadlineText.Format("shared.working.last-day", "Last day: {0}.", Dates.Show(roll.Final)));
        return new DayCount(counted, roll, roll.Final, lines.ToImmutable());
    }

    private static IEnumerable<string> RollLines(RollForwardResult roll) =>
        roll.Steps.Select(s => DeadlineText.Format("shared.working.roll", "{0}, so the last day moves to the next day, {1} (IRC §7503).", s.Reason, Dates.Show(s.To)));

    /// <summary>Non-deficiency letters: the earlier of printed and computed dates, warning when they differ.</summary>
    private static (DateOnly Date, ImmutableArray<AlternativeDate> Alternatives, ImmutableArray<string> Lines, ImmutableArray<string> Caveats)
        EarlierOfPrinted(DateOnly? printedDate, DateOnly computed)
    {
        if (printedDate is not { } printed || printed == computed)
        {
            return (computed, [], printedDate is null ? [] : [DeadlineText.Get("shared.printed.matches", "The date printed on the letter matches the computed date.")], []);
        }

        var earlier = printed < computed ? printed : computed;
        var later = printed < computed ? computed : printed;
        var which = printed < computed
            ? DeadlineText.Get("shared.printed.which-printed", "printed date")
            : DeadlineText.Get("shared.printed.which-computed", "computed date");
        return (earlier,
            [new AlternativeDate(later, printed < computed
                ? DeadlineText.Get("shared.printed.alternative-computed", "The computed date; the earlier printed date is shown to be safe.")
                : DeadlineText.Get("shared.printed.alternative-printed", "The later date printed on the letter; a wrong IRS date does not extend this deadline (Rubel)."))],
            [DeadlineText.Format("shared.printed.working", "The letter prints {0}; the computed date is {1}. The app shows the earlier one, the {2}: {3}.", Dates.Show(printed), Dates.Show(computed), which, Dates.Show(earlier))],
            [DeadlineText.Get("shared.printed.differ", "The printed date and the computed date differ. Only the law's date counts; check the dates you entered.")]);
    }

    private static (DateOnly Date, DateOnly? Alternative, string? Line) AddYears(DateOnly start, int years)
    {
        var target = start.AddYears(years);
        if (start is { Month: 2, Day: 29 } && target.Day == 28)
        {
            return (target, target.AddDays(1), LeapWorkingLine(target.Year));
        }

        return (target, null, null);
    }

    private static (DateOnly Date, DateOnly? Alternative, string? Line) AddMonths(DateOnly start, int months)
    {
        var target = start.AddMonths(months);
        if (target.Day < start.Day)
        {
            return (target, target.AddDays(1),
                DeadlineText.Format("shared.short-month", "{0} is the last day of a shorter month than the start's day {1}; "
                + "{2} is the alternative reading (unsourced convention).", Dates.Long(target), Dates.Num(start.Day), Dates.Long(target.AddDays(1))));
        }

        return (target, null, null);
    }

    private IEnumerable<string> ClosureNotes(DateOnly date) =>
        _closures.Where(c => c.Date == date).Select(c =>
            DeadlineText.Format("shared.court-closed", "The Tax Court was closed on {0} ({1}; {2}). Under IRC §7451(b) a closure can make "
            + "the real deadline later, but this app never moves a date for it: get advice.", Dates.Show(c.Date),
            DeadlineText.Get("closure." + c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.Description), c.Source.Display));

    private Deadline Build(
        string id, DeadlineKind kind, string title, DateOnly? date, DeadlineWorking working, string rule,
        ImmutableArray<SourceRef> sources, string filingNote, string extensionNote, bool taxCourt,
        ImmutableArray<AlternativeDate> alternatives, IEnumerable<string> caveats, DateOnly? asOf,
        bool lowerBound = false, bool passUncertain = false, DateOnly? uncertainUntil = null)
    {
        // No "act by" before the first day an act is allowed, nor for an entry without a date to act by.
        DateOnly? actBy = date is { } d && kind is not (DeadlineKind.EarliestDay or DeadlineKind.Informational)
            ? _calendar.BusinessDaysBefore(d, ActByBusinessDays)
            : null;
        return new Deadline(id, kind, title, date, working, rule, sources, actBy, filingNote,
            canBeExtended: false, extensionNote, taxCourt, lowerBound, alternatives, [.. caveats],
            Status(date, kind, asOf, passUncertain || lowerBound || kind == DeadlineKind.Estimate, uncertainUntil));
    }

    /// <remarks>
    /// "Passed" only when the date is certain. A <see cref="DeadlineKind.Protective"/> date never says "passed": it has
    /// "gone by", and whether that ends a right is not settled. An <see cref="DeadlineKind.Estimate"/>, a floor ("at least until"), or a
    /// date that rests on a fact in doubt (<paramref name="passUncertain"/>: an earlier printed date shown instead of
    /// the law's date, a lien letter mailed late, a business-day target with a later §7503 reading) says "may already
    /// have passed" instead (issue 10 §2). A date with a known later reading (<paramref name="uncertainUntil"/>: the March 1
    /// reading of a February 29 start) says so only until that reading has gone by too (<see cref="YearWindow.On"/>).
    /// </remarks>
    private static DeadlineStatus? Status(DateOnly? date, DeadlineKind kind, DateOnly? asOf, bool passUncertain, DateOnly? uncertainUntil)
    {
        if (date is not { } d || asOf is not { } today)
        {
            return null;
        }

        var days = d.DayNumber - today.DayNumber;
        if (kind == DeadlineKind.Protective && days <= 0)
        {
            // A protective date is shown because a right might exist (or a clock might have started): that it has gone
            // by does not settle that a right is lost (too late only when certain, docs/adr/0008).
            return new DeadlineStatus(today, days, days == 0
                ? DeadlineText.Get("shared.status.protective-today", "Today is the protective date: act today")
                : DeadlineText.Get("shared.status.protective-passed", "This protective date has gone by. Whether that ends a right is not settled: get advice today (TAS or a Low Income Taxpayer Clinic)."));
        }

        var text = kind == DeadlineKind.EarliestDay
            ? days switch
            {
                1 => DeadlineText.Get("shared.status.opens-in-one-day", "Opens in 1 day"),
                > 0 => DeadlineText.Format("shared.status.opens-in-days", "Opens in {0} days", Dates.Num(days)),
                _ => DeadlineText.Get("shared.status.open", "Already open"),
            }
            : days switch
            {
                1 => DeadlineText.Get("shared.status.one-day-left", "1 day left"),
                > 0 => DeadlineText.Format("shared.status.days-left", "{0} days left", Dates.Num(days)),
                0 when passUncertain => DeadlineText.Get("shared.status.today-may-be-last", "Today may be the last day: act today"),
                0 => DeadlineText.Get("shared.status.today-last", "Today is the last day"),
                _ when passUncertain => DeadlineText.Get("shared.status.may-have-passed", "May already have passed: it depends on a date we do not have, so check the letter and act today"),
                _ when today <= uncertainUntil => MayHavePassed,
                -1 => DeadlineText.Get("shared.status.passed-one-day", "Passed 1 day ago"),
                _ => DeadlineText.Format("shared.status.passed-days", "Passed {0} days ago", Dates.Num(-days)),
            };
        return new DeadlineStatus(today, days, text);
    }
}
