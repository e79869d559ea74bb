namespace InnocentSpouse.Web.Interview;

/// <summary>The parts of the interview shown as progress. Questions belong to one each; order is display order.</summary>
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
