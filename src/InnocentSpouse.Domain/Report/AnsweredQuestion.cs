using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Report;

/// <summary>One question as asked on the walked path, with the answer given.</summary>
/// <param name="Question">The catalogued question (key, prompt, source).</param>
/// <param name="TaxYear">The tax year it was asked for, or null for a household question.</param>
/// <param name="Value">The stored answer value, e.g. "yes" or "2025-09-15".</param>
/// <param name="Answer">The answer as shown to the user, e.g. "Yes" or "September 15, 2025".</param>
public sealed record AnsweredQuestion(Question Question, int? TaxYear, string Value, string Answer)
{
    /// <summary>The question in plain words, as the interview asked it.</summary>
    public string Prompt => Question.Prompt;

    /// <summary>True when this is the same question for the same year.</summary>
    /// <param name="key">The question key.</param>
    /// <param name="taxYear">The tax year, or null for a household question.</param>
    public bool Is(string key, int? taxYear) => Question.Key.Value == key && TaxYear == taxYear;
}
