namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers the app believes
/// (configuration section <c>ForwardedHeaders</c>). Empty by default: then no forwarded header is read from anyone,
/// loopback included, and the client is the TCP peer.
/// </summary>
public sealed class ProxyTrustOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "ForwardedHeaders";

    /// <summary>Single proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy address ranges in CIDR form, e.g. <c>10.0.0.0/24</c> or <c>fd00::/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// How many proxies stand in front of the app, so how many entries of each header are read from the right.
    /// Default 1 (one proxy); at most 10.
    /// </summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>True when at least one proxy or network is trusted.</summary>
    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
