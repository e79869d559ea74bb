namespace InnocentSpouse.Domain.Interview;

/// <summary>The shape of an answer value.</summary>
public enum AnswerKind
{
    /// <summary>"yes" or "no" (and "not-sure" where allowed).</summary>
    YesNo,

    /// <summary>One of the question's listed option values.</summary>
    Choice,

    /// <summary>An ISO 8601 calendar date, "yyyy-MM-dd".</summary>
    Date,

    /// <summary>A whole number of US dollars, 0 or more, digits only (e.g. "2150").</summary>
    Money,

    /// <summary>A whole number (a count) in the question's range, digits only.</summary>
    Count,
}
