namespace InnocentSpouse.Domain.Deadlines;

/// <summary>Where a day stands against a window whose last day is known exactly or only within a range.</summary>
public enum WindowStanding
{
    /// <summary>On or before the earliest possible last day: still open whatever the exact start.</summary>
    Open,

    /// <summary>After the earliest possible last day but not after the latest: it depends on the exact start day.</summary>
    CantTell,

    /// <summary>After the latest possible last day: closed whatever the exact start.</summary>
    Closed,
}

/// <summary>
/// The end of a period of whole years counted from one start day: the anniversary, and the legal last day after
/// IRC §7503 moves it past a Saturday, Sunday or D.C. legal holiday.
/// </summary>
/// <param name="Start">The day the period runs from.</param>
/// <param name="Years">The length of the period in years.</param>
/// <param name="Anniversary">The same calendar date <paramref name="Years"/> later; February 29 maps to February 28.</param>
/// <param name="Roll">The §7503 roll of <paramref name="Anniversary"/>; its final day is the legal last day.</param>
/// <param name="LeapAlternative">For a February 29 start that has no anniversary: the March 1 reading, rolled the same way.</param>
public sealed record YearPeriodEnd(DateOnly Start, int Years, DateOnly Anniversary, RollForwardResult Roll, DateOnly? LeapAlternative)
{
    /// <summary>The legal last day: the anniversary, moved forward under §7503 when it is not a business day.</summary>
    public DateOnly LastDay => Roll.Final;

    /// <summary>
    /// The latest day the period may end: the March 1 reading for a February 29 start, otherwise <see cref="LastDay"/>.
    /// A window is closed only after this day (too late only when certain).
    /// </summary>
    public DateOnly LatestReading => LeapAlternative is { } alternative && alternative > LastDay ? alternative : LastDay;

    /// <summary>True when §7503 moved the last day.</summary>
    public bool Moved => Roll.Moved;

    /// <summary>"June 1, 2027" or "June 1, 2027 (moved from May 29, 2027 under IRC §7503: …)".</summary>
    public string Describe() => Moved
        ? $"{Dates.Long(LastDay)} (moved from {Dates.Long(Anniversary)} under IRC §7503: {string.Join("; ", Roll.Steps.Select(step => step.Reason))})"
        : Dates.Long(LastDay);
}

/// <summary>
/// A window of whole years from a start day known exactly, or only to the month (then <see cref="Early"/> counts
/// from the month's first day and <see cref="Late"/> from its last). The one implementation of the year-based
/// relief windows: the eligibility charts (<c>TimingRules</c>) and the deadline calculator both call
/// <see cref="ReliefWindows"/> and read <see cref="On"/>, so the interview's decision and the calculator's date
/// cannot disagree.
/// </summary>
/// <param name="Early">The period counted from the earliest possible start.</param>
/// <param name="Late">The period counted from the latest possible start (the same as <paramref name="Early"/> for an exact date).</param>
public sealed record YearWindow(YearPeriodEnd Early, YearPeriodEnd Late)
{
    /// <summary>True when the start day is known exactly.</summary>
    public bool IsExact => Early.Start == Late.Start;

    /// <summary>
    /// Where <paramref name="asOf"/> stands against this window: open through the earliest last day, closed only after
    /// the latest reading of the last day (the month's last day, or March 1 for a February 29 start).
    /// </summary>
    /// <param name="asOf">The day the request would be made (a request received on the last day is in time).</param>
    public WindowStanding On(DateOnly asOf) => Standing(asOf, Early.LastDay, Late.LatestReading);

    /// <summary>
    /// Where <paramref name="asOf"/> stands against a last day known to lie between <paramref name="earliestLastDay"/>
    /// and <paramref name="latestLastDay"/> (equal for an exact date). Closed only when it has passed for every start
    /// the answers allow: the "too late only when certain" rule (docs/adr/0008).
    /// </summary>
    /// <param name="asOf">The day asked about.</param>
    /// <param name="earliestLastDay">The last day counted from the earliest possible start.</param>
    /// <param name="latestLastDay">The last day counted from the latest possible start.</param>
    public static WindowStanding Standing(DateOnly asOf, DateOnly earliestLastDay, DateOnly latestLastDay) =>
        asOf <= earliestLastDay ? WindowStanding.Open
        : asOf > latestLastDay ? WindowStanding.Closed
        : WindowStanding.CantTell;
}

/// <summary>
/// The year-based windows of the relief rules, each defined once. Counting follows letters-deadlines.md §4.1:
/// anniversary method, a February 29 start ends on February 28 (conservative; March 1 is flagged as the
/// alternative reading), and the last day moves forward past a Saturday, Sunday or D.C. legal holiday
/// (IRC §7503; Treas. Reg. §301.7503-1(a)). The recommended "act by" day is earlier (see
/// <see cref="DeadlineCalculator.ActByBusinessDays"/>); the legal last day is never moved back.
/// </summary>
public static class ReliefWindows
{
    /// <summary>Shown when a window's last day was moved past a weekend or D.C. legal holiday.</summary>
    public const string RolledForwardCaveat =
        "The last day fell on a weekend or legal holiday, so it moves to the next business day (IRC §7503; Treas. Reg. §301.7503-1(a)). "
        + "To be safe, send it by the earlier date if you can.";

    /// <summary>
    /// §6015(b)/(c): the election must be made no later than 2 years after the IRS began collection activities
    /// against the requester (IRC §6015(b)(1)(E), (c)(3)(B); Treas. Reg. §1.6015-5(b)(2)).
    /// </summary>
    /// <param name="earliestStart">The collection activity's date, or the first day of its month.</param>
    /// <param name="latestStart">The same date, or the last day of its month.</param>
    /// <param name="calendar">The holiday calendar; <see cref="DcHolidayCalendar.Default"/> when null.</param>
    public static YearWindow TwoYearElection(DateOnly earliestStart, DateOnly latestStart, DcHolidayCalendar? calendar = null) =>
        Years(earliestStart, latestStart, 2, calendar);

    /// <summary>
    /// §6511(a) through §6015(f)(2) (and §6015(g)(1) for (b)): a refund of a payment must be claimed within 2 years
    /// after the payment (the 3-year period from filing is <see cref="RefundAfterFiling"/>; the later one governs).
    /// </summary>
    /// <param name="earliestPaid">The payment date, or the first day of its month.</param>
    /// <param name="latestPaid">The same date, or the last day of its month.</param>
    /// <param name="calendar">The holiday calendar; <see cref="DcHolidayCalendar.Default"/> when null.</param>
    public static YearWindow RefundAfterPayment(DateOnly earliestPaid, DateOnly latestPaid, DcHolidayCalendar? calendar = null) =>
        Years(earliestPaid, latestPaid, 2, calendar);

    /// <summary>
    /// §6511(a): 3 years from the day the return was filed. A return filed before its due date counts as filed on the
    /// due date (IRC §6513(a)), so each bound is the later of the filing date and the due date given for it.
    /// </summary>
    /// <param name="earliestFiled">The filing date, or the first day of its month.</param>
    /// <param name="latestFiled">The same date, or the last day of its month.</param>
    /// <param name="earliestDueDate">The return's due date without extensions, read the earliest way (April 15), when known.</param>
    /// <param name="latestDueDate">The due date read the latest way (April 15 moved past a weekend or holiday), when known.</param>
    /// <param name="calendar">The holiday calendar; <see cref="DcHolidayCalendar.Default"/> when null.</param>
    public static YearWindow RefundAfterFiling(
        DateOnly earliestFiled, DateOnly latestFiled, DateOnly? earliestDueDate = null, DateOnly? latestDueDate = null, DcHolidayCalendar? calendar = null) =>
        Years(Deemed(earliestFiled, earliestDueDate), Deemed(latestFiled, latestDueDate ?? earliestDueDate), 3, calendar);

    /// <summary>The statutory due date of an individual's return for <paramref name="taxYear"/>: April 15 of the next year (IRC §6072(a)).</summary>
    /// <param name="taxYear">The tax year.</param>
    public static DateOnly StatutoryDueDate(int taxYear) => new(taxYear + 1, 4, 15);

    /// <summary>
    /// The latest reading of that due date: April 15 moved past a weekend or D.C. legal holiday (e.g. April 18, 2023).
    /// Whether §6513(a) counts from the moved day is an open question (letters-deadlines.md), so a rule may call a
    /// window closed only after this reading has passed too.
    /// </summary>
    /// <param name="taxYear">The tax year.</param>
    /// <param name="calendar">The holiday calendar; <see cref="DcHolidayCalendar.Default"/> when null.</param>
    public static DateOnly LatestDueDateReading(int taxYear, DcHolidayCalendar? calendar = null) =>
        (calendar ?? DcHolidayCalendar.Default).RollForward(StatutoryDueDate(taxYear)).Final;

    /// <summary>
    /// The two readings of a return due date that a person entered. When April 15 fell on a weekend or D.C. legal
    /// holiday and the date given is April 15 or the day it moved to (e.g. April 18, 2023), whether a return filed
    /// early counts as filed on April 15 or on the moved day is an open question (letters-deadlines.md §6, "use April
    /// 15 (conservative) and flag it"): the readings are (April 15, the moved day). Any other date is read as given.
    /// </summary>
    /// <param name="dueDate">The due date the person entered.</param>
    /// <param name="calendar">The holiday calendar; <see cref="DcHolidayCalendar.Default"/> when null.</param>
    public static (DateOnly Earliest, DateOnly Latest) DueDateReadings(DateOnly dueDate, DcHolidayCalendar? calendar = null)
    {
        var taxYear = dueDate.Year - 1;
        var (statutory, moved) = (StatutoryDueDate(taxYear), LatestDueDateReading(taxYear, calendar));
        return moved != statutory && (dueDate == statutory || dueDate == moved) ? (statutory, moved) : (dueDate, dueDate);
    }

    /// <summary>
    /// Form 8379 (injured spouse): 3 years from the original return's due date, including extensions, or 2 years
    /// after the tax was paid if later (Instructions for Form 8379, When To File). Only the 3 years from the April 15
    /// due date are computed; a filing extension or a later payment can only make the real last day later.
    /// </summary>
    /// <param name="taxYear">The joint return's tax year.</param>
    /// <param name="calendar">The holiday calendar; <see cref="DcHolidayCalendar.Default"/> when null.</param>
    public static YearPeriodEnd InjuredSpouseClaim(int taxYear, DcHolidayCalendar? calendar = null) =>
        End(StatutoryDueDate(taxYear), 3, calendar ?? DcHolidayCalendar.Default);

    private static DateOnly Deemed(DateOnly filed, DateOnly? dueDate) => dueDate is { } due && filed < due ? due : filed;

    /// <summary>A window of <paramref name="years"/> whole years from a start known exactly or within a range.</summary>
    private static YearWindow Years(DateOnly earliestStart, DateOnly latestStart, int years, DcHolidayCalendar? calendar)
    {
        if (latestStart < earliestStart)
        {
            throw new ArgumentOutOfRangeException(nameof(latestStart), latestStart, "The latest start cannot be before the earliest.");
        }

        var days = calendar ?? DcHolidayCalendar.Default;
        var early = End(earliestStart, years, days);
        return new YearWindow(early, latestStart == earliestStart ? early : End(latestStart, years, days));
    }

    private static YearPeriodEnd End(DateOnly start, int years, DcHolidayCalendar calendar)
    {
        var anniversary = start.AddYears(years);
        DateOnly? leapAlternative = start is { Month: 2, Day: 29 } && anniversary.Day == 28
            ? calendar.RollForward(anniversary.AddDays(1)).Final
            : null;
        return new YearPeriodEnd(start, years, anniversary, calendar.RollForward(anniversary), leapAlternative);
    }
}
