using System.Collections.Immutable;
using System.Globalization;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// Checks submitted answers against <see cref="QuestionCatalog"/>: unknown keys, values not allowed,
/// bad dates or numbers (a month without the day only where the question allows it), answers given in
/// the wrong scope, and tax years out of range.
/// </summary>
public static class ScreeningAnswersValidator
{
    /// <summary>Returns every problem found; an empty list means the answers are usable.</summary>
    /// <param name="answers">The answers to check.</param>
    /// <param name="asOf">When given, dates after this day are reported as problems.</param>
    public static ImmutableArray<AnswerProblem> Validate(ScreeningAnswers answers, DateOnly? asOf = null) =>
        Validate(answers, asOf, index: null);

    /// <summary>
    /// Validates and, in the same pass over the answers, copies them into one array per tax year (in
    /// <see cref="ScreeningAnswers.Years"/> order) indexed by <see cref="Question.Ordinal"/>, household
    /// answers included. The arrays are complete only when no problem is returned.
    /// </summary>
    /// <param name="answers">The answers to check.</param>
    /// <param name="asOf">Dates after this day are reported as problems.</param>
    /// <param name="valuesByYear">One array per tax year, for <see cref="Flowcharts.RuleContext"/>.</param>
    internal static ImmutableArray<AnswerProblem> ValidateAndIndex(ScreeningAnswers answers, DateOnly asOf, out string?[][] valuesByYear)
    {
        ArgumentNullException.ThrowIfNull(answers);
        valuesByYear = new string?[answers.Years.Count][];
        return Validate(answers, asOf, valuesByYear);
    }

    /// <summary>
    /// Indexes the answers as <see cref="ValidateAndIndex"/> does, without checking them (the walk as asked checks each
    /// answer when its question is asked): an unknown key, or a key given in the wrong scope, is left out.
    /// </summary>
    /// <param name="answers">The answers.</param>
    /// <returns>One array per tax year (ascending), by question ordinal, household answers included.</returns>
    internal static string?[][] Index(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var household = new string?[QuestionCatalog.All.Length];
        foreach (var (key, value) in answers.Household)
        {
            if (QuestionCatalog.TryGet(key, out var question) && question.Scope == QuestionScope.Household)
            {
                household[question.Ordinal] = value;
            }
        }

        var index = new string?[answers.Years.Count][];
        var yearIndex = 0;
        foreach (var yearAnswers in answers.Years.Values)
        {
            var values = (string?[])household.Clone();
            index[yearIndex++] = values;
            foreach (var (key, value) in yearAnswers)
            {
                if (QuestionCatalog.TryGet(key, out var question) && question.Scope == QuestionScope.Year)
                {
                    values[question.Ordinal] = value;
                }
            }
        }

        return index;
    }

    private static ImmutableArray<AnswerProblem> Validate(ScreeningAnswers answers, DateOnly? asOf, string?[][]? index)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = ImmutableArray.CreateBuilder<AnswerProblem>();
        if (answers.Years.IsEmpty)
        {
            problems.Add(new AnswerProblem("years", string.Empty, null, "Give at least one tax year."));
        }

        // Household answers are indexed once and copied into each year's array.
        var household = index is null ? null : new string?[QuestionCatalog.All.Length];
        foreach (var (key, value) in answers.Household)
        {
            var question = Check(problems, key, null, value, QuestionScope.Household, asOf);
            if (household is not null && question is not null)
            {
                household[question.Ordinal] = value;
            }
        }

        var yearIndex = 0;
        foreach (var (year, yearAnswers) in answers.Years)
        {
            string?[]? values = null;
            if (household is not null)
            {
                values = (string?[])household.Clone();
                index![yearIndex++] = values;
            }

            if (!TaxYears.IsSupported(year))
            {
                problems.Add(new AnswerProblem($"years.{year}", string.Empty, year,
                    $"Tax year {year} is out of range; use a year from {TaxYears.Earliest} to {TaxYears.Latest}."));
            }

            foreach (var (key, value) in yearAnswers)
            {
                var question = Check(problems, key, year, value, QuestionScope.Year, asOf);
                if (values is not null && question is not null)
                {
                    values[question.Ordinal] = value;
                }
            }
        }

        return problems.ToImmutable();
    }

    private static string FieldOf(string key, int? year) =>
        year is int y ? string.Create(CultureInfo.InvariantCulture, $"years.{y}.{key}") : "household." + key;

    // The field path is built only when there is a problem: this runs on every evaluation (hot path).
    // Returns the question when the key is known and given in its scope (the value may still be invalid).
    private static Question? Check(ImmutableArray<AnswerProblem>.Builder problems, string key, int? year, string value, QuestionScope givenIn, DateOnly? asOf)
    {
        if (!QuestionCatalog.TryGet(key, out var question))
        {
            problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{key}' is not a known question key. See docs/question-keys.md."));
            return null;
        }

        if (question.Scope != givenIn)
        {
            var where = question.Scope == QuestionScope.Household ? "under \"household\"" : "under a tax year in \"years\"";
            problems.Add(new AnswerProblem(FieldOf(key, year), key, year, $"'{key}' must be given {where}."));
            return null;
        }

        if (ValueProblem(question, value, asOf) is { } message)
        {
            problems.Add(new AnswerProblem(FieldOf(key, year), key, year, message));
        }

        return question;
    }

    /// <summary>
    /// Checks one value against <paramref name="question"/> alone (not its scope): what is wrong with it in
    /// plain words, or null when the value is allowed.
    /// </summary>
    /// <param name="question">The question answered.</param>
    /// <param name="value">The stored invariant value.</param>
    /// <param name="asOf">When given, dates after this day (and months after its month) are problems.</param>
    public static string? ValueProblem(Question question, string value, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(value);
        var key = question.Key.Value;
        if (value == AnswerValues.NotSure)
        {
            return question.AllowsNotSure ? null : $"'{key}' does not accept \"not-sure\". {Allowed(question)}";
        }

        switch (question.Kind)
        {
            case AnswerKind.YesNo:
            case AnswerKind.Choice:
                return question.AllowedValues.Contains(value) ? null : $"'{value}' is not allowed for '{key}'. {Allowed(question)}";
            case AnswerKind.Date:
                if (AnswerParsing.TryDate(value, out var date))
                {
                    return asOf is DateOnly limit && date > limit
                        ? $"{value} is after the screening date {limit.ToString(AnswerValues.DateFormat, CultureInfo.InvariantCulture)}; give a past date."
                        : null;
                }

                if (AnswerParsing.TryMonth(value, out var month))
                {
                    if (!question.AllowsApproximate)
                    {
                        return $"'{key}' needs the exact day; '{value}' gives only the month. {Allowed(question)}";
                    }

                    return asOf is DateOnly today && month > today
                        ? $"{value} is after the screening month {today.ToString(AnswerValues.MonthFormat, CultureInfo.InvariantCulture)}; give a past month or the current one."
                        : null;
                }

                return $"'{value}' is not a date. {Allowed(question)}";
            default:
                return AnswerParsing.TryWholeNumber(value, out var number) && number >= question.Minimum && number <= question.Maximum
                    ? null
                    : $"'{value}' is not allowed for '{key}'. {Allowed(question)}";
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
            AnswerKind.Date when question.AllowsApproximate =>
                $"Allowed: a date written yyyy-MM-dd, e.g. \"2024-03-01\", or a month written yyyy-MM when the day is not known, e.g. \"2024-03\"{notSure}.",
            AnswerKind.Date => $"Allowed: a date written yyyy-MM-dd, e.g. \"2024-03-01\"{notSure}.",
            AnswerKind.Money => $"Allowed: whole dollars, digits only, from {question.Minimum} to {question.Maximum}{notSure}.",
            _ => $"Allowed: a whole number from {question.Minimum} to {question.Maximum}{notSure}.",
        };
    }
}
