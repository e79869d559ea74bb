using System.Globalization;
using System.Text.Json;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Extensions;
using InnocentSpouse.Web.Clinic;
using InnocentSpouse.Web.Clinic.Account;
using InnocentSpouse.Web.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Benchmarks;

/// <summary>What the clinic load driver needs to sign in and browse (bench/run-clinic-load.sh): written as JSON.</summary>
/// <param name="ClinicId">The clinic.</param>
/// <param name="Password">Every staff account's password.</param>
/// <param name="Staff">The accounts: id, email and base32 authenticator key.</param>
/// <param name="CaseIds">Every case's id.</param>
public sealed record ClinicSeedFile(string ClinicId, string Password, IReadOnlyList<SeededStaff> Staff, IReadOnlyList<string> CaseIds);

/// <summary>One seeded staff account.</summary>
public sealed record SeededStaff(string Id, string Email, string AuthenticatorKey);

/// <summary>
/// <c>clinic-seed --connection "Data Source=…" --out seed.json --now 2026-12-03T22:00:00Z [--cases 2000] [--staff 20] [--seed 1]</c>: creates
/// one clinic in a database (migrating it first) through the app's own services, as the published app will read it:
/// the Data Protection key ring in the same database ("InnocentSpouse"), <see cref="StaffAccounts"/> for the clinic and
/// roles, Identity for the accounts (password, authenticator key, second factor on; the first is the admin), and
/// <see cref="ClinicCases.CreateAsync"/> for the cases, each summary from <see cref="CaseScreening"/> as the app makes
/// it. The cases vary as a clinic's would: five answer tables (tests/Shared/Truths.cs), one to three tax years, a first
/// collection action from 0 to 800 days ago, zero to two letters from the last 150 days, every status, mostly assigned,
/// some with abuse disclosed. SQLite only (the bench's database).
/// </summary>
public static class ClinicSeed
{
    private static readonly string[] FirstNames = ["Maria", "Ana", "Rosa", "Linda", "Patricia", "Jennifer", "Carmen", "Aisha", "Mei", "Olga", "James", "Robert", "Luis", "David", "Carlos", "Kevin"];
    private static readonly string[] LastNames = ["Garcia", "Smith", "Johnson", "Lopez", "Nguyen", "Brown", "Martinez", "Davis", "Hernandez", "Wilson", "Kim", "Patel", "Rivera", "Moore", "Clark", "Lewis"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly DeadlineEventType[] LetterTypes =
        [DeadlineEventType.NoticeOfDeficiency, DeadlineEventType.PreliminaryDetermination, DeadlineEventType.FinalDetermination, DeadlineEventType.CdpLevyNotice, DeadlineEventType.Letter4390];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? connection = null;
        string? output = null;
        DateTimeOffset? now = null;
        int cases = 2000, staffCount = 20, seed = 1;
        var rulesRevision = CaseScreening.RulesRevision;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--connection": connection = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                case "--now": now = DateTimeOffset.Parse(args[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal); break;
                case "--cases": cases = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--staff": staffCount = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rules-revision": rulesRevision = args[i + 1]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (connection is null || output is null || now is null)
        {
            await Console.Error.WriteLineAsync("Usage: clinic-seed --connection \"Data Source=path.db\" --out seed.json --now 2026-12-03T22:00:00Z [--cases 2000] [--staff 20] [--seed 1] [--rules-revision \"old rules\" (summaries stored as if computed under other rules: the app recomputes them)]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        // The instant the script passes (the server's real "now"): the summaries are computed as of the day the server
        // will count days left from, and nothing here reads the clock itself.
        services.AddSingleton<TimeProvider>(new FixedClock(now.Value));
        services.AddInterviewData(configuration, Directory.GetCurrentDirectory());
        // The app's own key ring registration (same application name, keys in the database, the same certificate if
        // the configuration names one), so the published app can unwrap the clinic key made here.
        services.AddInterviewDataProtection(configuration);
        services.AddClinicWorkspace(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateInterviewDatabaseAsync();

        var random = new Random(seed);
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var accounts = sp.GetRequiredService<StaffAccounts>();
        await accounts.EnsureRolesAsync();
        var clinic = await accounts.CreateClinicAsync("Load test clinic");
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        const string password = "load test password, long enough";
        var staff = new List<SeededStaff>();
        for (var n = 1; n <= staffCount; n++)
        {
            var email = $"staff{n.ToString(CultureInfo.InvariantCulture)}@load.test";
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, ClinicId = clinic.Id, DisplayName = $"Volunteer {n.ToString(CultureInfo.InvariantCulture)}" };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, n == 1 ? StaffRoles.Admin : StaffRoles.Volunteer));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            staff.Add(new SeededStaff(user.Id, email, await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.")));
        }

        var store = sp.GetRequiredService<ClinicCases>();
        var member = new StaffMember(clinic.Id, staff[0].Id);
        var today = AppToday.DateOf(now.Value);
        var tables = Truths.All();
        var statuses = Enum.GetValues<CaseStatus>();
        var ids = new List<string>(cases);
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var n = 0; n < cases; n++)
        {
            var years = Enumerable.Range(2019 + random.Next(4), 1 + random.Next(3)).ToArray();
            var truth = new Dictionary<string, string>(tables[random.Next(tables.Count)].Answers, StringComparer.Ordinal)
            {
                ["first-collection-date"] = today.AddDays(-random.Next(0, 800)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var letters = Enumerable.Range(0, random.Next(3))
                .Select(_ => new CaseLetter(LetterTypes[random.Next(LetterTypes.Length)], today.AddDays(-random.Next(0, 150)), years[0]))
                .ToList();
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var contact = new SafeContact(Safety(random), Safety(random), Safety(random), Safety(random), random.Next(3) == 0 ? "PO Box 100" : "",
                random.Next(3) == 0 ? "es" : "en", random.Next(5) == 0);
            var detail = new CaseDetail($"{first} {last}", 1950 + random.Next(50), $"{FirstNames[random.Next(FirstNames.Length)]} {last}", null, contact, Answers(truth, years), letters);
            var label = $"{first[0]}.{last[0]}. {(n + 1).ToString("0000", CultureInfo.InvariantCulture)}";
            var summary = CaseScreening.Of(detail, today).Summary(label, detail);
            var status = statuses[random.Next(statuses.Length)];
            var assigned = random.Next(10) == 0 ? null : staff[random.Next(staff.Count)].Id;
            ids.Add(await store.CreateAsync(member, status, assigned, rulesRevision, summary, detail));
        }

        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new ClinicSeedFile(clinic.Id, password, staff, ids), Json));
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeded 1 clinic, {staff.Count} staff, {ids.Count} cases in {started.Elapsed.TotalSeconds:0.0} s (as of {today:yyyy-MM-dd})."));
        return 0;
    }

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }

    private static ContactSafety Safety(Random random) => (ContactSafety)random.Next(3);

    /// <summary>A truth table as answers for the years (as tests/Shared/ExpectedResults.AnswersFor does).</summary>
    private static ScreeningAnswers Answers(Dictionary<string, string> truth, int[] years)
    {
        var answers = ScreeningAnswers.ForYears(years);
        foreach (var (key, value) in truth.Where(a => !a.Key.Contains(':', StringComparison.Ordinal)))
        {
            var question = QuestionCatalog.All.Single(q => q.Key.Value == key);
            answers = question.Scope == QuestionScope.Household
                ? answers.WithHousehold(key, value)
                : years.Aggregate(answers, (a, y) => a.WithYear(y, key, value));
        }

        return answers;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
