namespace InnocentSpouse.Web.Interview;

/// <summary>Field names and ids shared by the question page, its validator and its error summary.</summary>
public static class AnswerFields
{
    /// <summary>The id prefix of the three date boxes: "answer-day", "answer-month", "answer-year".</summary>
    public const string DatePrefix = "answer";

    /// <summary>The form name of the answer form.</summary>
    public const string FormName = "answer";

    /// <summary>The posted name of the choice or amount (bound to <see cref="AnswerInput.Value"/>).</summary>
    public const string ValueName = "Input.Value";

    /// <summary>The id of the choice or amount field (the first radio, or the text box).</summary>
    public const string ValueId = "answer";

    /// <summary>Strips "$", commas and spaces that people type in amounts.</summary>
    public static string Digits(string? text) =>
        new((text ?? "").Where(c => c is not ('$' or ',' or ' ')).ToArray());

    /// <summary>The id an error on a property links to.</summary>
    public static string IdFor(string propertyName) => propertyName switch
    {
        nameof(AnswerInput.Day) => $"{DatePrefix}-day",
        nameof(AnswerInput.Month) => $"{DatePrefix}-month",
        nameof(AnswerInput.Year) => $"{DatePrefix}-year",
        _ => ValueId,
    };
}
