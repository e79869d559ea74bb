using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>
/// The edges of the supported years (issue 11): a valid date early in January 1990 used to fail because its act-by
/// day (five business days earlier) fell in 1989, outside the holiday calendar.
/// </summary>
public partial class DeadlineCalculatorTests
{
    [Fact]
    public void ActBy_PrintedLastDayInFirstDaysOf1990_IsCountedBackInto1989()
    {
        // Friday 1990-01-05 back five business days: Jan 4, 3, 2 (Monday Jan 1 is New Year's Day), Friday Dec 29, Thursday Dec 28.
        var deadline = Single(DeadlineEventType.FinalDetermination, "1990-01-01", "tax-court-6015", printed: "1990-01-05");

        Assert.Equal(D("1990-01-05"), deadline.Date);
        Assert.Equal(D("1989-12-28"), deadline.ActBy);
    }

    public static TheoryData<DeadlineEventType> EveryEventType => [.. Enum.GetValues<DeadlineEventType>()];

    /// <summary>
    /// Every event, every letter date in January 1990 and in the last weeks of 2089 (the last year a user may enter),
    /// with printed dates from the next day to six weeks later: the calculator always answers.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryEventType))]
    public void For_EveryDateAtTheEdgesOfTheSupportedYears_AlwaysAnswers(DeadlineEventType type)
    {
        var starts = Enumerable.Range(0, 31).Select(i => new DateOnly(1990, 1, 1).AddDays(i))
            .Concat(Enumerable.Range(0, 31).Select(i => new DateOnly(2089, 12, 31).AddDays(-i)));
        foreach (var date in starts)
        {
            foreach (var offset in new[] { 1, 2, 3, 4, 5, 7, 10, 14, 30, 42 })
            {
                var printed = date.AddDays(offset) is { Year: <= 2089 } p ? p : (DateOnly?)null;
                var evt = new DeadlineEvent(type, date, postmark: date, printedDate: printed, returnDueDate: date, paymentDates: [date])
                {
                    PrintedCdpPetitionDate = printed,
                    PrintedInnocentSpousePetitionDate = printed,
                    LienFilingDate = date,
                };

                var deadlines = DeadlineCalculator.For(evt, date);

                Assert.All(deadlines, d => Assert.True(d.ActBy is null || d.ActBy <= d.Date, $"{type} {date} +{offset}: act by {d.ActBy} after {d.Date}"));
            }
        }
    }
}
