using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Texts;
using Q = InnocentSpouse.Domain.Interview.QuestionCatalog;

namespace InnocentSpouse.Domain.Flowcharts.Pub971;

/// <summary>
/// The rules the §66(c) chart calls from <see cref="RuleCheck"/> nodes. Dates come from
/// <see cref="Section66cWindow"/>, the only implementation of the traditional-relief window.
/// </summary>
public static class Section66cRules
{
    /// <summary>Shown with every answer that is not a plain "in time": what the deadline rests on.</summary>
    public const string SourceCaveat =
        "This deadline follows the Form 8857 instructions, which restate Treas. Reg. §1.66-4(j). We could not check the regulation's own text, and the 30-day rule after an audit letter comes only from summaries of the instructions.";

    // The rule's texts in the reader's language (keys reason.traditional-window.<case>); {0}, {1}… are dates.
    private static readonly KeyedText Source = new("reason.traditional-window.source-caveat", SourceCaveat);
    private static readonly KeyedText Open = new("reason.traditional-window.open",
        "Yes: file Form 8857 by {0}, 6 months before the IRS's usual 3 years to add tax for this year end ({1}).");
    private static readonly KeyedText OpenFiledNotSure = new("reason.traditional-window.open-filed-not-sure",
        "Yes: file Form 8857 by {0}, 6 months before the IRS's usual 3 years to add tax for this year end ({1}). You weren't sure when you filed, so we counted from the April due date; filing later only gives you longer.");
    private static readonly KeyedText FiledNotSure = new("reason.traditional-window.filed-not-sure",
        "Can't tell: you weren't sure when you filed your separate return. Counting from the April due date, the deadline was {0}; a later filing date makes it later. Your IRS account transcript shows the date.");
    private static readonly KeyedText Between = new("reason.traditional-window.between",
        "Can't tell: the deadline is between {0} and {1}, depending on {2}, and {3} falls in that range.");
    private static readonly KeyedText DependsOnCounting = new("reason.traditional-window.depends-on-counting", "how the due date and weekends or holidays are counted");
    private static readonly KeyedText DependsOnDay = new("reason.traditional-window.depends-on-day", "the day you filed");
    private static readonly KeyedText Passed = new("reason.traditional-window.passed", "The usual deadline passed on {0}");
    private static readonly KeyedText AuditNotSure = new("reason.traditional-window.audit-not-sure",
        "Can't tell: {0}, but if the IRS started an audit in the last 6 months of its time to add tax, you have until 30 days after its first letter. You weren't sure whether an audit started.");
    private static readonly KeyedText AuditLetterNotSure = new("reason.traditional-window.audit-letter-not-sure",
        "Can't tell: {0}, but if the audit started in the last 6 months of the IRS's time to add tax, you have until 30 days after its first letter, and you weren't sure of that letter's date.");
    private static readonly KeyedText AuditLetter = new("reason.traditional-window.audit-letter",
        "Can't tell: {0}, but if the audit started in the last 6 months of the IRS's time to add tax, you have until 30 days after its first letter: {1}.");
    private static readonly KeyedText Extended = new("reason.traditional-window.extended",
        "Can't tell: {0}, but an agreement giving the IRS more time (Form 872) or a notice of deficiency makes its time longer, and we don't know by how much. Your IRS account transcript or a tax clinic can tell you.");
    private static readonly KeyedText SixYears = new("reason.traditional-window.six-years",
        "Can't tell: {0}, but when the income left off is more than a quarter of the income reported, the IRS has 6 years, and the deadline is then {1}.");
    private static readonly KeyedText SixYearsPassed = new("reason.traditional-window.six-years-passed",
        "No: even if the IRS has 6 years because more than a quarter of the income was left off, the deadline passed on {0}.");
    private static readonly KeyedText Closed = new("reason.traditional-window.closed",
        "No: the deadline was {0}, 6 months before the IRS's 3 years to add tax for this year ended, and no audit, agreement or notice made it later.");

    /// <summary>
    /// Traditional §66(c) relief in time: true while the as-of date is no later than 6 months before the
    /// IRS's period to assess tax against the requester ends, under every reading; false only when it is
    /// later than that under every reading and nothing can make the period longer; otherwise undecided.
    /// </summary>
    /// <remarks>
    /// Treas. Reg. §1.66-4(j)(2)(i) (as stated in the Form 8857 instructions); IRC §6501(a), (b)(1), (c)(4),
    /// (e)(1)(A); §6503(a); rules.md §9.4. Asks only what it needs, in this order: the filing date; then,
    /// only once the 3-year reading has passed, whether an audit started (and its first letter's date),
    /// whether the period was extended or paused, and whether more than 25% of income was left off.
    /// "Not sure" to any of these, a month-only date, or an unknown filing date never gives "too late":
    /// the rule answers undecided and the chart says to file now and why (docs/rules/README.md,
    /// "too late only when certain"). False does not end §66(c): the chart goes on to equitable relief.
    /// </remarks>
    /// <param name="context">The rule context.</param>
    public static RuleAnswer TraditionalWindowOpen(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filed = context.Get(Q.SeparateReturnFiledDate);
        if (filed is null)
        {
            return RuleAnswer.NeedFact(Q.SeparateReturnFiledDate.Key);
        }

        var asOf = context.AsOf;
        var known = AnswerParsing.TryDateRange(filed, out var first, out var last);
        var usual = known
            ? Section66cWindow.Traditional(context.TaxYear, first, last, Section66cWindow.GeneralYears)
            : Section66cWindow.TraditionalFilingDateUnknown(context.TaxYear, Section66cWindow.GeneralYears);
        if (usual.SurelyOpen(asOf))
        {
            return RuleAnswer.True((known ? Open : OpenFiledNotSure).Format(Dates.Long(usual.ActBy), Dates.Long(usual.AssessmentEnds)));
        }

        if (!known)
        {
            return Undecided(FiledNotSure.Format(Dates.Long(usual.ActBy)));
        }

        if (!usual.SurelyClosed(asOf))
        {
            var depends = first == last ? DependsOnCounting.Text() : DependsOnDay.Text();
            return Undecided(
                Between.Format(Dates.Long(usual.ActBy), Dates.Long(usual.LastDay!.Value), depends, Dates.Long(asOf)),
                usual.LastDayRoll is { Moved: true } ? TimingRules.RolledForward.Text() : null);
        }

        // Past the usual deadline under every reading. Ask only what could make it later.
        var passed = Passed.Format(Dates.Long(usual.LastDay!.Value));
        switch (context.Get(Q.IrsExamStarted))
        {
            case null:
                return RuleAnswer.NeedFact(Q.IrsExamStarted.Key);
            case AnswerValues.NotSure:
                return Undecided(AuditNotSure.Format(passed));
            case AnswerValues.Yes:
                var letter = context.Get(Q.IrsExamLetterDate);
                if (letter is null)
                {
                    return RuleAnswer.NeedFact(Q.IrsExamLetterDate.Key);
                }

                if (!AnswerParsing.TryDateRange(letter, out var letterFirst, out var letterLast))
                {
                    return Undecided(AuditLetterNotSure.Format(passed));
                }

                var exam = Section66cWindow.AfterExamLetter(letterFirst, letterLast);
                if (asOf <= exam.LastDay)
                {
                    return Undecided(AuditLetter.Format(passed, Dates.Long(exam.ActBy)));
                }

                break;
        }

        if (context.Get(Q.AssessmentTimeExtended) is not { } extended)
        {
            return RuleAnswer.NeedFact(Q.AssessmentTimeExtended.Key);
        }

        if (extended != AnswerValues.No)
        {
            return Undecided(Extended.Format(passed));
        }

        switch (context.Get(Q.OmittedOverQuarterOfIncome))
        {
            case null:
                return RuleAnswer.NeedFact(Q.OmittedOverQuarterOfIncome.Key);
            case AnswerValues.Yes or AnswerValues.NotSure:
                var longer = Section66cWindow.Traditional(context.TaxYear, first, last, Section66cWindow.SubstantialOmissionYears);
                if (!longer.SurelyClosed(asOf))
                {
                    return Undecided(SixYears.Format(passed, Dates.Long(longer.ActBy)));
                }

                return RuleAnswer.False(SixYearsPassed.Format(Dates.Long(longer.LastDay!.Value)), Source.Text());
            default:
                return RuleAnswer.False(Closed.Format(Dates.Long(usual.LastDay!.Value)), Source.Text());
        }
    }

    private static RuleAnswer Undecided(string explanation, string? rolled = null) =>
        RuleAnswer.Undecided(explanation, rolled is null ? Source.Text() : rolled + " " + Source.Text());
}
