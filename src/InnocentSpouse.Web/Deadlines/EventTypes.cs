using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Deadlines;

/// <summary>Which extra dates an event needs on the form.</summary>
[Flags]
public enum EventFields
{
    /// <summary>Only the main date.</summary>
    None = 0,

    /// <summary>The envelope's postmark (letters).</summary>
    Postmark = 1,

    /// <summary>A last day printed on the letter.</summary>
    PrintedDate = 2,

    /// <summary>"Addressed outside the United States" (notice of deficiency).</summary>
    Abroad = 4,

    /// <summary>The return's due date and payment dates (return filed).</summary>
    ReturnDates = 8,

    /// <summary>The date the lien was filed (Letter 3172): the 30 days run from the 5th business day after it.</summary>
    LienFilingDate = 16,

    /// <summary>Letter 4390: a printed last day for each of its two deadlines, instead of one printed date.</summary>
    SplitPrintedDates = 32,
}

/// <summary>How one <see cref="DeadlineEventType"/> is named and asked about on the site and in the API.</summary>
/// <param name="Type">The domain event type.</param>
/// <param name="Name">The kebab-case name used in URLs and JSON, e.g. "letter4390".</param>
/// <param name="PlainName">The choice as shown, in plain words.</param>
/// <param name="DateLegend">The question for the main date.</param>
/// <param name="DateNoun">The main date in an error message, e.g. "the date on the letter".</param>
/// <param name="Fields">Which other dates the event needs.</param>
public sealed record EventTypeInfo(DeadlineEventType Type, string Name, string PlainName, string DateLegend, string DateNoun, EventFields Fields)
{
    private readonly string _plainName = PlainName;
    private readonly string _dateLegend = DateLegend;
    private readonly string _dateNoun = DateNoun;

    /// <summary>The choice as shown, in the reader's language (WebTexts <c>DeadlineEvent&lt;Name&gt;</c>).</summary>
    public string PlainName { get => Text($"DeadlineEvent{Pascal(Name)}", _plainName); init => _plainName = value; }

    /// <summary>The question for the main date, in the reader's language.</summary>
    public string DateLegend { get => Text($"DeadlineDateLegend{DateKey}", _dateLegend); init => _dateLegend = value; }

    /// <summary>The main date in an error message, in the reader's language.</summary>
    public string DateNoun { get => Text($"DeadlineDateNoun{DateKey}", _dateNoun); init => _dateNoun = value; }

    private string DateKey => Fields.HasFlag(EventFields.Postmark) ? "Letter" : Pascal(Name);

    private static string Pascal(string name) =>
        string.Concat(name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    // English is written here (and in WebTexts.resx for translators); another language reads WebTexts.<lang>.resx.
    private static string Text(string key, string english) =>
        DomainText.IsSourceLanguage(CultureInfo.CurrentUICulture)
            ? english
            : WebTexts.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? english;
}

/// <summary>The plain names of the calculator's events, in the order the calculator offers them.</summary>
public static class EventTypes
{
    private const EventFields Letter = EventFields.Postmark | EventFields.PrintedDate;

    /// <summary>Every event type, most common first.</summary>
    public static ImmutableArray<EventTypeInfo> All { get; } =
    [
        Info(DeadlineEventType.Letter4390, "Letter 4390: Appeals decision after a collection hearing (30 and 90 days)", EventFields.Postmark | EventFields.SplitPrintedDates),
        Info(DeadlineEventType.CdpDetermination, "Letter 3193: Appeals decision after a collection hearing, with no innocent spouse decision (30 days)", Letter),
        Info(DeadlineEventType.FinalDetermination, "Final decision on an innocent spouse request (including Letter 3288)", Letter),
        Info(DeadlineEventType.PreliminaryDetermination, "Preliminary (proposed) decision on an innocent spouse request", Letter),
        Info(DeadlineEventType.Letter4439, "Letter 4439: decision after an equivalent hearing", Letter),
        Info(DeadlineEventType.CdpLevyNotice, "Notice of intent to levy with hearing rights (LT11, Letter 11, Letter 1058, CP90, CP77)", Letter),
        Info(DeadlineEventType.LienNotice, "Notice of a federal tax lien filing (Letter 3172)", Letter | EventFields.LienFilingDate),
        Info(DeadlineEventType.NoticeOfDeficiency, "Notice of deficiency, the \"90-day letter\" (Letter 3219, CP3219A)", Letter | EventFields.Abroad),
        Info(DeadlineEventType.NoConsideration, "The IRS will not consider the request (Letter 3657-C)", Letter),
        Info(DeadlineEventType.InformationRequest, "A letter asking for information or saying your spouse asked for relief", Letter),
        Info(DeadlineEventType.BalanceDueNotice, "A bill or reminder (CP14, CP501, CP503, CP504)", Letter),
        Info(DeadlineEventType.RefundOffsetNotice, "A refund was kept to pay a debt", Letter),
        new(DeadlineEventType.FirstCollectionActivity, NameOf(DeadlineEventType.FirstCollectionActivity),
            "The first time the IRS tried to collect from you (starts the 2-year clock)", "When did the collection happen?", "the date the collection happened", EventFields.None),
        new(DeadlineEventType.ReliefRequestFiled, NameOf(DeadlineEventType.ReliefRequestFiled),
            "You filed Form 8857 and are waiting (the 6-month rule)", "When did you file Form 8857?", "the date you filed Form 8857", EventFields.None),
        new(DeadlineEventType.Assessment, NameOf(DeadlineEventType.Assessment),
            "The tax was assessed (how long the IRS can collect)", "When was the tax assessed?", "the date the tax was assessed", EventFields.None),
        new(DeadlineEventType.ReturnFiled, NameOf(DeadlineEventType.ReturnFiled),
            "The return was filed and tax was paid (refund windows)", "When was the return filed?", "the date the return was filed", EventFields.ReturnDates),
    ];

    /// <summary>The kebab-case names, as listed in error messages.</summary>
    public static string NameList => string.Join(", ", All.Select(e => e.Name));

    /// <summary>Finds an event by its kebab-case name; null when unknown.</summary>
    public static EventTypeInfo? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : All.FirstOrDefault(e => string.Equals(e.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The kebab-case name of a type, as the API's JSON converter writes it.</summary>
    public static string NameOf(DeadlineEventType type) => JsonNamingPolicy.KebabCaseLower.ConvertName(type.ToString());

    private static EventTypeInfo Info(DeadlineEventType type, string plainName, EventFields fields) =>
        new(type, NameOf(type), plainName, "What date is printed on the letter?", "the date on the letter", fields);
}
