using System.Globalization;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;

namespace InnocentSpouse.Web.Clinic.Cases;

/// <summary>The case pages' words for stored values, in the reader's language.</summary>
public static class CaseText
{
    /// <summary>A status as shown, e.g. "Form 8857 drafted".</summary>
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Intake => WebTexts.ClinicStatusIntake,
        CaseStatus.Screened => WebTexts.ClinicStatusScreened,
        CaseStatus.Form8857Drafted => WebTexts.ClinicStatusForm8857Drafted,
        CaseStatus.Filed => WebTexts.ClinicStatusFiled,
        CaseStatus.PreliminaryDetermination => WebTexts.ClinicStatusPreliminaryDetermination,
        CaseStatus.FinalDetermination => WebTexts.ClinicStatusFinalDetermination,
        CaseStatus.TaxCourt => WebTexts.ClinicStatusTaxCourt,
        _ => WebTexts.ClinicStatusClosed,
    };

    /// <summary>Whether a way of contact is safe, as shown.</summary>
    public static string Safety(ContactSafety safety) => safety switch
    {
        ContactSafety.Safe => WebTexts.ClinicSafetySafe,
        ContactSafety.NotSafe => WebTexts.ClinicSafetyNotSafe,
        _ => WebTexts.ClinicSafetyUnknown,
    };

    /// <summary>The preferred language's name.</summary>
    public static string Language(string code) => code == "es" ? WebTexts.ClinicLanguageSpanish : WebTexts.ClinicLanguageEnglish;

    /// <summary>"12 days left", "Today", "Overdue by 3 days", or "No deadline".</summary>
    public static string DaysLeft(int? days) => days switch
    {
        null => WebTexts.ClinicNoDeadline,
        0 => WebTexts.ClinicDueToday,
        1 => WebTexts.ClinicOneDayLeft,
        -1 => WebTexts.ClinicOverdueOneDay,
        < 0 => Fill(WebTexts.ClinicOverdueDays, -days.Value),
        _ => Fill(WebTexts.ClinicDaysLeft, days.Value),
    };

    /// <summary>A stored instant as shown: its U.S. Eastern day and time, e.g. "June 15, 2026, 8:05 AM ET".</summary>
    public static string When(DateTime utc)
    {
        var instant = NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(NodaTime.DateTimeZoneProviders.Tzdb[AppToday.ZoneId]);
        return Fill(WebTexts.ClinicWhen, DateText.Day(instant.Date.ToDateOnly()), instant.TimeOfDay.ToTimeOnly().ToString("t", CultureInfo.CurrentCulture));
    }

    /// <summary>A localised composite format with its places filled.</summary>
    public static string Fill(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
