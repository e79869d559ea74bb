namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// The parts of the interview shown as progress. Each <see cref="Question"/> belongs to one (<see cref="Question.Section"/>);
/// the order here is display order.
/// </summary>
public enum InterviewSection
{
    /// <summary>Tax years, the return, refunds, court cases and agreements.</summary>
    Returns,

    /// <summary>Marriage, living apart, abuse and control, health.</summary>
    Situation,

    /// <summary>The wrong items, what the person knew, benefits and transfers.</summary>
    Knowledge,

    /// <summary>Household money now, payments, assets.</summary>
    Finances,

    /// <summary>IRS letters, collection actions and their dates.</summary>
    LettersAndDates,
}
