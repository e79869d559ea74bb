using System.Text;
using InnocentSpouse.Web.Deadlines;

namespace InnocentSpouse.Web.Interview;

/// <summary>
/// <c>GET /interview/calendar.ics</c>: the deadlines of the finished screening as a calendar file, one more view of the
/// one report (<see cref="InterviewReport.Report"/>): the same dates as the results page, with the act-by reminders.
/// Discreet titles unless <c>?named=yes</c>; the URL never carries an answer.
/// </summary>
public static class InterviewCalendarEndpoint
{
    /// <summary>The path of the calendar file.</summary>
    public const string Path = "/interview/calendar.ics";

    /// <summary>The link for a calendar whose titles say what each date is for.</summary>
    public const string NamedPath = Path + "?named=yes";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapInterviewCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext context, InterviewService interviews) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var (state, redirect) = await interviews.LoadFinishedAsync(context, context.RequestAborted);
            if (state is null)
            {
                return Results.Redirect(redirect);
            }

            var report = state.Report();
            var named = string.Equals(context.Request.Query["named"], "yes", StringComparison.Ordinal);
            var ics = ReminderCalendar.Build(
                report.Years.SelectMany(y => y.Deadlines.Select(d => ((int?)y.TaxYear, d))), named, actBy: true);
            return Results.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", ReminderCalendar.FileName);
        }).ExcludeFromDescription();
        return app;
    }
}
