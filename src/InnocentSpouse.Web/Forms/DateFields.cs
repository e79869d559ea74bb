using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Web.Forms;

/// <summary>
/// The three boxes of one memorable date as typed (day, month, year), named <c>{Prefix}-day</c>,
/// <c>{Prefix}-month</c> and <c>{Prefix}-year</c> in forms and query strings. Where allowed, the day may be
/// left blank to give only the month (GOV.UK "approximate date").
/// </summary>
public sealed class DateFields
{
    /// <summary>Creates the fields for one date.</summary>
    /// <param name="prefix">The field-name prefix.</param>
    /// <param name="noun">The date in error messages.</param>
    /// <param name="required">Whether the date must be given.</param>
    /// <param name="allowsMonthOnly">Whether the day may be left blank when the month and year are given (an approximate date).</param>
    public DateFields(string prefix, string noun, bool required, bool allowsMonthOnly = false)
    {
        Prefix = prefix;
        Noun = noun;
        Required = required;
        AllowsMonthOnly = allowsMonthOnly;
    }

    /// <summary>The field-name prefix, e.g. "date" or "postmark".</summary>
    public string Prefix { get; }

    /// <summary>The date in error messages, e.g. "the date on the letter".</summary>
    public string Noun { get; }

    /// <summary>Whether the date must be given.</summary>
    public bool Required { get; }

    /// <summary>Whether a blank day with a month and year is accepted as that month (GOV.UK "approximate date").</summary>
    public bool AllowsMonthOnly { get; }

    /// <summary>The day as typed.</summary>
    public string? Day { get; set; }

    /// <summary>The month as typed.</summary>
    public string? Month { get; set; }

    /// <summary>The year as typed.</summary>
    public string? Year { get; set; }

    /// <summary>True when nothing was typed in any box.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The id of a box, e.g. "date-day".</summary>
    public string IdOf(string part) => $"{Prefix}-{part}";

    /// <summary>
    /// The error for a date (or a month, when only the month was given) that the domain refused as after
    /// today, linked to the box to fix: "{prefix}-day" or "{prefix}-month".
    /// </summary>
    public static Components.Ui.ErrorItem FutureError(string prefix, bool monthOnly) => monthOnly
        ? new($"{prefix}-month", WebTexts.DateFutureMonth)
        : new($"{prefix}-day", WebTexts.DateFuture);

    /// <summary>
    /// Reads the date. Returns the value, or the id of the box to fix and a plain message. An empty optional
    /// date is valid and has no value.
    /// </summary>
    public DateCheck Check()
    {
        var noun = char.ToUpperInvariant(Noun[0]) + Noun[1..];
        if (IsEmpty)
        {
            return !Required ? DateCheck.Empty
                : AllowsMonthOnly ? DateCheck.Fail(IdOf("day"), Text(WebTexts.DateEnterOrMonth, Noun))
                : DateCheck.Fail(IdOf("day"), Text(WebTexts.DateEnter, Noun));
        }

        // A blank day is allowed only where the month alone is enough; then only the month and year are read.
        var monthOnly = AllowsMonthOnly && string.IsNullOrWhiteSpace(Day);
        var parts = new (string Name, string? Text)[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => !monthOnly || p.Name != "day").ToArray();
        var missing = parts.Where(p => string.IsNullOrWhiteSpace(p.Text)).Select(p => p.Name).ToList();
        if (missing.Count > 0)
        {
            return DateCheck.Fail(IdOf(missing[0]), Text(WebTexts.DateMustInclude, noun, string.Join(WebTexts.DateMustIncludeAnd, missing.Select(PartName))));
        }

        var notNumber = parts.FirstOrDefault(p => !p.Text!.Trim().All(char.IsAsciiDigit) || p.Text.Trim().Length > 4);
        if (notNumber.Name is not null)
        {
            return DateCheck.Fail(IdOf(notNumber.Name), Text(WebTexts.DateNotNumbers, noun));
        }

        var month = int.Parse(Month!.Trim(), CultureInfo.InvariantCulture);
        var yearText = Year!.Trim();
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return DateCheck.Fail(IdOf("month"), Text(WebTexts.DateMonthRange, Noun));
        }

        if (yearText.Length != 4)
        {
            return DateCheck.Fail(IdOf("year"), Text(WebTexts.DateYearDigits, Noun));
        }

        if (!SupportedDates.ContainsYear(year))
        {
            return DateCheck.Fail(IdOf("year"), Text(WebTexts.DateYearRange, Noun, SupportedDates.FirstYear, SupportedDates.LastYear));
        }

        if (monthOnly)
        {
            return DateCheck.OkMonth(new DateOnly(year, month, 1));
        }

        var day = int.Parse(Day!.Trim(), CultureInfo.InvariantCulture);
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            return DateCheck.Fail(IdOf("day"), Text(WebTexts.DateNotReal, noun, DateText.Month(new DateOnly(year, month, 1)), daysInMonth));
        }

        return DateCheck.Ok(new DateOnly(year, month, day));
    }

    private static string Text(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    private static string PartName(string part) => part switch
    {
        "day" => WebTexts.DatePartDay,
        "month" => WebTexts.DatePartMonth,
        _ => WebTexts.DatePartYear,
    };
}

/// <summary>The result of reading a <see cref="DateFields"/>.</summary>
/// <param name="Value">The date, when one was given and is valid (the first of the month when <see cref="IsMonthOnly"/>).</param>
/// <param name="FieldId">The box to fix, when invalid.</param>
/// <param name="Message">What is wrong, in plain words, when invalid.</param>
public sealed record DateCheck(DateOnly? Value, string? FieldId, string? Message)
{
    /// <summary>An optional date left empty.</summary>
    public static DateCheck Empty { get; } = new(null, null, null);

    /// <summary>True when there is nothing to fix.</summary>
    public bool IsValid => Message is null;

    /// <summary>True when only the month and year were given (the day left blank where allowed).</summary>
    public bool IsMonthOnly { get; private init; }

    /// <summary>The value as stored: "yyyy-MM-dd", or "yyyy-MM" for a month only; null when there is none.</summary>
    public string? Invariant => Value is { } value
        ? value.ToString(IsMonthOnly ? AnswerValues.MonthFormat : AnswerValues.DateFormat, CultureInfo.InvariantCulture)
        : null;

    /// <summary>A valid date.</summary>
    public static DateCheck Ok(DateOnly value) => new(value, null, null);

    /// <summary>A valid month with no day; <paramref name="firstDay"/> is its first day.</summary>
    public static DateCheck OkMonth(DateOnly firstDay) => new(firstDay, null, null) { IsMonthOnly = true };

    /// <summary>An invalid date.</summary>
    public static DateCheck Fail(string fieldId, string message) => new(null, fieldId, message);
}
