namespace InnocentSpouse.Web.Api;

/// <summary>
/// How many items a request may carry. More is a 400 naming the field and the limit (docs/api.md, "Limits"), so one
/// request cannot ask for an answer of megabytes.
/// </summary>
public static class ApiLimits
{
    /// <summary><c>paymentDates</c> in <c>POST /api/v1/deadlines</c>.</summary>
    public const int MaxPaymentDates = 50;

    /// <summary>Tax years under <c>years</c> in <c>POST /api/v1/screenings</c>.</summary>
    public const int MaxTaxYears = 20;

    /// <summary>Answers in <c>household</c>, or under one tax year, in <c>POST /api/v1/screenings</c>: far more than there are questions.</summary>
    public const int MaxAnswersPerGroup = 100;
}
