using InnocentSpouse.Domain.Deadlines;
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

/// <summary>
/// A letter or event staff entered on a case, with the same inputs as the deadline calculator's form
/// (<see cref="DeadlineEvent"/>); its deadlines come from <see cref="DeadlineCalculator"/>, the one timing
/// implementation.
/// </summary>
/// <param name="Type">The event (e.g. <see cref="DeadlineEventType.Letter4390"/>).</param>
/// <param name="Date">The event's date (for a letter, the date it was mailed, as the calculator asks).</param>
/// <param name="TaxYear">The tax year it is about, if known.</param>
public sealed record CaseLetter(
    DeadlineEventType Type,
    DateOnly Date,
    int? TaxYear,
    DateOnly? Postmark = null,
    DateOnly? PrintedDate = null,
    bool AddressedOutsideUnitedStates = false,
    DateOnly? ReturnDueDate = null,
    IReadOnlyList<DateOnly>? PaymentDates = null,
    DateOnly? PrintedCdpPetitionDate = null,
    DateOnly? PrintedInnocentSpousePetitionDate = null,
    DateOnly? LienFilingDate = null)
{
    /// <summary>The Domain event these inputs describe.</summary>
    public DeadlineEvent ToEvent() =>
        new(Type, Date, Postmark, PrintedDate, AddressedOutsideUnitedStates, ReturnDueDate, [.. PaymentDates ?? []])
        {
            PrintedCdpPetitionDate = PrintedCdpPetitionDate,
            PrintedInnocentSpousePetitionDate = PrintedInnocentSpousePetitionDate,
            LienFilingDate = LienFilingDate,
        };
}

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
