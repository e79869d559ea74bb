namespace InnocentSpouse.Domain.Deadlines;

/// <summary>One input of a <see cref="DeadlineEvent"/>, named so a problem can point at the box or JSON field to fix.</summary>
public enum DeadlineInput
{
    /// <summary><see cref="DeadlineEvent.Date"/>: the letter date or the date of the event.</summary>
    Date = 1,

    /// <summary><see cref="DeadlineEvent.Postmark"/>.</summary>
    Postmark,

    /// <summary><see cref="DeadlineEvent.PrintedDate"/>.</summary>
    PrintedDate,

    /// <summary><see cref="DeadlineEvent.PrintedCdpPetitionDate"/>.</summary>
    PrintedCdpPetitionDate,

    /// <summary><see cref="DeadlineEvent.PrintedInnocentSpousePetitionDate"/>.</summary>
    PrintedInnocentSpousePetitionDate,

    /// <summary><see cref="DeadlineEvent.LienFilingDate"/>.</summary>
    LienFilingDate,

    /// <summary><see cref="DeadlineEvent.ReturnDueDate"/>.</summary>
    ReturnDueDate,
}
