using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The facts a user gives about one event: its type, its date and, where they matter, the envelope's postmark,
/// a date printed on the letter, an address abroad, the return's due date and payment dates.
/// </summary>
/// <remarks>
/// <para><see cref="Date"/> means: the letter date for letters; the activity date for
/// <see cref="DeadlineEventType.FirstCollectionActivity"/>; the Form 8857 filing date for
/// <see cref="DeadlineEventType.ReliefRequestFiled"/>; the assessment date for
/// <see cref="DeadlineEventType.Assessment"/>; the return filing date for <see cref="DeadlineEventType.ReturnFiled"/>.</para>
/// <para>Every date must lie inside the holiday calendar's supported years, so the calculator can always answer.
/// Whether the dates make sense together (a postmark decades before the letter, a printed last day before it) is
/// checked by <see cref="DeadlineInputChecks.Check"/>, which the site and the API run before calculating.</para>
/// <para>Letter 4390 has two deadlines, so a printed date for it is given per deadline
/// (<see cref="PrintedCdpPetitionDate"/>, <see cref="PrintedInnocentSpousePetitionDate"/>); its
/// <see cref="PrintedDate"/> is not used.</para>
/// </remarks>
public sealed record DeadlineEvent
{
    /// <summary>Creates the event, checking every date is usable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported years, or the type is unknown.</exception>
    public DeadlineEvent(
        DeadlineEventType type,
        DateOnly date,
        DateOnly? postmark = null,
        DateOnly? printedDate = null,
        bool addressedOutsideUnitedStates = false,
        DateOnly? returnDueDate = null,
        ImmutableArray<DateOnly> paymentDates = default)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type.");
        }

        CheckYear(date, nameof(date));
        CheckYear(postmark, nameof(postmark));
        CheckYear(printedDate, nameof(printedDate));
        CheckYear(returnDueDate, nameof(returnDueDate));
        var payments = paymentDates.IsDefault ? [] : paymentDates;
        foreach (var payment in payments)
        {
            CheckYear(payment, nameof(paymentDates));
        }

        Type = type;
        Date = date;
        Postmark = postmark;
        PrintedDate = printedDate;
        AddressedOutsideUnitedStates = addressedOutsideUnitedStates;
        ReturnDueDate = returnDueDate;
        PaymentDates = [.. payments.Distinct().Order()];
    }

    /// <summary>What happened.</summary>
    public DeadlineEventType Type { get; }

    /// <summary>The date on the letter, or the date of the event (see remarks).</summary>
    public DateOnly Date { get; }

    /// <summary>The postmark or certified-mail date on the envelope, if the user has it.</summary>
    public DateOnly? Postmark { get; }

    /// <summary>A last day or reply date printed on the letter, if any.</summary>
    public DateOnly? PrintedDate { get; }

    /// <summary>For a notice of deficiency: addressed to a person outside the United States (150 days).</summary>
    public bool AddressedOutsideUnitedStates { get; }

    /// <summary>For <see cref="DeadlineEventType.ReturnFiled"/>: the return's original due date, without extensions.</summary>
    public DateOnly? ReturnDueDate { get; }

    /// <summary>For <see cref="DeadlineEventType.ReturnFiled"/>: dates tax was paid (withholding counts as paid on the due date), sorted.</summary>
    public ImmutableArray<DateOnly> PaymentDates { get; }

    /// <summary>
    /// For <see cref="DeadlineEventType.LienNotice"/>: the day the notice of federal tax lien was filed, if known. The
    /// 30-day hearing period runs from the end of the 5-business-day period after it (IRC §6320(a)(2), (3)(B)).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public DateOnly? LienFilingDate
    {
        get;
        init
        {
            CheckYear(value, nameof(LienFilingDate));
            field = value;
        }
    }

    /// <summary>For <see cref="DeadlineEventType.Letter4390"/>: the last day Letter 4390 prints for the 30-day collection (CDP) petition, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public DateOnly? PrintedCdpPetitionDate
    {
        get;
        init
        {
            CheckYear(value, nameof(PrintedCdpPetitionDate));
            field = value;
        }
    }

    /// <summary>For <see cref="DeadlineEventType.Letter4390"/>: the last day Letter 4390 prints for the 90-day innocent spouse (§6015) petition, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public DateOnly? PrintedInnocentSpousePetitionDate
    {
        get;
        init
        {
            CheckYear(value, nameof(PrintedInnocentSpousePetitionDate));
            field = value;
        }
    }

    private static void CheckYear(DateOnly? date, string name)
    {
        if (date is { } d && !SupportedDates.Contains(d))
        {
            throw new ArgumentOutOfRangeException(name, d,
                $"Dates must fall between {SupportedDates.FirstYear} and {SupportedDates.LastYear}.");
        }
    }
}
