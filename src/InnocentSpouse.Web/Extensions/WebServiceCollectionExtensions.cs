using InnocentSpouse.Data;

namespace InnocentSpouse.Web.Extensions;

/// <summary>The web app's own registrations.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Data Protection keys live in the database, so antiforgery tokens and protected cookies survive a restart
    /// and are shared by every instance (encrypted to a certificate when one is configured: <see cref="KeyRing"/>);
    /// a health check that opens the database; ProblemDetails for the API; the one "today" (<see cref="Time.AppToday"/>).
    /// </summary>
    public static IServiceCollection AddInterviewServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInterviewDataProtection(configuration);
        services.AddHealthChecks().AddDbContextCheck<InterviewDbContext>("database");
        services.AddProblemDetails();
        services.AddSingleton<Time.AppToday>();
        services.AddScoped<Interview.InterviewService>();
        services.AddSingleton<Sessions.InterviewCookie>();
        services.AddSingleton<Sessions.SessionPurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<Sessions.SessionPurgeService>());
        return services;
    }
}
