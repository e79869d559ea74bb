using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Tests.Shared;

/// <summary>
/// Hosts the real app (real Program.cs, real database engine) with its own throwaway database.
/// Call <c>UseKestrel(0)</c> before the first request to serve it on a real 127.0.0.1 port for a browser.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = new();

    /// <summary>The app's clock, e.g. a <see cref="ManualClock"/>; the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Serilog:WriteTo:0:Name", "Console");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropAsync();
        GC.SuppressFinalize(this);
    }
}
