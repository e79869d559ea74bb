using System.Globalization;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// One legal holiday in the District of Columbia, on the day it is observed, with the rule that put it there.
/// </summary>
/// <remarks>
/// IRC §7503 defines "legal holiday" as a legal holiday in the District of Columbia; Treas. Reg. §301.7503-1
/// points to D.C. Code §28-2701 (letters-deadlines.md §4.2). <see cref="Observed"/> is the day that counts for
/// §7503; <see cref="Nominal"/> is the calendar day the holiday honours (they differ for weekend substitutes).
/// </remarks>
public sealed record DcHoliday
{
    /// <summary>Creates a holiday; every field is required.</summary>
    /// <exception cref="ArgumentException">A text field is blank.</exception>
    public DcHoliday(string name, DateOnly observed, DateOnly nominal, string rule, SourceRef source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentNullException.ThrowIfNull(source);
        Name = name;
        Observed = observed;
        Nominal = nominal;
        Rule = rule;
        Source = source;
    }

    /// <summary>The holiday's name, e.g. "Independence Day".</summary>
    public string Name { get; }

    /// <summary>The day that is the legal holiday for §7503 purposes.</summary>
    public DateOnly Observed { get; }

    /// <summary>The calendar day the holiday honours (e.g. July 4), which may be a weekend day.</summary>
    public DateOnly Nominal { get; }

    /// <summary>The rule that produced <see cref="Observed"/>, in plain words.</summary>
    public string Rule { get; }

    /// <summary>The law the holiday rests on.</summary>
    public SourceRef Source { get; }

    /// <summary>True when <see cref="Observed"/> differs from <see cref="Nominal"/> (a weekend substitute).</summary>
    public bool IsSubstitute => Observed != Nominal;

    /// <summary>
    /// The key of the name's translation (<c>deadline.holiday.&lt;key&gt;</c>); null for a name from data (ad hoc days),
    /// which is shown as given.
    /// </summary>
    internal string? NameKey { get; init; }

    /// <summary>
    /// The key of the rule's translation (<c>deadline.holiday.rule.&lt;key&gt;</c>, a format whose <c>{0}</c> is
    /// <see cref="Nominal"/>); null to show <see cref="Rule"/> as given.
    /// </summary>
    internal string? RuleKey { get; init; }

    /// <summary>
    /// <see cref="Name"/> in the reader's language. <see cref="Name"/> and <see cref="Rule"/> stay English because the
    /// calendar caches its holidays for every reader; they are translated here, when shown (docs/localisation.md).
    /// </summary>
    public string DisplayName => NameKey is null ? Name : DeadlineText.Get("holiday." + NameKey, Name);

    /// <summary><see cref="Rule"/> in the reader's language.</summary>
    public string DisplayRule => RuleKey is null || DomainText.IsSourceLanguage(CultureInfo.CurrentUICulture)
        ? Rule
        : DeadlineText.Format("holiday.rule." + RuleKey, Rule, Dates.Long(Nominal));

    /// <summary>"Monday 2027-07-05 is the observed Independence Day (…rule…)", in the reader's language.</summary>
    public string Description => IsSubstitute
        ? DeadlineText.Format("shared.holiday.observed", "{0} is the observed {1} ({2})", Dates.Show(Observed), DisplayName, DisplayRule)
        : DeadlineText.Format("shared.holiday.is", "{0} is {1} ({2})", Dates.Show(Observed), DisplayName, DisplayRule);
}
