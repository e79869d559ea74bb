using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Time;

namespace InnocentSpouse.Web.Clinic.Handoff;

/// <summary>
/// The hand-off PDF download (GET, so a plain link works without JavaScript), for staff signed in with both factors.
/// Recorded in the audit log as an export; a case of another clinic is a 404 (and a denial in the log). The answer is
/// <c>Cache-Control: no-store</c>: no copy of the file stays in a shared cache or the browser's.
/// </summary>
public static class HandoffEndpoints
{
    /// <summary>Maps <c>/clinic/cases/{id}/handoff.pdf</c>.</summary>
    public static IEndpointRouteBuilder MapHandoffDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/clinic/cases/{id}/handoff.pdf", async (string id, HttpContext context, ClinicCases cases, AuditLog audit, AppToday today) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var member = context.User.StaffMember() ?? throw new InvalidOperationException("The Staff policy lets only clinic members in.");
            var handoff = await Handoff.LoadAsync(cases, audit, today, member, id, AuditActions.CaseExported, "hand-off PDF", context.RequestAborted);
            return handoff is null
                ? Results.NotFound()
                : TypedResults.File(HandoffPdf.Render(handoff), RecordEndpoints.ContentType, WebTexts.ClinicHandoffFileName);
        }).RequireAuthorization(ClinicPolicies.Staff).ExcludeFromDescription();
        return app;
    }
}
