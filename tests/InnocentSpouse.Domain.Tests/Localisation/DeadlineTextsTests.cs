using System.Globalization;
using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Issue 13: the deadline calculator's texts in Spanish. Each case is computed in English and in Spanish, and every
/// text of the Spanish result (title, rule, notes, working lines, caveats, other readings, status) must differ from
/// the English one: an English text left behind fails. The events listed here are the ones translated so far
/// (docs/localisation.md lists the rest).
/// </summary>
public sealed class DeadlineTextsTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string, DeadlineEvent, DateOnly> TranslatedEvents => new()
    {
        { "final determination, day 90 a Saturday, 12 days left", new(DeadlineEventType.FinalDetermination, D("2027-06-18")), D("2027-09-08") },
        { "final determination, earlier postmark, later printed date, passed", new(DeadlineEventType.FinalDetermination, D("2027-06-18"), D("2027-06-16"), D("2027-09-30")), D("2027-10-20") },
        { "final determination, postmark later than the letter, earlier printed date, today", new(DeadlineEventType.FinalDetermination, D("2027-06-14"), D("2027-06-16"), D("2027-09-01")), D("2027-09-01") },
        { "Letter 3193, 1 day left", new(DeadlineEventType.CdpDetermination, D("2027-03-01")), D("2027-03-30") },
        { "preliminary determination (Form 12509), later printed date", new(DeadlineEventType.PreliminaryDetermination, D("2027-03-01"), printedDate: D("2027-04-09")), D("2027-03-10") },
        { "Letter 3657-C protective date, 3 days passed", new(DeadlineEventType.NoConsideration, D("2027-03-01")), D("2027-06-02") },
        { "Letter 4390 with an unassigned printed date, 1 day passed", new(DeadlineEventType.Letter4390, D("2027-03-01"), printedDate: D("2027-03-31")), D("2027-04-01") },
    };

    [Theory]
    [MemberData(nameof(TranslatedEvents))]
    public void Deadlines_InSpanish_LeaveNoEnglishText(string name, DeadlineEvent evt, DateOnly asOf)
    {
        var english = UiCulture.InCulture(English, () => DeadlineCalculator.For(evt, asOf));
        var spanish = UiCulture.InCulture(Spanish, () => DeadlineCalculator.For(evt, asOf));

        Assert.Equal(english.Length, spanish.Length);
        var left = english.Zip(spanish).SelectMany(p => Texts(p.First).Zip(Texts(p.Second)))
            .Where(t => t.First == t.Second)
            .Select(t => $"{name}: \"{t.First}\"");
        Assert.Equal([], left);
    }

    [Fact]
    public void FinalDetermination_InSpanish_WorkingUsesSpanishDates_AndKeepsTheCitation()
    {
        var evt = new DeadlineEvent(DeadlineEventType.FinalDetermination, D("2027-06-17"));

        var deadline = UiCulture.InCulture(Spanish, () => Assert.Single(DeadlineCalculator.For(evt, D("2027-09-03"))));

        Assert.Equal("Inicio: jueves, 17 de junio de 2027 (la fecha de la carta).", deadline.Working.Lines[0]);
        Assert.Equal("El día 90 es el miércoles, 15 de septiembre de 2027.", deadline.Working.Lines[2]);
        Assert.Equal("Último día: miércoles, 15 de septiembre de 2027.", deadline.Working.Lines[^1]);
        Assert.Equal("Quedan 12 días", deadline.Status!.Text);
        Assert.Contains("(IRC §6015(e)(1)(A))", deadline.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void FinalDetermination_InEnglish_WorkingIsUnchanged()
    {
        var evt = new DeadlineEvent(DeadlineEventType.FinalDetermination, D("2027-06-17"));

        var deadline = UiCulture.InCulture(English, () => Assert.Single(DeadlineCalculator.For(evt, D("2027-09-03"))));

        Assert.Equal("Start: Thursday 2027-06-17 (the date on the letter).", deadline.Working.Lines[0]);
        Assert.Equal("12 days left", deadline.Status!.Text);
    }

    [Fact]
    public void HolidayCalendar_FirstBuiltForASpanishReader_StaysEnglishForEnglishReaders()
    {
        var calendar = new DcHolidayCalendar([]);
        UiCulture.InCulture(Spanish, () => calendar.HolidaysOn(D("2032-07-05")).ToList());

        var description = UiCulture.InCulture(English, () => calendar.HolidaysOn(D("2032-07-05")).Single().Description);

        Assert.Contains("July 4, 2032 is a Sunday", description, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(Deadline d) =>
        new[] { d.Title, d.Rule, d.FilingNote, d.ExtensionNote }
            .Concat(d.Working.Lines)
            .Concat(d.Caveats)
            .Concat(d.Alternatives.Select(a => a.Reading))
            .Concat(d.Status is { } s ? [s.Text] : []);

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);
}
