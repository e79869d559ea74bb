using InnocentSpouse.Web.Interview;
using Microsoft.AspNetCore.Mvc;

namespace InnocentSpouse.Web.Sessions;

/// <summary>Plain endpoints of the interview that render no page.</summary>
public static class InterviewEndpoints
{
    /// <summary>
    /// <c>POST /interview/delete</c>: deletes the browser's answers at once, forgets the code, and shows the
    /// confirmation page. A form post with an antiforgery token, so it works without JavaScript.
    /// </summary>
    public static IEndpointRouteBuilder MapInterviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/interview/delete", async ([FromForm] string? confirm, HttpContext context, InterviewService interviews) =>
        {
            if (confirm == "yes")
            {
                await interviews.DeleteAsync(context, context.RequestAborted);
            }

            return Results.Redirect("/interview/deleted", permanent: false, preserveMethod: false);
        });
        return app;
    }
}
