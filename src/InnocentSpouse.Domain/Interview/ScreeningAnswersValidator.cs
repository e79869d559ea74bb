using System.Collections.Immutable;
using System.Globalization;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// Checks submitted answers against <see cref="QuestionCatalog"/>: unknown keys, values not allowed,
/// bad dates or numbers, answers given in the wrong scope, and tax years out of range.
/// </summary>
public static class ScreeningAnswersValidator
{
    /// <summary>Earliest tax year accepted. §6015 took effect July 22, 1998 for liabilities then unpaid (IRS Restructuring and Reform Act of 1998 §3201(g)).</summary>
    public const int EarliestTaxYear = 1990;

    /// <summary>Latest tax year accepted.</summary>
    public const int LatestTaxYear = 2100;

    /// <summary>Returns every problem found; an empty list means the answers are usable.</summary>
    /// <param name="answers">The answers to check.</param>
    /// <param name="asOf">When given, dates after this day are reported as problems.</param>
    public static ImmutableArray<AnswerProblem> Validate(ScreeningAnswers answers, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = ImmutableArray.CreateBuilder<AnswerProblem>();
        if (answers.Years.IsEmpty)
        {
            problems.Add(new AnswerProblem("years", string.Empty, null, "Give at least one tax year."));
        }

        foreach (var (key, value) in answers.Household)
        {
            Check(problems, key, null, value, QuestionScope.Household, asOf);
        }

        foreach (var (year, yearAnswers) in answers.Years)
        {
            if (year is < EarliestTaxYear or > LatestTaxYear)
            {
                problems.Add(new AnswerProblem($"years.{year}", string.Empty, year,
                    $"Tax year {year} is out of range; use a year from {EarliestTaxYear} to {LatestTaxYear}."));
            }

            foreach (var (key, value) in yearAnswers)
            {
                Check(problems, key, year, value, QuestionScope.Year, asOf);
            }
        }

        return problems.ToImmutable();
    }

    private static string FieldOf(string key, int? year) =>
        year is int y ? string.Create(CultureInfo.InvariantCulture, $"years.{y}.{key}") : "household." + key;

    // The field path is built only when there is a problem: this runs on every evaluation (hot path).
    private static void Check(ImmutableArray<AnswerProblem>.Builder problems, string key, int? year, string value, QuestionScope givenIn, DateOnly? asOf)
    {
        if (!QuestionCatalog.TryGet(key, out var question))
        {
            problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{key}' is not a known question key. See docs/question-keys.md."));
            return;
        }

        if (question.Scope != givenIn)
        {
            var where = question.Scope == QuestionScope.Household ? "under \"household\"" : "under a tax year in \"years\"";
            problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{key}' must be given {where}."));
            return;
        }

        if (value == AnswerValues.NotSure)
        {
            if (!question.AllowsNotSure)
            {
                problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{key}' does not accept \"not-sure\". {Allowed(question)}"));
            }

            return;
        }

        switch (question.Kind)
        {
            case AnswerKind.YesNo:
            case AnswerKind.Choice:
                if (!question.AllowedValues.Contains(value))
                {
                    problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{value}' is not allowed for '{key}'. {Allowed(question)}"));
                }

                break;
            case AnswerKind.Date:
                if (!AnswerParsing.TryDate(value, out var date))
                {
                    problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{value}' is not a date. {Allowed(question)}"));
                }
                else if (asOf is DateOnly limit && date > limit)
                {
                    problems.Add(new AnswerProblem(FieldOf(key, year), key, year,
                        $"{value} is after the screening date {limit.ToString(AnswerValues.DateFormat, CultureInfo.InvariantCulture)}; give a past date."));
                }

                break;
            default:
                if (!AnswerParsing.TryWholeNumber(value, out var number) || number < question.Minimum || number > question.Maximum)
                {
                    problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{value}' is not allowed for '{key}'. {Allowed(question)}"));
                }

                break;
        }
    }

    /// <summary>Describes the allowed values of <paramref name="question"/>.</summary>
    /// <param name="question">The question.</param>
    public static string Allowed(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var notSure = question.AllowsNotSure && question.Kind is not (AnswerKind.YesNo or AnswerKind.Choice) ? ", or \"not-sure\"" : string.Empty;
        return question.Kind switch
        {
            AnswerKind.YesNo or AnswerKind.Choice => "Allowed: " + string.Join(", ", question.AllowedValues.Select(v => $"\"{v}\"")) + ".",
            AnswerKind.Date => $"Allowed: a date written yyyy-MM-dd, e.g. \"2024-03-01\"{notSure}.",
            AnswerKind.Money => $"Allowed: whole dollars, digits only, from {question.Minimum} to {question.Maximum}{notSure}.",
            _ => $"Allowed: a whole number from {question.Minimum} to {question.Maximum}{notSure}.",
        };
    }
}
