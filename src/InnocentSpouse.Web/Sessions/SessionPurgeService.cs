using InnocentSpouse.Data;
using InnocentSpouse.Web.Extensions;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Sessions;

/// <summary>
/// Deletes saved sessions whose retention period has passed (<c>Sessions:RetentionDays</c>, 30 by default), and
/// expired share and start links, once at startup and then every <c>Sessions:PurgeInterval</c> (1 hour by default).
/// Expired sessions are already unreadable; this removes their rows. The delete is idempotent.
/// </summary>
public sealed class SessionPurgeService(IServiceScopeFactory scopes, IOptions<InnocentSpouse.Data.SessionOptions> options, ILogger<SessionPurgeService> logger)
    : PeriodicPurgeService(scopes, options.Value.PurgeInterval, "expired sessions and links", logger)
{
    /// <inheritdoc />
    protected override async Task<int> PurgeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SessionStore>().PurgeExpiredAsync(cancellationToken)
        + await services.GetRequiredService<LinkStore>().PurgeExpiredAsync(cancellationToken);
}
