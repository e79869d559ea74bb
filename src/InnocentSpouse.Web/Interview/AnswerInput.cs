using System.Globalization;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Forms;

namespace InnocentSpouse.Web.Interview;

/// <summary>
/// One answer as posted by a question page: a choice or a number in <see cref="Value"/>, or a date in
/// <see cref="Day"/>, <see cref="Month"/> and <see cref="Year"/> (the day blank for a month only, where the
/// question allows it), or "not sure" for a date.
/// </summary>
public sealed class AnswerInput
{
    /// <summary>The chosen option, or the amount typed.</summary>
    public string? Value { get; set; }

    /// <summary>The day box of a date.</summary>
    public string? Day { get; set; }

    /// <summary>The month box of a date.</summary>
    public string? Month { get; set; }

    /// <summary>The year box of a date.</summary>
    public string? Year { get; set; }

    /// <summary>"yes" when the person does not know the date.</summary>
    public string? NotSure { get; set; }

    /// <summary>The saved answer when the page was shown ("" for none): tells a change made in another tab apart.</summary>
    public string? Shown { get; set; }

    /// <summary>The question being answered; set by the page, never posted.</summary>
    public Question? Question { get; set; }

    /// <summary>
    /// The box values as <see cref="DateFields"/>, named for error links ("answer-day", …); the day may be blank
    /// when the question accepts a month only.
    /// </summary>
    public DateFields Date => new(AnswerFields.DatePrefix, WebTexts.InterviewDateNoun, required: true, allowsMonthOnly: Question?.AllowsApproximate == true)
    {
        Day = Day,
        Month = Month,
        Year = Year,
    };

    /// <summary>Fills the input from a saved invariant value.</summary>
    public void Load(string? saved)
    {
        if (Question?.Kind == AnswerKind.Date)
        {
            if (saved == AnswerValues.NotSure)
            {
                NotSure = "yes";
            }
            else if (AnswerParsing.TryDate(saved, out var date))
            {
                Day = date.Day.ToString(CultureInfo.InvariantCulture);
                Month = date.Month.ToString(CultureInfo.InvariantCulture);
                Year = date.Year.ToString(CultureInfo.InvariantCulture);
            }
            else if (AnswerParsing.TryMonth(saved, out var month))
            {
                Month = month.Month.ToString(CultureInfo.InvariantCulture);
                Year = month.Year.ToString(CultureInfo.InvariantCulture);
            }

            return;
        }

        Value = saved;
    }

    /// <summary>True when a date was given as a month and year with the day left blank.</summary>
    public bool IsMonthOnly => Question?.Kind == AnswerKind.Date && NotSure != "yes" && Date.Check().IsMonthOnly;

    /// <summary>The answer as the invariant string the engine reads (call only after validation passed).</summary>
    public string ToInvariant() => Question?.Kind switch
    {
        AnswerKind.Date when NotSure == "yes" => AnswerValues.NotSure,
        AnswerKind.Date => Date.Check().Invariant!,
        AnswerKind.Money or AnswerKind.Count => AnswerFields.Digits(Value),
        _ => Value ?? "",
    };
}
