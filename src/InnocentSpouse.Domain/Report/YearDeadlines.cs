using System.Collections.Immutable;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Report;

/// <summary>Which deadlines a screening shows for one tax year, from the single timing implementation (<see cref="DeadlineCalculator"/>).</summary>
public static class YearDeadlines
{
    /// <summary>
    /// The 2-year window for (b)/(c), when the walked path asked for the date of the first collection action. Which card
    /// it gets comes from <see cref="TwoYearClockEvent.EventFor"/>: a last day only for an action that surely starts the clock,
    /// a protective date for an offset whose notice may not have described relief, and none for a CP504, a lien notice
    /// or an unknown letter (the results' reasons give the protective date; never "passed"). A month without the day is
    /// counted from its first day, with the last day's date beside it (<see cref="DeadlineCalculator.ForMonth"/>).
    /// </summary>
    /// <param name="answers">The saved answers.</param>
    /// <param name="taxYear">The tax year.</param>
    /// <param name="askedCollectionDate">True when the walked path asked <c>first-collection-date</c> for this year.</param>
    /// <param name="asOf">The evaluation date (for days left).</param>
    public static ImmutableArray<Deadline> For(ScreeningAnswers answers, int taxYear, bool askedCollectionDate, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!askedCollectionDate
            || TwoYearClockEvent.EventFor(answers.Get(QuestionCatalog.FirstCollectionAction, taxYear), answers.Get(QuestionCatalog.OffsetNoticeDescribedRelief, taxYear)) is not { } type
            || !AnswerParsing.TryDateRange(answers.Get(QuestionCatalog.FirstCollectionDate, taxYear), out var date, out var latest)
            || date.Year < DcHolidayCalendar.FirstSupportedYear)
        {
            return [];
        }

        return date == latest
            ? DeadlineCalculator.For(new DeadlineEvent(type, date), asOf)
            : DeadlineCalculator.ForMonth(type, date, asOf);
    }
}
