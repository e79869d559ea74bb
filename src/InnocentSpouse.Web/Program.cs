using FluentValidation;
using InnocentSpouse.Data;
using InnocentSpouse.Web.Api;
using InnocentSpouse.Web.Clinic;
using InnocentSpouse.Web.Clinic.Account;
using InnocentSpouse.Web.Components;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Extensions;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Safety;
using InnocentSpouse.Web.Sessions;
using InnocentSpouse.Web.Time;

var builder = WebApplication.CreateBuilder(args);

// Serve static web assets from the build output in every environment, not only Development
// (tests run as Production). A published app has no such manifest, so this is a no-op there.
builder.WebHost.UseStaticWebAssets();

builder.AddLogging();
var fixedClock = builder.AddTestingClock();
var database = builder.Services.AddInterviewData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddInterviewServices(builder.Configuration);
builder.Services.AddInterviewApi();
builder.Services.AddRateLimits();
builder.Services.AddTransportSecurity(builder.Configuration);
builder.Services.AddSiteLocalisation(builder.Configuration);
builder.Services.AddClinicWorkspace(builder.Configuration);
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
// Static SSR only (ADR 0001, amended by issue 11): no Interactive Server, whose persisted state added about 1.2 KB
// to every page and a Data Protection operation to every request, for components none of which is interactive.
builder.Services.AddRazorComponents();
builder.Services.AddSecretFreeHtmlCompression();

var app = builder.Build();

var databaseDescription = database.Describe();
app.Logger.LogInformation("Database provider: {Database}", databaseDescription);
app.Logger.LogInformation("Today is the date in {Zone}", AppToday.ZoneSource);
if (fixedClock is { } fixedAt)
{
    app.Logger.LogWarning("TEST HOOK: {Key} fixes the clock at {FixedAt:O}. Never use this outside tests.", TestingClock.Key, fixedAt);
}

await app.Services.MigrateInterviewDatabaseAsync();
if (CreateClinicCommand.IsRequested(args))
{
    // The clinic bootstrap (README, "Clinic workspace"): prints the first admin's invitation link; no server.
    Environment.ExitCode = await CreateClinicCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

// First: the forwarded client address and scheme feed every later step (HSTS, headers, rate limits, cookies).
app.UseTransportSecurity();
app.UseSecurityHeaders();
// Before the error pages and the rate limiter, so that their answers are in the reader's language too (ADR 0011).
app.UseSiteLocalisation();
app.UseNoStore();
app.UseSafeRequestLogging();
// Only pages marked [SecretFreePage] (no antiforgery token, no code): BREACH, docs/security.md.
app.UseSecretFreeHtmlCompression();
app.UseErrorResponses();
app.UseRateLimiter();
// The clinic workspace only (its cookies are limited to /clinic): public pages carry no account.
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapPing();
app.MapInterviewApi()
    .MapScreenings()
    .MapDeadlinesApi();
app.MapQuickExit();
app.MapInterviewEndpoints();
app.MapReminderCalendar();
app.MapInterviewCalendar();
app.MapRecordDownloads();
app.MapClinicWorkspace();
app.MapRazorComponents<App>();

await app.RunAsync();

/// <summary>The entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
