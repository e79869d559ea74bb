using System.Globalization;

namespace InnocentSpouse.Domain.Texts;

/// <summary>
/// The one place that writes a date for a reader, in the reader's language: "September 15, 2027" or
/// "15 de septiembre de 2027" (docs/glossary-es.md, "Dates"). Each language's pattern is a text
/// (<c>Date.Long</c>, <c>Date.LongWithWeekday</c>, <c>Date.Month</c> in DomainTexts.&lt;lang&gt;.resx), so a new
/// language brings its own order and words with no code change; month and weekday names come from the culture.
/// Dates in keys, values, the API and <c>.ics</c> data stay ISO <c>yyyy-MM-dd</c> and do not use this.
/// </summary>
public static class DateText
{
    /// <summary>"September 15, 2027" / "15 de septiembre de 2027".</summary>
    public static string Day(DateOnly date, CultureInfo? culture = null) => Format(date, "Date.Long", culture);

    /// <summary>"Wednesday, September 15, 2027" / "miércoles, 15 de septiembre de 2027".</summary>
    public static string DayWithWeekday(DateOnly date, CultureInfo? culture = null) => Format(date, "Date.LongWithWeekday", culture);

    /// <summary>"September 2027" / "septiembre de 2027".</summary>
    public static string Month(DateOnly date, CultureInfo? culture = null) => Format(date, "Date.Month", culture);

    private static string Format(DateOnly date, string patternKey, CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        // English keeps the invariant month names the app has always shown, whatever the host's culture data.
        var names = DomainText.IsSourceLanguage(culture) ? CultureInfo.InvariantCulture : culture;
        return date.ToString(DomainText.Get(patternKey, culture), names);
    }
}
