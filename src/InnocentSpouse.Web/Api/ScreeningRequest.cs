using System.Text.Json;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// The body of <c>POST /api/v1/screenings</c>: answers keyed by question key, household facts once and
/// per-year facts under each tax year, plus an optional evaluation date. See docs/api.md.
/// </summary>
public sealed class ScreeningRequest
{
    /// <summary>The evaluation date (yyyy-MM-dd); today in U.S. Eastern time (AppToday) when omitted. Deadlines are checked as of this day.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Facts about the person, asked once: question key → value.</summary>
    public Dictionary<string, JsonElement>? Household { get; init; }

    /// <summary>Facts per tax year: tax year (e.g. "2021") → (question key → value). At least one year.</summary>
    public Dictionary<string, Dictionary<string, JsonElement>?>? Years { get; init; }
}
