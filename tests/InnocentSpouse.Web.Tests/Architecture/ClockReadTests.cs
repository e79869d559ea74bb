using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Time;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Architecture;

/// <summary>
/// Tests never read the real clock (issue 10, section 7): answer tables fix dates such as a collection notice of
/// 2025-09-15, so a test that evaluated them "as of today" would change its result with the calendar. And only
/// <see cref="AppToday"/> turns the clock into the app's calendar day.
/// </summary>
public sealed class ClockReadTests
{
    /// <summary>The only files under tests/ and bench/ that may name a clock read, each with its reason. Keep it short.</summary>
    private static readonly Dictionary<string, string> AllowedInTestsAndBench = new(StringComparer.Ordinal)
    {
        ["tests/InnocentSpouse.Web.Tests/Architecture/ClockReadTests.cs"] = "holds clock reads as sample text, to prove the scanner finds them, and checks that AppFactory is not on TimeProvider.System",
        ["tests/Shared/AppFactory.cs"] = "refuses a host on TimeProvider.System, and reads the host's clock (then known to be fixed) for AppFactory.Today",
        ["bench/InnocentSpouse.LoadDriver/ClinicRun.cs"] = "the clinic load driver types the authenticator code of the real time, as the published server (on the system clock) checks it",
    };

    /// <summary>The only files under src/ that may read the clock, each with its reason.</summary>
    private static readonly Dictionary<string, string> AllowedInSource = new(StringComparer.Ordinal)
    {
        ["src/InnocentSpouse.Web/Time/AppToday.cs"] = "the app's one \"today\" (U.S. Eastern)",
        ["src/InnocentSpouse.Web/Clinic/Account/Totp.cs"] = "the authenticator code's 30-second time step (RFC 6238, UTC instant)",
        ["src/InnocentSpouse.Web/Clinic/Account/StaffAccounts.cs"] = "created, expiry and used instants of clinics and invitations (UTC)",
        ["src/InnocentSpouse.Web/Sharing/SharePage.razor"] = "compares a link's expiry instant (UTC) with now; no calendar date",
        ["src/InnocentSpouse.Data/SessionStore.cs"] = "saved and expiry instants of sessions (UTC)",
        ["src/InnocentSpouse.Data/LinkStore.cs"] = "created and expiry instants of links (UTC)",
        ["src/InnocentSpouse.Data/Clinic/ClinicCases.cs"] = "created, changed and closed instants of cases (UTC), and the retention purge's cut-off",
        ["src/InnocentSpouse.Data/Clinic/AuditLog.cs"] = "the instant of each audit line (UTC)",
        ["src/InnocentSpouse.Data/DataServiceCollectionExtensions.cs"] = "registers TimeProvider.System as the production clock",
    };

    /// <summary>Every clock read outside the allow-list, and every allow-list entry that no longer reads the clock.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<ClockRead> reads, IReadOnlyDictionary<string, string> allowed)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(allowed);
        return
        [
            .. reads.Where(r => !allowed.ContainsKey(r.File)).Select(r => $"{r}: reads the real clock; pin the date (ManualClock, asOf) instead"),
            .. allowed.Keys.Where(f => !reads.Any(r => r.File == f)).Select(f => $"{f}: on the allow-list but reads no clock; remove the entry"),
        ];
    }

    [Fact]
    public void TestsAndBench_NeverReadTheSystemClock()
    {
        var reads = ClockReads.Under(RepoPaths.Root, "tests", "bench");

        Assert.Empty(Violations(reads, AllowedInTestsAndBench));
    }

    [Fact]
    public void Source_OnlyAppTodayAndUtcInstantChecksReadTheClock()
    {
        var reads = ClockReads.Under(RepoPaths.Root, "src");

        Assert.Empty(Violations(reads, AllowedInSource));
    }

    [Theory]
    [InlineData("var today = DateOnly.FromDateTime(DateTime.UtcNow);", "DateTime.UtcNow")]
    [InlineData("var now = DateTime.Now;", "DateTime.Now")]
    [InlineData("var day = System.DateTime.Today;", "DateTime.Today")]
    [InlineData("var t = DateTimeOffset.UtcNow.AddDays(1);", "DateTimeOffset.UtcNow")]
    [InlineData("var t = DateTimeOffset.Now;", "DateTimeOffset.Now")]
    [InlineData("services.AddSingleton(TimeProvider.System);", "TimeProvider.System")]
    [InlineData("var now = clock.GetUtcNow();", "clock.GetUtcNow()")]
    [InlineData("var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();", "(expression).GetUtcNow()")]
    [InlineData("var now = _provider?.GetLocalNow();", "(expression).GetLocalNow()")]
    public void Scanner_ClockRead_IsFound(string line, string expected)
    {
        var found = ClockReads.In("sample.cs", "namespace X;\n" + line + "\n");

        Assert.Equal([new ClockRead("sample.cs", 2, expected)], found);
    }

    [Theory]
    [InlineData("private readonly ManualClock _clock = new();\nvar next = _clock.GetUtcNow().AddMonths(1);")]
    [InlineData("var clock = new ManualClock(start);\nvar now = clock.GetUtcNow();")]
    [InlineData("// DateTime.UtcNow in a comment is not a read")]
    [InlineData("/// <summary>Never uses DateTime.Now.</summary>")]
    [InlineData("var elapsed = Stopwatch.StartNew(); await Task.Delay(TimeSpan.FromSeconds(1));")]
    [InlineData("public override DateTimeOffset GetUtcNow() => Now;")]
    [InlineData("var asOf = new DateOnly(2026, 6, 15); var d = DateTime.Parse(\"2026-06-15\");")]
    public void Scanner_NoClockRead_FindsNothing(string source)
    {
        Assert.Empty(ClockReads.In("sample.cs", source));
    }

    [Fact]
    public void AllowList_ReadInAFileNotOnTheList_IsAViolation()
    {
        var reads = ClockReads.In("tests/Sample/NewTests.cs", "var today = DateOnly.FromDateTime(DateTime.UtcNow);");

        var violations = Violations(reads, AllowedInTestsAndBench);

        Assert.Equal(["tests/Sample/NewTests.cs:1: DateTime.UtcNow: reads the real clock; pin the date (ManualClock, asOf) instead",
            .. AllowedInTestsAndBench.Keys.Select(f => $"{f}: on the allow-list but reads no clock; remove the entry")], violations);
    }

    [Fact]
    public void AllowList_ReadInAListedFile_IsAllowed()
    {
        var reads = ClockReads.In("tests/Shared/AppFactory.cs", "if (ReferenceEquals(clock, TimeProvider.System))");

        Assert.Empty(Violations(reads, new Dictionary<string, string>(StringComparer.Ordinal) { ["tests/Shared/AppFactory.cs"] = "reason" }));
    }

    [Fact]
    public async Task AppFactory_Default_RunsOnTheFixedTestClockNotTheSystemClock()
    {
        await using var app = new AppFactory();

        var clock = app.Services.GetRequiredService<TimeProvider>();

        Assert.NotSame(TimeProvider.System, clock);
        Assert.IsType<ManualClock>(clock);
        Assert.Equal(ManualClock.DefaultNow, clock.GetUtcNow());
        Assert.Equal(ManualClock.DefaultToday, app.Services.GetRequiredService<AppToday>().Date);
    }

    [Fact]
    public async Task AppFactory_SystemClock_RefusesToStart()
    {
        await using var app = new AppFactory { Clock = TimeProvider.System };

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("system clock", error.ToString(), StringComparison.Ordinal);
    }

}
