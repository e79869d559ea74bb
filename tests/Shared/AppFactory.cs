using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InnocentSpouse.Tests.Shared;

/// <summary>
/// Hosts the real app (real Program.cs, real database engine) with its own throwaway database and a fixed clock.
/// Call <c>UseKestrel(0)</c> before the first request to serve it on a real 127.0.0.1 port for a browser.
/// </summary>
/// <remarks>
/// The clock is pinned: a <see cref="ManualClock"/> at <see cref="ManualClock.DefaultNow"/> unless the test sets
/// another. A host whose clock is still <see cref="TimeProvider.System"/> refuses to start, so no test reads the real
/// date by accident (tests/InnocentSpouse.Web.Tests/Architecture/ClockReadTests.cs).
/// </remarks>
public class AppFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = new();

    /// <summary>
    /// The app's clock: a <see cref="ManualClock"/> at <see cref="ManualClock.DefaultNow"/> by default. Null leaves the app's
    /// own registration, which only a test of the <c>Testing:FixedUtcNow</c> hook (with <see cref="Settings"/>) wants.
    /// </summary>
    public TimeProvider? Clock { get; init; } = new ManualClock();

    /// <summary>The hosting environment: "Production", as deployed, unless a test needs another.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>Extra configuration, e.g. <c>Testing:FixedUtcNow</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The app's "today" (U.S. Eastern) at the clock's current instant: the as-of date to expect in results.</summary>
    public DateOnly Today => Web.Time.AppToday.DateOf(Services.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>The app's clock's current instant (e.g. for an authenticator code the app will accept now).</summary>
    public DateTimeOffset Now => Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>Extra test services (e.g. an <c>IStartupFilter</c> that adds a test-only route), applied after the app's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Serilog:WriteTo:0:Name", "Console");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every in-process request comes from one address, so the API's per-address limit is lifted for tests that
        // send many; the rate-limit tests lower it again (Settings or WithWebHostBuilder).
        builder.UseSetting("RateLimits:ApiPerMinute", "1000000");
        // Likewise the clinic sign-in pages' limit (tests sign in many times); the clinic rate-limit test lowers it.
        builder.UseSetting("RateLimits:SignInPerMinute", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (TestServices is { } testServices)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (ReferenceEquals(host.Services.GetRequiredService<TimeProvider>(), TimeProvider.System))
        {
            host.Dispose();
            throw new InvalidOperationException("A test host is running on the system clock. Give AppFactory a fixed Clock (ManualClock).");
        }

        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropAsync();
        GC.SuppressFinalize(this);
    }
}
