using InnocentSpouse.Data;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Safety;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace InnocentSpouse.Web.Record;

/// <summary>
/// The PDF record's downloads (GET, so a plain link works without JavaScript): the browser's own interview, like the
/// results page, and a share link's interview, like the shared page. Both render the same report as the page beside
/// them. Paths hold no answer, name or year; both are under <see cref="SafetyExtensions.NoStorePrefixes"/>, so every
/// answer is <c>Cache-Control: no-store</c>.
/// </summary>
public static class RecordEndpoints
{
    /// <summary>The PDF of the browser's interview (the results page's download).</summary>
    public const string InterviewPath = "/interview/record.pdf";

    /// <summary>The PDF media type.</summary>
    public const string ContentType = "application/pdf";

    /// <summary>The PDF of a shared interview: a sibling of the shared page, <c>/shared/{token}/record.pdf</c>.</summary>
    /// <param name="token">The share token, as in the shared page's address.</param>
    public static string SharedPath(string token) => $"/shared/{Uri.EscapeDataString(token)}/record.pdf";

    /// <summary>
    /// Maps both downloads. Checks first that the fonts are installed (<see cref="LiberationFonts.Install"/>), so the
    /// app does not start without them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The fonts are missing; the message says which package to install.</exception>
    public static IEndpointRouteBuilder MapRecordDownloads(this IEndpointRouteBuilder app)
    {
        LiberationFonts.Install();
        app.MapGet(InterviewPath, async (HttpContext context, InterviewService interviews) =>
        {
            var (state, redirect) = await interviews.LoadFinishedAsync(context, context.RequestAborted);
            return state is null ? Results.Redirect(redirect) : Pdf(state.Report(), state.Session.Discreet);
        }).ExcludeFromDescription();

        app.MapGet("/shared/{token}/record.pdf", async (string token, HttpContext context, LinkStore links, SessionStore sessions, InterviewService interviews) =>
        {
            if (await links.OpenShareAsync(token, context.RequestAborted) is not { } opened
                || await sessions.FindAsync(opened.Code, context.RequestAborted) is not { } session)
            {
                // The shared page's answer: 410 Gone with its explanation, never a 500 or an empty file.
                context.Response.StatusCode = StatusCodes.Status410Gone;
                await StatusPages.WriteAsync<RecordLinkGonePage>(context, context.RequestAborted);
                return Results.Empty;
            }

            return Pdf(interviews.State(session, opened.Code).Report(), session.Discreet);
        }).RequireRateLimiting(RateLimits.Share).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Adds <c>application/pdf</c> (a binary string) beside the JSON of an operation's 200 response in the OpenAPI
    /// document: one <c>Produces</c> per status would replace the JSON schema instead.
    /// </summary>
    public static Task DescribePdfResponse(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
        {
            content[ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            ok.Description = "The report: JSON by default; the PDF record with Accept: application/pdf.";
        }

        return Task.CompletedTask;
    }

    /// <summary>The report as a PDF attachment, named and titled by the person's "plain page titles" choice (<see cref="RecordFile"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="discreet">True when the person asked for plain titles.</param>
    public static IResult Pdf(ScreeningReport report, bool discreet) =>
        TypedResults.File(RecordPdf.Render(report, discreet), ContentType, RecordFile.NameFor(discreet));
}
