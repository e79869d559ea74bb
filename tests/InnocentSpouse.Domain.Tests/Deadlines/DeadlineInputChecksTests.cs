using System.Globalization;
using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

/// <summary>Implausible inputs get a question, not a date (issue 10 §6; thresholds in docs/deadlines.md §5).</summary>
public class DeadlineInputChecksTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static DeadlineInput[] Inputs(DeadlineEvent evt) => [.. DeadlineInputChecks.Check(evt).Select(p => p.Input)];

    [Theory]
    [InlineData("Postmark decades before the letter", "2026-03-02", "1996-03-02", null, DeadlineInput.Postmark)]
    [InlineData("Postmark 31 days before the letter", "2026-03-02", "2026-01-30", null, DeadlineInput.Postmark)]
    [InlineData("Postmark a year after the letter", "2026-03-02", "2027-03-02", null, DeadlineInput.Postmark)]
    [InlineData("Printed last day on the letter date", "2026-03-02", null, "2026-03-02", DeadlineInput.PrintedDate)]
    [InlineData("Printed last day before the letter date", "2026-03-02", null, "2026-02-27", DeadlineInput.PrintedDate)]
    [InlineData("Printed last day a year after a 90-day letter", "2026-03-02", null, "2027-03-01", DeadlineInput.PrintedDate)]
    public void Check_ImplausibleDates_AsksAboutTheRightInput(string name, string letter, string? postmark, string? printed, DeadlineInput expected)
    {
        var evt = new DeadlineEvent(DeadlineEventType.FinalDetermination, D(letter), postmark is null ? null : D(postmark), printed is null ? null : D(printed));

        Assert.True(Inputs(evt).SequenceEqual([expected]), name);
    }

    [Theory]
    [InlineData("Nutt: mailed 4 days before the letter date", "2022-09-16", "2022-09-12", null)]
    [InlineData("Postmark 30 days before", "2026-03-02", "2026-01-31", null)]
    [InlineData("Rubel: printed date 97 days after", "2016-01-13", null, "2016-04-19")]
    public void Check_PlausibleDates_HasNoProblem(string name, string letter, string? postmark, string? printed)
    {
        var evt = new DeadlineEvent(DeadlineEventType.FinalDetermination, D(letter), postmark is null ? null : D(postmark), printed is null ? null : D(printed));

        Assert.True(DeadlineInputChecks.Check(evt).IsEmpty, name);
    }

    [Fact]
    public void Check_DeficiencyPrintedDateFarLater_IsAQuestionBecauseALaterPrintedDateWins()
    {
        Assert.Equal([DeadlineInput.PrintedDate], Inputs(new DeadlineEvent(DeadlineEventType.NoticeOfDeficiency, D("2026-03-02"), printedDate: D("2026-09-01"))));
        Assert.Empty(Inputs(new DeadlineEvent(DeadlineEventType.NoticeOfDeficiency, D("2026-03-02"), printedDate: D("2026-09-01"), addressedOutsideUnitedStates: true)));
    }

    [Fact]
    public void Check_Letter4390PrintedDateWithoutItsDeadline_AsksWhichDeadline()
    {
        var problem = Assert.Single(DeadlineInputChecks.Check(new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04"), printedDate: D("2026-04-03"))));

        Assert.Equal(DeadlineInput.PrintedDate, problem.Input);
        Assert.Contains("two deadlines", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90-day date in the 30-day box", "2026-06-02", null, DeadlineInput.PrintedCdpPetitionDate, "innocent spouse (90-day) date")]
    [InlineData("30-day date in the 90-day box", null, "2026-04-03", DeadlineInput.PrintedInnocentSpousePetitionDate, "collection (30-day) date")]
    [InlineData("90-day date before the letter", null, "2026-03-01", DeadlineInput.PrintedInnocentSpousePetitionDate, "on or before the date of the letter")]
    public void Check_Letter4390DateInTheWrongBox_AsksWhetherItIsTheOtherDeadline(string name, string? cdp, string? innocent, DeadlineInput expected, string text)
    {
        var evt = new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04"))
        {
            PrintedCdpPetitionDate = cdp is null ? null : D(cdp),
            PrintedInnocentSpousePetitionDate = innocent is null ? null : D(innocent),
        };

        var problem = Assert.Single(DeadlineInputChecks.Check(evt));

        Assert.True(expected == problem.Input, name);
        Assert.Contains(text, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Letter4390BothDatesInTheirBoxes_HasNoProblem()
    {
        var evt = new DeadlineEvent(DeadlineEventType.Letter4390, D("2026-03-04")) { PrintedCdpPetitionDate = D("2026-04-03"), PrintedInnocentSpousePetitionDate = D("2026-06-02") };

        Assert.Empty(DeadlineInputChecks.Check(evt));
    }

    [Theory]
    [InlineData("Lien filed two years before the letter", "2024-03-02", true)]
    [InlineData("Lien filed 91 days after the letter", "2026-06-01", true)]
    [InlineData("Thompson: letter 33 days before the filing", "2026-04-04", false)]
    [InlineData("Filed 3 days before the letter", "2026-02-27", false)]
    public void Check_LienFilingDateFarFromTheLetter_AsksToCheckIt(string name, string filed, bool problem)
    {
        var evt = new DeadlineEvent(DeadlineEventType.LienNotice, D("2026-03-02")) { LienFilingDate = D(filed) };

        DeadlineInput[] expected = problem ? [DeadlineInput.LienFilingDate] : [];
        Assert.True(expected.SequenceEqual(Inputs(evt)), name);
    }

    [Fact]
    public void Check_ReturnDueDateMoreThanAYearAfterFiling_AsksToCheckIt()
    {
        var evt = new DeadlineEvent(DeadlineEventType.ReturnFiled, D("2024-03-01"), returnDueDate: D("2025-04-15"));

        Assert.Equal([DeadlineInput.ReturnDueDate], Inputs(evt));
    }
}
