using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// Refuses a <see cref="ProxyTrustOptions"/> entry that is not exactly an IP address or a CIDR range, so a typo stops
/// the start with a message naming the entry instead of silently trusting nothing (or something else).
/// </summary>
public sealed class ProxyTrustOptionsValidator : IValidateOptions<ProxyTrustOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ProxyTrustOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var proxy in options.KnownProxies)
        {
            if (TryParseAddress(proxy) is null)
            {
                failures.Add($"{ProxyTrustOptions.Section}:KnownProxies: '{proxy}' is not an IP address (for example 10.0.0.5 or ::1).");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (TryParseNetwork(network) is null)
            {
                failures.Add($"{ProxyTrustOptions.Section}:KnownNetworks: '{network}' is not a CIDR range with no host bits set (for example 10.0.0.0/24 or fd00::/8).");
            }
        }

        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add($"{ProxyTrustOptions.Section}:ForwardLimit must be between 1 and 10 (the number of proxies in front of the app); it is {options.ForwardLimit}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// The address, or null. Stricter than <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>: an IPv4 address needs
    /// all four parts (".NET reads <c>10.0.5</c> as 10.0.0.5").
    /// </summary>
    public static IPAddress? TryParseAddress(string? text)
    {
        var trimmed = text?.Trim();
        if (!IPAddress.TryParse(trimmed, out var address))
        {
            return null;
        }

        return address.AddressFamily != AddressFamily.InterNetwork || trimmed!.Count(c => c == '.') == 3 ? address : null;
    }

    /// <summary>The range, or null when the text is not <c>address/prefix</c> with a full address and no host bits set.</summary>
    public static IPNetwork? TryParseNetwork(string? text)
    {
        var trimmed = text?.Trim();
        var slash = trimmed?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0 || TryParseAddress(trimmed![..slash]) is not { } address || !IPNetwork.TryParse(trimmed, out var network))
        {
            return null;
        }

        // .NET accepts 10.0.0.1/8 and reads it as 10.0.0.0/8; an operator who wrote it may have meant 10.0.0.1/32.
        return network.BaseAddress.Equals(address) ? network : null;
    }
}
