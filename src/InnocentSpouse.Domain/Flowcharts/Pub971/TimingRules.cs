using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// The date and coverage rules the Pub. 971 charts call from <see cref="RuleCheck"/> nodes. Each is pure: it
/// reads answers and the as-of date only. A date given as a month only ("yyyy-MM") is bounded by the month's
/// first and last day, and a window rule decides only when both bounds give the same result.
/// </summary>
public static class TimingRules
{
    /// <summary>Shown when a deadline was moved past a weekend or D.C. legal holiday.</summary>
    public const string RolledForwardCaveat =
        "The date fell on a weekend or legal holiday, so we moved it to the next business day (IRC §7503). Our sources do not confirm this for Form 8857 itself; to be safe, file by the unmoved date if you can.";

    /// <summary>
    /// §6015(b)/(c) 2-year rule: true while the as-of date is no later than 2 years after the first
    /// collection activity against the requester (Form 8857 is assumed to be filed on the as-of date).
    /// </summary>
    /// <remarks>
    /// Last day = same calendar date 2 years later; a February 29 start maps to February 28
    /// (<see cref="DateOnly.AddYears"/>; conservative). IRC §6015(b)(1)(E), (c)(3)(B); rules.md §6.1.
    /// A month without the day is counted from both its first and its last day: true or false only when
    /// both agree, otherwise <see cref="RuleAnswer.Undecided"/> (never a guess either way).
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

        var (early, late) = (LastDay(start.AddYears(2)), LastDay(latestStart.AddYears(2)));
        var month = Dates.Month(start);
        return (start == latestStart, Decide(context.AsOf, early, late)) switch
        {
            (true, Side.Open) => RuleAnswer.True($"Yes: the 2-year deadline is {early}. File Form 8857 by then.", early.Caveat),
            (true, _) => RuleAnswer.False($"No: the 2-year deadline was {early}.", early.Caveat),

            // Only the month is known: the deadline is one of the days from early to late.
            (false, Side.Open) => RuleAnswer.True(
                $"Yes: you gave only the month ({month}), so the 2-year deadline is between {Dates.Long(early.Day)} and {Dates.Long(late.Day)}, depending on the day. To be safe, file Form 8857 by {early}.",
                early.Caveat),
            (false, Side.Closed) => RuleAnswer.False($"No: even counting from the last day of {month}, the 2-year deadline was {late}.", late.Caveat),
            _ => RuleAnswer.Undecided(
                $"Can't tell: you gave only the month ({month}). The 2-year deadline is between {Dates.Long(early.Day)} and {Dates.Long(late.Day)}, depending on the day, and {Dates.Long(context.AsOf)} falls in that range."),
        };
    }

    /// <summary>
    /// §6511 refund window for equitable relief, checked only as "2 years from the latest payment":
    /// true while the as-of date is no later than 2 years after it.
    /// </summary>
    /// <remarks>
    /// §6511(a) also allows 3 years from the return's filing; that date is not collected, so this check
    /// can only be earlier than the real deadline (conservative) and says so. IRC §6015(f)(2); rules.md §6.2, §8.
    /// A month without the day is counted from both its first and its last day, as for <see cref="TwoYearWindowOpen"/>.
    /// </remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer RefundWindowOpen(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AnswerParsing.TryDateRange(context.Get(QuestionCatalog.LastOwnPaymentDate), out var paid, out var latestPaid))
        {
            return RuleAnswer.NeedFact(QuestionCatalog.LastOwnPaymentDate.Key);
        }

        const string ThreeYearCaveat =
            "We checked only the 2 years after your latest payment. If the return was filed in the last 3 years you may have longer (IRC §6511(a)); a tax clinic can check.";
        var (early, late) = (LastDay(paid.AddYears(2)), LastDay(latestPaid.AddYears(2)));
        var month = Dates.Month(paid);
        return (paid == latestPaid, Decide(context.AsOf, early, late)) switch
        {
            (true, Side.Open) => RuleAnswer.True($"Yes: you can ask for a refund of that payment until {early}.", ThreeYearCaveat),
            (true, _) => RuleAnswer.False($"No: the 2 years after your latest payment ended on {early}.", ThreeYearCaveat),
            (false, Side.Open) => RuleAnswer.True(
                $"Yes: you gave only the month of your latest payment ({month}), so you can ask for a refund of it until a day between {Dates.Long(early.Day)} and {Dates.Long(late.Day)}, depending on the day you paid. To be safe, file Form 8857 by {early}.",
                ThreeYearCaveat),
            (false, Side.Closed) => RuleAnswer.False(
                $"No: even counting from the last day of {month}, the 2 years after your latest payment ended on {late}.", ThreeYearCaveat),
            _ => RuleAnswer.Undecided(
                $"Can't tell: you gave only the month of your latest payment ({month}). The 2 years after it end between {Dates.Long(early.Day)} and {Dates.Long(late.Day)}, depending on the day you paid, and {Dates.Long(context.AsOf)} falls in that range.",
                ThreeYearCaveat),
        };
    }

    /// <summary>
    /// Form 8379 timing: true while the as-of date is no later than 3 years after the original due date
    /// of the joint return (taken as April 15 of the next year, without extensions; conservative).
    /// </summary>
    /// <remarks>Form 8379 instructions; rules.md §10 (the "2 years after payment" alternative is unsourced and not applied).</remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer InjuredSpouseWindowOpen(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dueDate = new DateOnly(context.TaxYear + 1, 4, 15);
        var last = LastDay(dueDate.AddYears(3));
        return context.AsOf <= last.Day
            ? RuleAnswer.True($"Yes: file Form 8379 by {last} (3 years after the return's April 15 due date).", last.Caveat)
            : RuleAnswer.False($"No: 3 years after the return's due date ended on {Dates.Long(last.Day)}.",
                "The Form 8379 deadline may be later if you paid tax within the last 2 years or had an extension to file; this part of the rule was not confirmed in our sources. Ask a tax clinic.");
    }

    /// <summary>
    /// The last day for a period ending on <paramref name="anniversary"/>: moved past Saturdays, Sundays and
    /// D.C. legal holidays (IRC §7503, the same calendar the deadline calculator uses).
    /// </summary>
    private static LastDate LastDay(DateOnly anniversary)
    {
        var roll = DcHolidayCalendar.Default.RollForward(anniversary);
        return roll.Final == anniversary
            ? new LastDate(anniversary, string.Empty)
            : new LastDate(roll.Final, $" (moved from {Dates.Long(anniversary)} under IRC §7503: {string.Join("; ", roll.Steps.Select(step => step.Reason))})");
    }

    /// <summary>
    /// Where the as-of date stands against a window that ends on <paramref name="early"/> counted from the
    /// earliest possible start and on <paramref name="late"/> from the latest (the same for an exact date).
    /// </summary>
    private static Side Decide(DateOnly asOf, LastDate early, LastDate late) =>
        asOf <= early.Day ? Side.Open : asOf > late.Day ? Side.Closed : Side.CantTell;

    private enum Side
    {
        Open,
        Closed,
        CantTell,
    }

    /// <summary>A last day, with why it moved (empty when it did not); shown as "June 1, 2027 (moved from …)".</summary>
    private readonly record struct LastDate(DateOnly Day, string Moved)
    {
        /// <summary>The roll-forward caveat, when the date moved.</summary>
        public string? Caveat => Moved.Length > 0 ? RolledForwardCaveat : null;

        public override string ToString() => Dates.Long(Day) + Moved;
    }
}
