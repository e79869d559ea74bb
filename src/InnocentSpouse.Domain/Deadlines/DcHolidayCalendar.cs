using InnocentSpouse.Domain.Sources;
using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The legal holidays of the District of Columbia, computed year by year, and the §7503 roll-forward built on them.
/// </summary>
/// <remarks>
/// <para>Rules (D.C. Code §28-2701; §1-612.02; letters-deadlines.md §4.2–§4.3):</para>
/// <list type="bullet">
/// <item>Fixed-date holidays (New Year's Day, Emancipation Day, Juneteenth, Independence Day, Veterans Day,
/// Christmas): a Saturday moves to the Friday before, a Sunday to the Monday after.</item>
/// <item>New Year's Day on a Saturday is observed on Friday December 31 of the <em>previous</em> year, so
/// <see cref="HolidaysIn"/> for that previous year contains it.</item>
/// <item>Inauguration Day (January 20 of 1965, 1969, … 2025, 2029): a Sunday moves to Monday; a Saturday has
/// <b>no</b> substitute (§28-2701 excludes it from the Saturday rule; OPM memo 2000-16). The Saturday itself is
/// listed so the working can name it; the Friday before is an ordinary business day.</item>
/// <item>Emancipation Day (April 16) is applied from 2007, the year the IRS calendar first reflects it; the 2005
/// and 2006 days are left out because a missing holiday can only make a date earlier (conservative).</item>
/// <item>Juneteenth (June 19) from 2021; 2021's Saturday fell after enactment on June 17, so Friday June 18, 2021
/// was observed. Its listing in §28-2701 itself is not confirmed; §1-612.02(a)(4A) lists it.</item>
/// <item>Thanksgiving is the fourth Thursday of November; the Friday after is <b>not</b> a holiday.</item>
/// <item>Martin Luther King Jr. Day is applied from 1986; years before <see cref="FirstCalendarYear"/> are refused.</item>
/// </list>
/// <para>Ad hoc presidential designations come from <see cref="HolidayOverride"/> data, never from code.</para>
/// </remarks>
public sealed class DcHolidayCalendar
{
    /// <summary>The first year of the dates a user may give (letters, events, payments).</summary>
    public const int FirstSupportedYear = 1990;

    /// <summary>
    /// The first year the calendar answers for: one year before <see cref="FirstSupportedYear"/>, so that counting back
    /// from a deadline early in January 1990 (the "act by" day, five business days earlier) stays inside the calendar.
    /// </summary>
    public const int FirstCalendarYear = FirstSupportedYear - 1;

    /// <summary>The last year the calendar answers for.</summary>
    public const int LastSupportedYear = 2100;

    private readonly ImmutableArray<HolidayOverride> _overrides;
    private readonly ConcurrentDictionary<int, ImmutableArray<DcHoliday>> _byYear = new();

    /// <summary>Creates a calendar with the given ad hoc holidays added to the computed ones.</summary>
    public DcHolidayCalendar(IEnumerable<HolidayOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        _overrides = [.. overrides];
    }

    /// <summary>The computed calendar with no ad hoc holidays.</summary>
    public static DcHolidayCalendar Default { get; } = new([]);

    /// <summary>The ad hoc holidays this calendar adds.</summary>
    public ImmutableArray<HolidayOverride> Overrides => _overrides;

    /// <summary>Every D.C. legal holiday whose <em>observed</em> day falls in <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public ImmutableArray<DcHoliday> HolidaysIn(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstCalendarYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear);
        return _byYear.GetOrAdd(year, Build);
    }

    /// <summary>The holidays observed on <paramref name="date"/> (two when, say, Inauguration Day is also MLK Day).</summary>
    public ImmutableArray<DcHoliday> HolidaysOn(DateOnly date) =>
        [.. HolidaysIn(date.Year).Where(h => h.Observed == date)];

    /// <summary>True when <paramref name="date"/> is an observed D.C. legal holiday.</summary>
    public bool IsHoliday(DateOnly date) => HolidaysIn(date.Year).Any(h => h.Observed == date);

    /// <summary>True when <paramref name="date"/> is not a Saturday, Sunday or D.C. legal holiday.</summary>
    public bool IsBusinessDay(DateOnly date) => !Dates.IsWeekend(date) && !IsHoliday(date);

    /// <summary>
    /// Moves <paramref name="date"/> forward while it is a Saturday, Sunday or D.C. legal holiday (IRC §7503).
    /// </summary>
    /// <remarks>Each move is reported with its reason; a chain such as Sunday → Monday holiday gives two steps.</remarks>
    public RollForwardResult RollForward(DateOnly date)
    {
        var steps = ImmutableArray.CreateBuilder<RollStep>();
        var current = date;
        while (!IsBusinessDay(current))
        {
            var next = current.AddDays(1);
            steps.Add(new RollStep(current, next, WhyNotBusinessDay(current)));
            current = next;
        }

        return new RollForwardResult(date, current, steps.ToImmutable());
    }

    /// <summary>The latest business day on or before <paramref name="date"/>.</summary>
    public DateOnly OnOrBeforeBusinessDay(DateOnly date)
    {
        var current = date;
        while (!IsBusinessDay(current))
        {
            current = current.AddDays(-1);
        }

        return current;
    }

    /// <summary>The business day <paramref name="count"/> business days before <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public DateOnly BusinessDaysBefore(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var current = date;
        var left = count;
        while (left > 0)
        {
            current = current.AddDays(-1);
            if (IsBusinessDay(current))
            {
                left--;
            }
        }

        return current;
    }

    /// <summary>Why a day is not a business day, naming every holiday observed on it.</summary>
    public string WhyNotBusinessDay(DateOnly date)
    {
        var reasons = new List<string>();
        if (Dates.IsWeekend(date))
        {
            reasons.Add(date.DayOfWeek == DayOfWeek.Saturday
                ? DeadlineText.Format("shared.roll.saturday", "{0} is a Saturday", Dates.Show(date))
                : DeadlineText.Format("shared.roll.sunday", "{0} is a Sunday", Dates.Show(date)));
        }

        foreach (var holiday in HolidaysOn(date))
        {
            reasons.Add(DeadlineText.Format("shared.roll.holiday", "{0}, a D.C. legal holiday", holiday.Description));
        }

        return reasons.Count == 0 ? DeadlineText.Format("shared.roll.business-day", "{0} is a business day", Dates.Show(date)) : string.Join("; ", reasons);
    }

    private ImmutableArray<DcHoliday> Build(int year)
    {
        var all = Nominal(year).Concat(Nominal(year + 1)).Concat(Nominal(year - 1))
            .Where(h => h.Observed.Year == year)
            .Concat(_overrides.Where(o => o.Date.Year == year)
                .Select(o => new DcHoliday(o.Name, o.Date, o.Date, "designated ad hoc", o.Source) { RuleKey = "ad-hoc" }))
            .Distinct()
            .OrderBy(h => h.Observed)
            .ThenBy(h => h.Nominal);
        return [.. all];
    }

    /// <summary>The holidays that honour a day in <paramref name="year"/> (some observed in an adjacent year).</summary>
    private static IEnumerable<DcHoliday> Nominal(int year)
    {
        yield return Fixed("New Year's Day", "new-years-day", new DateOnly(year, 1, 1));
        yield return Monday("Martin Luther King Jr. Day", "martin-luther-king-jr-day", Dates.NthWeekday(year, 1, DayOfWeek.Monday, 3), "third Monday in January", "third-monday-january");
        if ((year - 1965) % 4 == 0)
        {
            yield return Inauguration(new DateOnly(year, 1, 20));
        }

        yield return Monday("Washington's Birthday", "washingtons-birthday", Dates.NthWeekday(year, 2, DayOfWeek.Monday, 3), "third Monday in February", "third-monday-february");
        if (year >= 2007)
        {
            yield return Fixed("District of Columbia Emancipation Day", "emancipation-day", new DateOnly(year, 4, 16), Citations.DcCode161202);
        }

        yield return Monday("Memorial Day", "memorial-day", Dates.LastWeekday(year, 5, DayOfWeek.Monday), "last Monday in May", "last-monday-may");
        if (year >= 2021)
        {
            yield return Fixed("Juneteenth National Independence Day", "juneteenth", new DateOnly(year, 6, 19), Citations.DcCode161202);
        }

        yield return Fixed("Independence Day", "independence-day", new DateOnly(year, 7, 4));
        yield return Monday("Labor Day", "labor-day", Dates.NthWeekday(year, 9, DayOfWeek.Monday, 1), "first Monday in September", "first-monday-september");
        yield return Monday("Columbus Day / Indigenous Peoples' Day", "columbus-day", Dates.NthWeekday(year, 10, DayOfWeek.Monday, 2), "second Monday in October", "second-monday-october");
        yield return Fixed("Veterans Day", "veterans-day", new DateOnly(year, 11, 11));
        yield return new DcHoliday("Thanksgiving Day", Dates.NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            Dates.NthWeekday(year, 11, DayOfWeek.Thursday, 4), "fourth Thursday in November; the Friday after is not a holiday", Citations.DcCode282701)
        { NameKey = "thanksgiving-day", RuleKey = "thanksgiving" };
        yield return Fixed("Christmas Day", "christmas-day", new DateOnly(year, 12, 25));
    }

    // Names and rules are cached in English (the calendar serves every reader); NameKey and RuleKey translate them
    // when shown (DcHoliday.DisplayName, DisplayRule).
    private static DcHoliday Monday(string name, string nameKey, DateOnly date, string rule, string ruleKey) =>
        new(name, date, date, rule, Citations.DcCode282701) { NameKey = nameKey, RuleKey = ruleKey };

    private static DcHoliday Fixed(string name, string nameKey, DateOnly nominal, Sources.SourceRef? source = null)
    {
        var src = source ?? Citations.DcCode282701;
        return nominal.DayOfWeek switch
        {
            DayOfWeek.Saturday => new DcHoliday(name, nominal.AddDays(-1), nominal,
                $"{Dates.EnglishLong(nominal)} is a Saturday, so the Friday before is the holiday", src) { NameKey = nameKey, RuleKey = "saturday" },
            DayOfWeek.Sunday => new DcHoliday(name, nominal.AddDays(1), nominal,
                $"{Dates.EnglishLong(nominal)} is a Sunday, so the Monday after is the holiday", src) { NameKey = nameKey, RuleKey = "sunday" },
            _ => new DcHoliday(name, nominal, nominal, Dates.EnglishLong(nominal), src) { NameKey = nameKey, RuleKey = "fixed" },
        };
    }

    private static DcHoliday Inauguration(DateOnly nominal) => nominal.DayOfWeek switch
    {
        DayOfWeek.Sunday => new DcHoliday("Inauguration Day", nominal.AddDays(1), nominal,
            $"{Dates.EnglishLong(nominal)} is a Sunday, so the Monday after is the holiday", Citations.DcCode282701)
        { NameKey = "inauguration-day", RuleKey = "sunday" },
        DayOfWeek.Saturday => new DcHoliday("Inauguration Day", nominal, nominal,
            $"{Dates.EnglishLong(nominal)} is a Saturday; Inauguration Day has no Friday substitute", Citations.OpmInauguration)
        { NameKey = "inauguration-day", RuleKey = "inauguration-saturday" },
        _ => new DcHoliday("Inauguration Day", nominal, nominal, $"{Dates.EnglishLong(nominal)}, every fourth year", Citations.DcCode282701)
        { NameKey = "inauguration-day", RuleKey = "inauguration" },
    };
}
