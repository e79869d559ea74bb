using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// What the case list shows for a case, sealed as one field (<see cref="ClinicCase.SealedSummary"/>), so the list
/// opens one small payload per case.
/// </summary>
/// <param name="Label">The client label staff chose: initials or an alias, never an SSN.</param>
/// <param name="TaxYears">The tax years of the case.</param>
/// <param name="SoonestDeadline">The earliest "act by" date among the case's deadlines, if any.</param>
/// <param name="Reliefs">The reliefs the screening found possible (keys, e.g. "6015b").</param>
/// <param name="AbuseDisclosed">Shown on the list as a safety marker.</param>
public sealed record CaseSummary(
    string Label,
    IReadOnlyList<int> TaxYears,
    DateOnly? SoonestDeadline,
    IReadOnlyList<string> Reliefs,
    bool AbuseDisclosed);

/// <summary>Whether a way of contacting the client is safe.</summary>
public enum ContactSafety
{
    Unknown = 0,
    Safe = 1,
    NotSafe = 2,
}

/// <summary>The safe-contact flags of a case (issue 14): shown on every case page and in the hand-off PDF.</summary>
public sealed record SafeContact(
    ContactSafety Call,
    ContactSafety Text,
    ContactSafety Mail,
    ContactSafety Email,
    string SafeAddressOrNumber,
    string PreferredLanguage,
    bool AbuseDisclosed)
{
    public static SafeContact Unknown { get; } = new(ContactSafety.Unknown, ContactSafety.Unknown, ContactSafety.Unknown, ContactSafety.Unknown, "", "en", false);
}

/// <summary>A letter the client received, entered by staff; its deadlines come from the Domain deadline rules.</summary>
/// <param name="LetterId">The letter's id in the Domain letter guide (e.g. "4390", "3193").</param>
/// <param name="Dated">The date printed on the letter.</param>
/// <param name="TaxYear">The tax year it is about, if known.</param>
public sealed record CaseLetter(string LetterId, DateOnly Dated, int? TaxYear);

/// <summary>
/// The sealed body of a case (<see cref="ClinicCase.SealedDetail"/>): names for the conflict check, the flags, the
/// answers as given and the letters.
/// </summary>
public sealed record CaseDetail(
    string ClientName,
    int? ClientBirthYear,
    string OtherSpouseName,
    int? OtherSpouseBirthYear,
    SafeContact Contact,
    ScreeningAnswers Answers,
    IReadOnlyList<CaseLetter> Letters);
