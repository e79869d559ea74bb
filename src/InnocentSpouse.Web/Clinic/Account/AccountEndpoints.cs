using InnocentSpouse.Data.Clinic;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace InnocentSpouse.Web.Clinic.Account;

/// <summary>The workspace's account endpoints that are not pages: sign-out.</summary>
public static class AccountEndpoints
{
    /// <summary>Maps <c>POST /clinic/sign-out</c> (the layout's Sign out button; antiforgery token required).</summary>
    public static IEndpointRouteBuilder MapClinicAccount(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccountFlow.SignOutPath, SignOutAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit)
    {
        // Checked here rather than by the middleware, which only records a failure for endpoints that read no form.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
        {
            await audit.AuditAsync(user, AuditActions.SignOut);
        }

        await signIn.SignOutAsync();
        return Results.Redirect(AccountFlow.SignInPath);
    }
}
