using InnocentSpouse.Data.Clinic;

namespace InnocentSpouse.Web.Clinic.Account;

/// <summary>
/// <c>dotnet run --project src/InnocentSpouse.Web -- create-clinic --name "…" --admin-email … [--base-url …]</c>:
/// creates a clinic (with its wrapped data key) and an invitation for its first admin, prints the invitation link and
/// exits; the server does not start. Program.cs runs it after the migrations.
/// </summary>
public static class CreateClinicCommand
{
    public const string Verb = "create-clinic";

    public const string DefaultBaseUrl = "http://localhost:5000";

    /// <summary>Whether the command line asks for this command.</summary>
    public static bool IsRequested(IReadOnlyList<string> args) => args is { Count: > 0 } && args[0] == Verb;

    /// <summary>Runs the command; returns the process exit code (0, or 2 for a usage error).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var name = Option(args, "--name")?.Trim();
        var email = Option(args, "--admin-email")?.Trim();
        var baseUrl = (Option(args, "--base-url") ?? DefaultBaseUrl).TrimEnd('/');
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal)
            || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"Usage: {Verb} --name \"Clinic name\" --admin-email admin@example.org [--base-url https://clinic.example.org]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var clinic = await accounts.CreateClinicAsync(name);
        var token = await accounts.InviteAsync(clinic.Id, email, StaffRoles.Admin, invitedByUserId: null);
        var days = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClinicOptions>>().Value.InvitationDays;
        await output.WriteLineAsync($"Created the clinic \"{clinic.Name}\" ({clinic.Id}).");
        await output.WriteLineAsync($"Send this link to {email}. It makes them the clinic's admin, works once, and expires in {days} days:");
        await output.WriteLineAsync($"{baseUrl}/clinic/invite/{token}");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
