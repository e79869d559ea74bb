namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// <c>GET /ping</c>: a trivial liveness answer ("pong", text/plain) that touches no database, session,
/// antiforgery or rendering. It is the baseline the interview load benchmark (bench/run-interview-load.sh)
/// compares against: the same server and middleware, without the page work. Use <c>/health</c> for a
/// check that opens the database.
/// </summary>
public static class PingEndpoint
{
    /// <summary>Maps <c>GET /ping</c>.</summary>
    public static IEndpointRouteBuilder MapPing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ping", () => Results.Text("pong", "text/plain"));
        return app;
    }
}
