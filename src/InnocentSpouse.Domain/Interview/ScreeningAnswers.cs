using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// Everything the user has answered: household facts (asked once) and facts per tax year. Values are
/// invariant strings ("yes", "no", "not-sure", "2024-03-01", choice values, whole dollars), keyed by
/// the question keys of <see cref="QuestionCatalog"/>. Immutable: "changing" methods return a new value.
/// </summary>
/// <remarks>
/// Store these, never derived results: outcomes are recomputed from (answers, asOf) so a rules fix
/// reaches saved sessions (style.md §1). Check values with <see cref="ScreeningAnswersValidator"/>.
/// </remarks>
public sealed record ScreeningAnswers
{
    private ScreeningAnswers(ImmutableDictionary<string, string> household, ImmutableSortedDictionary<int, ImmutableDictionary<string, string>> years)
    {
        Household = household;
        Years = years;
    }

    /// <summary>No tax years and no answers.</summary>
    public static ScreeningAnswers Empty { get; } = new(
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
        ImmutableSortedDictionary<int, ImmutableDictionary<string, string>>.Empty);

    /// <summary>Household answers by question key.</summary>
    public ImmutableDictionary<string, string> Household { get; }

    /// <summary>Per-year answers by tax year, then question key. A year with no answers yet is still listed.</summary>
    public ImmutableSortedDictionary<int, ImmutableDictionary<string, string>> Years { get; }

    /// <summary>The tax years being screened, ascending.</summary>
    public IEnumerable<int> TaxYears => Years.Keys;

    /// <summary>A screening for <paramref name="taxYears"/> with no answers yet.</summary>
    /// <param name="taxYears">The tax years (liability years, not refund years).</param>
    public static ScreeningAnswers ForYears(params int[] taxYears)
    {
        var result = Empty;
        foreach (var year in taxYears)
        {
            result = result.WithTaxYear(year);
        }

        return result;
    }

    /// <summary>Builds answers from plain dictionaries (e.g. the JSON API body).</summary>
    /// <param name="household">Household answers by key.</param>
    /// <param name="years">Per-year answers by tax year and key.</param>
    public static ScreeningAnswers From(IReadOnlyDictionary<string, string> household, IReadOnlyDictionary<int, IReadOnlyDictionary<string, string>> years)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(years);
        var yearMap = ImmutableSortedDictionary.CreateBuilder<int, ImmutableDictionary<string, string>>();
        foreach (var (year, answers) in years)
        {
            yearMap[year] = answers.ToImmutableDictionary(StringComparer.Ordinal);
        }

        return new ScreeningAnswers(household.ToImmutableDictionary(StringComparer.Ordinal), yearMap.ToImmutable());
    }

    /// <summary>Adds a tax year (no-op when already present).</summary>
    /// <param name="taxYear">The tax year.</param>
    public ScreeningAnswers WithTaxYear(int taxYear) =>
        Years.ContainsKey(taxYear) ? this : new(Household, Years.Add(taxYear, ImmutableDictionary.Create<string, string>(StringComparer.Ordinal)));

    /// <summary>Sets a household answer.</summary>
    /// <param name="key">The question key.</param>
    /// <param name="value">The invariant answer value.</param>
    public ScreeningAnswers WithHousehold(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        return new(Household.SetItem(key, value), Years);
    }

    /// <summary>Sets an answer for one tax year (adding the year if needed).</summary>
    /// <param name="taxYear">The tax year.</param>
    /// <param name="key">The question key.</param>
    /// <param name="value">The invariant answer value.</param>
    public ScreeningAnswers WithYear(int taxYear, string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        var current = Years.TryGetValue(taxYear, out var existing) ? existing : ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);
        return new(Household, Years.SetItem(taxYear, current.SetItem(key, value)));
    }

    /// <summary>Sets an answer in the scope its question declares (household, or <paramref name="taxYear"/>).</summary>
    /// <param name="question">The catalogued question.</param>
    /// <param name="value">The invariant answer value.</param>
    /// <param name="taxYear">The tax year; required for per-year questions.</param>
    public ScreeningAnswers With(Question question, string value, int? taxYear = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Scope == QuestionScope.Household)
        {
            return WithHousehold(question.Key.Value, value);
        }

        return taxYear is int year
            ? WithYear(year, question.Key.Value, value)
            : throw new ArgumentException($"Question {question.Key} is asked per tax year; give the year.", nameof(taxYear));
    }

    /// <summary>Removes an answer in the scope its question declares (no-op when absent).</summary>
    /// <param name="question">The catalogued question.</param>
    /// <param name="taxYear">The tax year; required for per-year questions.</param>
    public ScreeningAnswers Without(Question question, int? taxYear = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Scope == QuestionScope.Household)
        {
            return new(Household.Remove(question.Key.Value), Years);
        }

        if (taxYear is not int year)
        {
            throw new ArgumentException($"Question {question.Key} is asked per tax year; give the year.", nameof(taxYear));
        }

        return Years.TryGetValue(year, out var existing) ? new(Household, Years.SetItem(year, existing.Remove(question.Key.Value))) : this;
    }

    /// <summary>The stored value for <paramref name="question"/> in its scope, or null when unanswered.</summary>
    /// <param name="question">The catalogued question.</param>
    /// <param name="taxYear">The tax year for per-year questions.</param>
    public string? Get(Question question, int taxYear)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Scope == QuestionScope.Household)
        {
            return Household.TryGetValue(question.Key.Value, out var h) ? h : null;
        }

        return Years.TryGetValue(taxYear, out var year) && year.TryGetValue(question.Key.Value, out var v) ? v : null;
    }
}
