using System.Collections.Immutable;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Forms;
using InnocentSpouse.Web.Localisation;
using Microsoft.AspNetCore.WebUtilities;

namespace InnocentSpouse.Web.Deadlines;

/// <summary>
/// The deadline form as typed: an event and its dates. It travels in the query string (GET forms), so a reload,
/// the Back button and a link from TAS all keep it; request logs never record query strings.
/// </summary>
public sealed class DeadlineForm
{
    /// <summary>The query-string name of the event.</summary>
    public const string EventName = "event";

    /// <summary>The query-string name of the "addressed outside the United States" box.</summary>
    public const string AbroadName = "abroad";

    /// <summary>The query-string name of the opt-in to name the topic in calendar reminders.</summary>
    public const string NamedName = "named";

    /// <summary>The query-string name of the "also remind me on the act-by day" box.</summary>
    public const string ActByName = "actby";

    /// <summary>The value a ticked box sends.</summary>
    public const string Yes = "yes";

    /// <summary>The event's kebab-case name as sent.</summary>
    public string? Event { get; set; }

    /// <summary>The main date: the letter date or the date of the event.</summary>
    public DateFields Date { get; private set; } = new("date", WebTexts.DeadlineDateNounLetter, required: true);

    /// <summary>The postmark on the envelope (optional).</summary>
    public DateFields Postmark { get; } = new("postmark", WebTexts.DeadlineDateNounPostmark, required: false);

    /// <summary>A last day printed on the letter (optional).</summary>
    public DateFields Printed { get; } = new("printed", WebTexts.DeadlineDateNounPrinted, required: false);

    /// <summary>Letter 4390: the last day printed for the 30-day collection (CDP) petition (optional).</summary>
    public DateFields PrintedCdp { get; } = new("printedcdp", WebTexts.DeadlineDateNounPrintedCdp, required: false);

    /// <summary>Letter 4390: the last day printed for the 90-day innocent spouse petition (optional).</summary>
    public DateFields Printed6015 { get; } = new("printed6015", WebTexts.DeadlineDateNounPrinted6015, required: false);

    /// <summary>Letter 3172: the date the lien was filed (optional).</summary>
    public DateFields LienFiled { get; } = new("lienfiled", WebTexts.DeadlineDateNounLienFiled, required: false);

    /// <summary>The return's original due date (optional; return filed only).</summary>
    public DateFields Due { get; } = new("due", WebTexts.DeadlineDateNounDue, required: false);

    /// <summary>Up to three payment dates (optional; return filed only).</summary>
    public ImmutableArray<DateFields> Payments { get; } =
    [
        new("paid1", WebTexts.DeadlineDateNounPayment1, required: false),
        new("paid2", WebTexts.DeadlineDateNounPayment2, required: false),
        new("paid3", WebTexts.DeadlineDateNounPayment3, required: false),
    ];

    /// <summary>Addressed to a person outside the United States.</summary>
    public bool Abroad { get; set; }

    /// <summary>The user chose reminders that say what they are for.</summary>
    public bool Named { get; set; }

    /// <summary>The user wants a reminder on the act-by day too.</summary>
    public bool ActBy { get; set; }

    /// <summary>The event, when the name is known.</summary>
    public EventTypeInfo? EventInfo => EventTypes.Find(Event);

    /// <summary>True when the user has submitted the form (any date box is filled or the date was asked for).</summary>
    public bool Submitted { get; private set; }

    /// <summary>The dates this event asks for, main date first.</summary>
    public IEnumerable<DateFields> DatesInUse
    {
        get
        {
            yield return Date;
            var fields = EventInfo?.Fields ?? EventFields.None;
            if (fields.HasFlag(EventFields.Postmark))
            {
                yield return Postmark;
            }

            if (fields.HasFlag(EventFields.PrintedDate))
            {
                yield return Printed;
            }

            if (fields.HasFlag(EventFields.SplitPrintedDates))
            {
                yield return PrintedCdp;
                yield return Printed6015;
            }

            if (fields.HasFlag(EventFields.LienFilingDate))
            {
                yield return LienFiled;
            }

            if (fields.HasFlag(EventFields.ReturnDates))
            {
                yield return Due;
                foreach (var payment in Payments)
                {
                    yield return payment;
                }
            }
        }
    }

    /// <summary>Reads the form from a query string. <paramref name="fixedEvent"/> wins over any event sent.</summary>
    public static DeadlineForm FromQuery(IQueryCollection query, string? fixedEvent = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var form = new DeadlineForm { Event = fixedEvent ?? First(query, EventName) };
        if (form.EventInfo is { } info)
        {
            form.Date = new DateFields("date", info.DateNoun, required: true);
        }

        foreach (var fields in form.DatesInUse.Append(form.Date))
        {
            fields.Day = First(query, fields.IdOf("day"));
            fields.Month = First(query, fields.IdOf("month"));
            fields.Year = First(query, fields.IdOf("year"));
        }

        form.Abroad = First(query, AbroadName) == Yes;
        form.Named = First(query, NamedName) == Yes;
        form.ActBy = First(query, ActByName) == Yes;
        form.Submitted = query.Keys.Any(k => k.StartsWith("date-", StringComparison.Ordinal));
        return form;
    }

    /// <summary>The form as a query string (leading "?"), for the calendar link.</summary>
    public string ToQueryString()
    {
        var values = new List<KeyValuePair<string, string?>>();
        if (Event is not null)
        {
            values.Add(new(EventName, Event));
        }

        foreach (var fields in DatesInUse.Where(f => !f.IsEmpty))
        {
            values.Add(new(fields.IdOf("day"), fields.Day));
            values.Add(new(fields.IdOf("month"), fields.Month));
            values.Add(new(fields.IdOf("year"), fields.Year));
        }

        foreach (var (ticked, name) in new[] { (Abroad, AbroadName), (Named, NamedName), (ActBy, ActByName) })
        {
            if (ticked)
            {
                values.Add(new(name, Yes));
            }
        }

        return QueryString.Create(values).Value ?? "";
    }

    /// <summary>Builds the domain event. Call only after the validator passed.</summary>
    /// <exception cref="InvalidOperationException">The form has not been validated.</exception>
    public DeadlineEvent ToEvent()
    {
        var info = EventInfo ?? throw new InvalidOperationException("Validate the form first.");
        var fields = info.Fields;
        var date = Date.Check().Value ?? throw new InvalidOperationException("Validate the form first.");
        return new DeadlineEvent(
            info.Type,
            date,
            postmark: fields.HasFlag(EventFields.Postmark) ? Postmark.Check().Value : null,
            printedDate: fields.HasFlag(EventFields.PrintedDate) ? Printed.Check().Value : null,
            addressedOutsideUnitedStates: fields.HasFlag(EventFields.Abroad) && Abroad,
            returnDueDate: fields.HasFlag(EventFields.ReturnDates) ? Due.Check().Value : null,
            paymentDates: fields.HasFlag(EventFields.ReturnDates)
                ? [.. Payments.Select(p => p.Check().Value).OfType<DateOnly>()]
                : [])
        {
            PrintedCdpPetitionDate = fields.HasFlag(EventFields.SplitPrintedDates) ? PrintedCdp.Check().Value : null,
            PrintedInnocentSpousePetitionDate = fields.HasFlag(EventFields.SplitPrintedDates) ? Printed6015.Check().Value : null,
            LienFilingDate = fields.HasFlag(EventFields.LienFilingDate) ? LienFiled.Check().Value : null,
        };
    }

    /// <summary>The date boxes an input of the domain event comes from, when this event asks for it.</summary>
    public DateFields? FieldsFor(DeadlineInput input) => input switch
    {
        DeadlineInput.Date => Date,
        DeadlineInput.Postmark => Postmark,
        DeadlineInput.PrintedDate => Printed,
        DeadlineInput.PrintedCdpPetitionDate => PrintedCdp,
        DeadlineInput.PrintedInnocentSpousePetitionDate => Printed6015,
        DeadlineInput.LienFilingDate => LienFiled,
        DeadlineInput.ReturnDueDate => Due,
        _ => null,
    } is { } fields && DatesInUse.Contains(fields) ? fields : null;

    private static string? First(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
