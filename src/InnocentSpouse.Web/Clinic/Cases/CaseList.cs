using System.Globalization;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Eligibility;
using Microsoft.AspNetCore.WebUtilities;

namespace InnocentSpouse.Web.Clinic.Cases;

/// <summary>How the case list is sorted (query value <c>sort</c>).</summary>
public enum CaseSort
{
    /// <summary>Soonest deadline first (overdue first, no deadline last), then by label: the default.</summary>
    Deadline,
    Label,
    Status,
    Volunteer,
}

/// <summary>
/// The case list's filters, order and page, as they travel in the query string (plain links and a GET form, so they
/// work with JavaScript off and survive a reload).
/// </summary>
public sealed record CaseListQuery(CaseStatus? Status, string? Volunteer, ReliefType? Relief, CaseSort Sort, int Page)
{
    /// <summary>The <c>volunteer</c> value for "assigned to me".</summary>
    public const string Me = "me";

    /// <summary>The <c>volunteer</c> value for "nobody assigned".</summary>
    public const string Unassigned = "none";

    /// <summary>Cases per page: 2,000 cases are 40 pages, each rendered from one query.</summary>
    public const int PageSize = 50;

    /// <summary>No filter, soonest deadline first, first page.</summary>
    public static CaseListQuery Default { get; } = new(null, null, null, CaseSort.Deadline, 1);

    /// <summary>Reads the query string; unknown values are ignored (as if absent).</summary>
    public static CaseListQuery From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Get(string name) => query.TryGetValue(name, out var v) && v.FirstOrDefault() is { Length: > 0 } s ? s : null;
        return new CaseListQuery(
            Enum.TryParse<CaseStatus>(Get("status"), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Get("status"), out _) ? status : null,
            Get("volunteer"),
            Enum.TryParse<ReliefType>(Get("relief"), ignoreCase: true, out var relief) && Enum.IsDefined(relief) && !int.TryParse(Get("relief"), out _) ? relief : null,
            Enum.TryParse<CaseSort>(Get("sort"), ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(Get("sort"), out _) ? sort : CaseSort.Deadline,
            int.TryParse(Get("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1);
    }

    /// <summary>The list's URL for this query (defaults left out).</summary>
    public string Url()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Status is { } status)
        {
            values["status"] = status.ToString();
        }

        if (Volunteer is { } volunteer)
        {
            values["volunteer"] = volunteer;
        }

        if (Relief is { } relief)
        {
            values["relief"] = relief.ToString();
        }

        if (Sort != CaseSort.Deadline)
        {
            values["sort"] = Sort.ToString();
        }

        if (Page > 1)
        {
            values["page"] = Page.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/clinic", values);
    }
}

/// <summary>How near a case's soonest deadline is, as of today.</summary>
public enum Urgency
{
    None,
    Later,
    Soon,
    Overdue,
}

/// <summary>One line of the case list, ready to show.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Label">The client label.</param>
/// <param name="TaxYears">The tax years.</param>
/// <param name="Status">The status.</param>
/// <param name="Volunteer">The assigned volunteer's display name, or null.</param>
/// <param name="Reliefs">The reliefs that may apply.</param>
/// <param name="Soonest">The soonest "act by" day, if any.</param>
/// <param name="DaysLeft">Days from today to <paramref name="Soonest"/> (negative when overdue).</param>
/// <param name="AbuseDisclosed">The safety marker.</param>
public sealed record CaseListItem(
    string Id,
    string Label,
    IReadOnlyList<int> TaxYears,
    CaseStatus Status,
    string? Volunteer,
    IReadOnlyList<ReliefType> Reliefs,
    DateOnly? Soonest,
    int? DaysLeft,
    bool AbuseDisclosed)
{
    /// <summary>Deadlines this many days away or nearer are marked "soon".</summary>
    public const int SoonDays = 14;

    /// <summary>Overdue, soon (within <see cref="SoonDays"/>), later, or no deadline.</summary>
    public Urgency Urgency => DaysLeft switch
    {
        null => Urgency.None,
        < 0 => Urgency.Overdue,
        <= SoonDays => Urgency.Soon,
        _ => Urgency.Later,
    };
}

/// <summary>One page of the list, and how many cases the filters kept.</summary>
public sealed record CaseListResult(IReadOnlyList<CaseListItem> Items, int Total, int Page, int Pages);

/// <summary>Filters, orders and pages the case list (in memory: the summary is sealed, so the database cannot sort it).</summary>
public static class CaseList
{
    /// <summary>The page of the list the query asks for, as of <paramref name="today"/>.</summary>
    public static CaseListResult Build(IReadOnlyList<CaseRow> rows, CaseListQuery query, string currentUserId, IReadOnlyList<StaffName> staff, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(staff);
        var names = staff.ToDictionary(s => s.Id, s => s.DisplayName, StringComparer.Ordinal);
        var volunteer = query.Volunteer switch
        {
            CaseListQuery.Me => currentUserId,
            var v => v,
        };
        var kept = rows
            .Where(r => query.Status is not { } status || r.Status == status)
            .Where(r => volunteer is null
                || (volunteer == CaseListQuery.Unassigned ? r.AssignedUserId is null : string.Equals(r.AssignedUserId, volunteer, StringComparison.Ordinal)))
            .Select(r => Item(r, names, today))
            .Where(i => query.Relief is not { } relief || i.Reliefs.Contains(relief))
            .ToList();
        var ordered = Order(kept, query.Sort).ToList();
        var pages = Math.Max(1, (ordered.Count + CaseListQuery.PageSize - 1) / CaseListQuery.PageSize);
        var page = Math.Min(query.Page, pages);
        return new CaseListResult([.. ordered.Skip((page - 1) * CaseListQuery.PageSize).Take(CaseListQuery.PageSize)], ordered.Count, page, pages);
    }

    /// <summary>Soonest deadline first, overdue first, no deadline last; ties by label (then id, so pages are stable).</summary>
    public static IEnumerable<CaseListItem> Order(IEnumerable<CaseListItem> items, CaseSort sort)
    {
        var byLabel = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);
        var ordered = sort switch
        {
            CaseSort.Label => items.OrderBy(i => i.Label, byLabel),
            CaseSort.Status => items.OrderBy(i => i.Status).ThenBy(i => i.Soonest ?? DateOnly.MaxValue),
            CaseSort.Volunteer => items.OrderBy(i => i.Volunteer is null).ThenBy(i => i.Volunteer, byLabel).ThenBy(i => i.Soonest ?? DateOnly.MaxValue),
            _ => items.OrderBy(i => i.Soonest ?? DateOnly.MaxValue),
        };
        return ordered.ThenBy(i => i.Label, byLabel).ThenBy(i => i.Id, StringComparer.Ordinal);
    }

    private static CaseListItem Item(CaseRow row, Dictionary<string, string> names, DateOnly today) =>
        new(
            row.Id,
            row.Summary.Label,
            row.Summary.TaxYears,
            row.Status,
            row.AssignedUserId is { } id ? names.GetValueOrDefault(id) : null,
            [.. row.Summary.Reliefs.Select(r => Enum.TryParse<ReliefType>(r, out var relief) ? relief : (ReliefType?)null).OfType<ReliefType>()],
            row.Summary.SoonestDeadline,
            row.Summary.SoonestDeadline is { } soonest ? soonest.DayNumber - today.DayNumber : null,
            row.Summary.AbuseDisclosed);
}
