using System.Text;
using FluentValidation;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Forms;

namespace InnocentSpouse.Web.Deadlines;

/// <summary><c>GET /deadlines.ics?event=…&amp;date-day=…</c>: the computed deadlines as a calendar file.</summary>
public static class CalendarEndpoint
{
    /// <summary>The path of the calendar file.</summary>
    public const string Path = "/deadlines.ics";

    /// <summary>Maps the endpoint. It takes the same query string as the deadline pages.</summary>
    public static IEndpointRouteBuilder MapReminderCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, IValidator<DeadlineForm> validator) =>
        {
            var form = DeadlineForm.FromQuery(context.Request.Query);
            var result = validator.Validate(form);
            if (!result.IsValid)
            {
                var text = "The calendar file could not be made:\n"
                    + string.Join("\n", result.Errors.Select(e => "- " + e.ErrorMessage))
                    + "\nGo back to the page with the dates and check them.\n";
                return Results.Text(text, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
            }

            var deadlines = DeadlineCalculator.For(form.ToEvent());
            var ics = ReminderCalendar.Build(deadlines, form.Named, form.ActBy);
            return Results.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", ReminderCalendar.FileName);
        }).ExcludeFromDescription();
        return app;
    }
}
