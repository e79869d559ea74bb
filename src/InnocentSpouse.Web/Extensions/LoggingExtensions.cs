using Serilog;
using Serilog.Events;

namespace InnocentSpouse.Web.Extensions;

/// <summary>Serilog from configuration, and request logging that never records what a user typed.</summary>
public static class LoggingExtensions
{
    /// <summary>
    /// Serilog reads levels and sinks from the <c>Serilog</c> configuration section. Sinks registered in DI
    /// (tests use this to capture output) are added too.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: the static Log.Logger is never set, so several hosts in one process
        // (the test suite) each keep their own logger.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request with method, path (never the query string), status and time.
    /// Form values, query strings, headers and cookies are not recorded: answers and dates can travel in them.
    /// </summary>
    public static IApplicationBuilder UseSafeRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                  || context.Request.Path.StartsWithSegments("/ping", StringComparison.OrdinalIgnoreCase) ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
}
