using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Deadlines;

/// <summary>
/// The .ics file of computed deadlines. Discreet by default: titles and descriptions never name the IRS, tax,
/// a spouse or a court unless the user opts in, and the file holds no personal data (no letter date, no name):
/// only the dates to act on.
/// </summary>
public static class ReminderCalendar
{
    /// <summary>The file name offered for download (neutral).</summary>
    public const string FileName = "reminders.ics";

    /// <summary>The discreet title of a last-day reminder, in the reader's language ("Important date").</summary>
    public static string DiscreetTitle => WebTexts.CalendarDiscreetTitle;

    /// <summary>The discreet title of an act-by reminder, in the reader's language ("Reminder").</summary>
    public static string DiscreetActByTitle => WebTexts.CalendarDiscreetActByTitle;

    private static string DiscreetDescription => WebTexts.CalendarDiscreetDescription;

    /// <summary>Builds the calendar text.</summary>
    /// <param name="deadlines">The computed deadlines; those without a date are skipped.</param>
    /// <param name="named">The user opted in to titles that say what the date is for.</param>
    /// <param name="actBy">Also add an event on each recommended act-by day.</param>
    public static string Build(IEnumerable<Deadline> deadlines, bool named, bool actBy)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return Build(deadlines.Select(d => (default(int?), d)), named, actBy);
    }

    /// <summary>Builds the calendar text for deadlines that each belong to a tax year (the screening report's).</summary>
    /// <param name="deadlines">The computed deadlines with their tax year (or none); those without a date are skipped.</param>
    /// <param name="named">The user opted in to titles that say what the date is for (and which tax year).</param>
    /// <param name="actBy">Also add an event on each recommended act-by day.</param>
    public static string Build(IEnumerable<(int? TaxYear, Deadline Deadline)> deadlines, bool named, bool actBy)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var calendar = new Ical.Net.Calendar();
        foreach (var (taxYear, deadline) in deadlines.Where(d => d.Deadline.Date is not null))
        {
            var date = deadline.Date!.Value;
            var title = taxYear is { } year ? Fill(WebTexts.CalendarTaxYearTitle, deadline.Title, year) : deadline.Title;
            calendar.Events.Add(AllDay(date,
                named ? title : DiscreetTitle,
                named ? Describe(deadline) : DiscreetDescription));
            if (actBy && deadline.ActBy is { } early && early < date)
            {
                calendar.Events.Add(AllDay(early,
                    named ? Fill(WebTexts.CalendarActByTitle, title) : DiscreetActByTitle,
                    named ? Fill(WebTexts.CalendarActByDescription, DeadlineFormState.Show(date), title) : DiscreetDescription));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent AllDay(DateOnly date, string summary, string description) => new()
    {
        Uid = $"{Guid.NewGuid():N}@reminder",
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(date.Year, date.Month, date.Day),
        DtEnd = new CalDateTime(date.AddDays(1).Year, date.AddDays(1).Month, date.AddDays(1).Day),
        Transparency = "TRANSPARENT",
    };

    private static string Describe(Deadline deadline)
    {
        var parts = new List<string> { $"{deadline.Title}: {DeadlineFormState.Show(deadline.Date!.Value)}.", deadline.Rule };
        if (deadline.IsTaxCourtPetition)
        {
            parts.Add(deadline.FilingNote);
        }

        parts.Add(deadline.ExtensionNote);
        return string.Join(" ", parts);
    }

    // A localised composite format (its places match in every language; TranslationCompletenessTests).
    private static string Fill(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
