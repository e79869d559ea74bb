using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Clinic;

/// <summary>Settings of the clinic workspace (section <c>Clinic</c>).</summary>
public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    /// <summary>A signed-in staff member is signed out after this many minutes without a request (issue 14: 30).</summary>
    [Range(5, 480)]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>Days an invitation link works.</summary>
    [Range(1, 30)]
    public int InvitationDays { get; set; } = 7;

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(3, 20)]
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>Minutes an account stays locked.</summary>
    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Shortest password. NIST SP 800-63B §5.1.1.2 asks for at least 8 characters (15 when the password is the only
    /// factor) and no composition rules; every account here also has a second factor.
    /// </summary>
    [Range(8, 64)]
    public int MinimumPasswordLength { get; set; } = 15;
}

/// <summary>The workspace's authorisation policies.</summary>
public static class ClinicPolicies
{
    /// <summary>Signed in with both factors, as a member of a clinic: every page that shows a case.</summary>
    public const string Staff = "ClinicStaff";

    /// <summary><see cref="Staff"/> and the clinic admin role: staff, audit log, retention.</summary>
    public const string Admin = "ClinicAdmin";

    /// <summary>Signed in with the password only: enough to set up the second factor, nothing else.</summary>
    public const string PasswordOnly = "ClinicPasswordOnly";

    /// <summary>The claim that names the member's clinic.</summary>
    public const string ClinicClaim = "clinic";

    /// <summary>The claim that holds the member's display name (shown in the navigation).</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>The path every workspace cookie is limited to: public pages never receive it.</summary>
    public const string CookiePath = "/clinic";
}

/// <summary>Registers ASP.NET Core Identity for staff accounts and the workspace's policies (issue 14, ADR 0013).</summary>
public static class ClinicWorkspace
{
    public static IServiceCollection AddClinicWorkspace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClinicOptions>().Bind(configuration.GetSection(ClinicOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<StaffUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<InterviewDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ClinicTotpTokenProvider>(ClinicTotpTokenProvider.Name)
            .AddPasswordValidator<StaffPasswordValidator>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<ClinicOptions>>((identity, clinic) =>
        {
            var o = clinic.Value;
            identity.Password.RequiredLength = o.MinimumPasswordLength;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequiredUniqueChars = 1;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = o.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(o.LockoutMinutes);
            identity.User.RequireUniqueEmail = true;
            identity.SignIn.RequireConfirmedAccount = false;
            // Identity's own authenticator provider reads the real clock and accepts a code twice; this one does neither.
            identity.Tokens.AuthenticatorTokenProvider = ClinicTotpTokenProvider.Name;
        });
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure(cookie =>
            {
                cookie.Cookie.Path = ClinicPolicies.CookiePath;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
            });
        }

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<ClinicOptions>>((cookie, clinic) =>
        {
            cookie.Cookie.Name = "__Secure-clinic";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(clinic.Value.IdleMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/clinic/sign-in";
            cookie.LogoutPath = "/clinic/sign-out";
            cookie.AccessDeniedPath = "/clinic/account/two-step";
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The stamp check rebuilds the principal every minute from the database, which drops how the member signed
            // in; keep the amr claims, or a member signed in with both factors would lose access after a minute.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
                {
                    foreach (var amr in current.FindAll("amr").Where(c => !identity.HasClaim("amr", c.Value)))
                    {
                        identity.AddClaim(new Claim("amr", amr.Value));
                    }
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ClinicPolicies.PasswordOnly, p => p.RequireAuthenticatedUser().RequireClaim(ClinicPolicies.ClinicClaim))
            .AddPolicy(ClinicPolicies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(ClinicPolicies.ClinicClaim).RequireClaim("amr", "mfa"))
            .AddPolicy(ClinicPolicies.Admin, p => p.RequireAuthenticatedUser().RequireClaim(ClinicPolicies.ClinicClaim).RequireClaim("amr", "mfa").RequireRole(StaffRoles.Admin));
        services.AddScoped<StaffAccounts>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Cases.CaseWorkspace>();
        services.AddSingleton<Cases.SummaryRefreshGate>();
        services.AddSingleton<Cases.StartupSummaryRefresh>();
        services.AddHostedService(sp => sp.GetRequiredService<Cases.StartupSummaryRefresh>());
        services.AddScoped<Intake.CaseImport>();
        Admin.ClinicAdminRegistration.AddClinicAdmin(services, configuration);
        return services;
    }

    /// <summary>Maps the workspace's endpoints that are not pages: account form posts and the hand-off PDF.</summary>
    public static IEndpointRouteBuilder MapClinicWorkspace(this IEndpointRouteBuilder app)
    {
        Account.AccountEndpoints.MapClinicAccount(app);
        Handoff.HandoffEndpoints.MapHandoffDownload(app);
        return app;
    }

    /// <summary>The signed-in member a store call acts for, or null when the request is not signed in to a clinic.</summary>
    public static StaffMember? StaffMember(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClinicPolicies.ClinicClaim) is { Length: > 0 } clinic && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? new StaffMember(clinic, id)
            : null;
    }
}

/// <summary>Adds the member's clinic to their sign-in, so every query can be scoped without another lookup.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClinicPolicies.ClinicClaim, user.ClinicId));
        identity.AddClaim(new Claim(ClinicPolicies.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
