namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The filing window for traditional community-property relief, IRC §66(c) (Treas. Reg. §1.66-4(j)(2)(i) as
/// stated in the Form 8857 instructions): Form 8857 must be filed no later than 6 months before the IRS's
/// period to assess tax against the requester for the year ends, including extensions; if the IRS starts an
/// examination in those last 6 months, no later than 30 days after its first contact letter. The only place
/// this window's dates are computed.
/// </summary>
/// <remarks>
/// <para>The assessment period (IRC §6501(a)) is 3 years from the day the return was filed; a return filed
/// before its due date counts as filed on the due date (§6501(b)(1)), April 15 after the tax year (§6072(a)).
/// It is 6 years when the income left off is more than 25% of the gross income reported (§6501(e)(1)(A)),
/// and it can be extended by agreement (§6501(c)(4)) or paused by a notice of deficiency (§6503(a)).
/// Those facts are asked by the rule that calls this class, which never says "too late" while they are
/// unknown (docs/rules/README.md, "too late only when certain").</para>
/// <para>Each window is computed under two readings. The <b>earliest</b> ("act by") counts from the first
/// day the filing date may mean and from an unmoved April 15, and clamps month arithmetic to the month's
/// end (August 31 minus 6 months is February 28). The <b>latest</b> counts from the last day the filing
/// date may mean and from the due date moved under §7503 (e.g. April 18, 2022), takes the day after a
/// clamped month end (March 1), and moves the result past weekends and D.C. holidays (§7503; our sources do
/// not confirm §7503 for this regulatory deadline, so the act-by day never moves). A rule says "too late"
/// only after the latest day.</para>
/// </remarks>
public static class Section66cWindow
{
    /// <summary>The general assessment period in years (IRC §6501(a)).</summary>
    public const int GeneralYears = 3;

    /// <summary>The assessment period in years when more than 25% of gross income was left off (IRC §6501(e)(1)(A)).</summary>
    public const int SubstantialOmissionYears = 6;

    /// <summary>Days after the IRS's first examination contact letter, when the examination began in the last 6 months.</summary>
    public const int DaysAfterExamLetter = 30;

    /// <summary>
    /// The traditional-relief deadline for a separate return filed on a day from <paramref name="filedEarliest"/>
    /// to <paramref name="filedLatest"/> (the same day for an exact date; a month's first and last day for a month).
    /// </summary>
    /// <param name="taxYear">The tax year of the separate return.</param>
    /// <param name="filedEarliest">The first day the filing date may mean.</param>
    /// <param name="filedLatest">The last day the filing date may mean.</param>
    /// <param name="assessmentYears"><see cref="GeneralYears"/> or <see cref="SubstantialOmissionYears"/>.</param>
    public static Section66cDeadline Traditional(int taxYear, DateOnly filedEarliest, DateOnly filedLatest, int assessmentYears)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filedEarliest, filedLatest);
        var early = Earliest(taxYear, filedEarliest, assessmentYears);
        var deemedLate = Max(filedLatest, ReliefWindows.LatestDueDateReading(taxYear));
        var counted = AddMonthsLatest(AddMonthsLatest(deemedLate, 12 * assessmentYears), -6);
        var roll = Roll(counted);
        return early with { LastDay = roll.Final, LastDayRoll = roll };
    }

    /// <summary>
    /// The traditional-relief deadline when the filing date is not known: only the earliest reading exists
    /// (counted from the due date), because a late return gives the IRS longer.
    /// </summary>
    /// <param name="taxYear">The tax year of the separate return.</param>
    /// <param name="assessmentYears"><see cref="GeneralYears"/> or <see cref="SubstantialOmissionYears"/>.</param>
    public static Section66cDeadline TraditionalFilingDateUnknown(int taxYear, int assessmentYears) =>
        Earliest(taxYear, ReliefWindows.StatutoryDueDate(taxYear), assessmentYears);

    /// <summary>
    /// The deadline when the IRS began an examination in the last 6 months of the assessment period: 30 days
    /// after its first contact letter, dated from <paramref name="letterEarliest"/> to <paramref name="letterLatest"/>.
    /// </summary>
    /// <param name="letterEarliest">The first day the letter date may mean.</param>
    /// <param name="letterLatest">The last day the letter date may mean.</param>
    /// <returns>The act-by day (earliest, unmoved) and the last day (latest, moved under §7503).</returns>
    public static (DateOnly ActBy, DateOnly LastDay) AfterExamLetter(DateOnly letterEarliest, DateOnly letterLatest)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(letterEarliest, letterLatest);
        return (letterEarliest.AddDays(DaysAfterExamLetter), Roll(letterLatest.AddDays(DaysAfterExamLetter)).Final);
    }

    private static Section66cDeadline Earliest(int taxYear, DateOnly filedEarliest, int assessmentYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(assessmentYears, 1);
        var assessmentEnds = Max(filedEarliest, ReliefWindows.StatutoryDueDate(taxYear)).AddYears(assessmentYears);
        return new Section66cDeadline(assessmentEnds.AddMonths(-6), null, assessmentEnds, null);
    }

    // Month arithmetic under the later reading: when the target month is too short, the day after its end.
    private static DateOnly AddMonthsLatest(DateOnly date, int months)
    {
        var result = date.AddMonths(months);
        return result.Day < date.Day ? result.AddDays(1) : result;
    }

    // §7503 over the D.C. holiday calendar; outside its supported years only weekends are known.
    private static RollForwardResult Roll(DateOnly date)
    {
        if (date.Year is >= DcHolidayCalendar.FirstSupportedYear and < DcHolidayCalendar.LastSupportedYear)
        {
            return DcHolidayCalendar.Default.RollForward(date);
        }

        var final = date;
        while (Dates.IsWeekend(final))
        {
            final = final.AddDays(1);
        }

        return new RollForwardResult(date, final, []);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
