namespace InnocentSpouse.Domain.Interview;

/// <summary>One thing wrong with submitted answers; the Web edge turns a list of these into a 400 ProblemDetails.</summary>
/// <param name="Field">
/// The JSON path of the bad field: <c>household.{key}</c>, <c>years.{taxYear}.{key}</c>, or <c>years</c>/<c>years.{taxYear}</c>.
/// </param>
/// <param name="Key">The question key involved, or empty for problems with the years themselves.</param>
/// <param name="TaxYear">The tax year involved, when there is one.</param>
/// <param name="Message">What is wrong and what is allowed, in plain language.</param>
public sealed record AnswerProblem(string Field, string Key, int? TaxYear, string Message);
