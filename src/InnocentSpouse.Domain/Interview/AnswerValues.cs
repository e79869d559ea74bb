namespace InnocentSpouse.Domain.Interview;

/// <summary>The invariant answer strings shared by every yes/no question.</summary>
public static class AnswerValues
{
    /// <summary>"yes".</summary>
    public const string Yes = "yes";

    /// <summary>"no".</summary>
    public const string No = "no";

    /// <summary>"not-sure": accepted only where the question allows an unknown (style.md decision 3).</summary>
    public const string NotSure = "not-sure";

    /// <summary>Date answers use ISO 8601 calendar dates, e.g. "2024-03-01".</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// A date known only to the month uses ISO 8601 year and month, e.g. "2024-03"; accepted only where
    /// <see cref="Question.AllowsApproximate"/> is set.
    /// </summary>
    public const string MonthFormat = "yyyy-MM";
}
