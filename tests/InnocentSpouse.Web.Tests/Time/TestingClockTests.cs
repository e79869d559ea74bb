using System.Globalization;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Time;

/// <summary>The test hook <c>Testing:FixedUtcNow</c> (docs/security.md, "Test hooks"): honored only in the Testing environment.</summary>
public sealed class TestingClockTests
{
    private static IConfiguration Config(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(value is null ? [] : [new KeyValuePair<string, string?>(TestingClock.Key, value)])
        .Build();

    [Fact]
    public void From_NotSet_IsNullInEveryEnvironment()
    {
        Assert.Null(TestingClock.From(Config(null), "Production"));
        Assert.Null(TestingClock.From(Config(""), "Testing"));
    }

    [Theory]
    [InlineData("2027-01-01T03:00:00Z", "2027-01-01T03:00:00+00:00")]
    [InlineData("2026-12-31T22:00:00-05:00", "2027-01-01T03:00:00+00:00")]
    [InlineData("2026-06-15T12:00:00.5Z", "2026-06-15T12:00:00.5000000+00:00")]
    public void From_InstantWithOffsetInTesting_IsThatInstantInUtc(string value, string expected)
    {
        var instant = TestingClock.From(Config(value), "Testing");

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant!.Value.Offset);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    [InlineData("Staging")]
    [InlineData("testing")]
    public void From_SetOutsideTheTestingEnvironment_RefusesToStart(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestingClock.From(Config("2026-06-15T12:00:00Z"), environment));

        Assert.Contains(TestingClock.Key, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{environment}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-06-15T12:00:00")]
    [InlineData("2026-06-15")]
    [InlineData("June 15, 2026")]
    [InlineData("2026-13-01T00:00:00Z")]
    public void From_NoOffsetOrNotAnInstant_RefusesToStart(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestingClock.From(Config(value), "Testing"));

        Assert.Contains("2026-06-15T12:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_FixedUtcNowInTesting_RunsAtThatInstantAndItsNewYorkDay()
    {
        await using var app = new AppFactory
        {
            Clock = null,
            Environment = TestingClock.Environment,
            Settings = new Dictionary<string, string>(StringComparer.Ordinal) { [TestingClock.Key] = "2027-01-01T03:00:00Z" },
        };

        Assert.Equal("FixedClock", app.Services.GetRequiredService<TimeProvider>().GetType().Name);
        Assert.Equal(new DateOnly(2026, 12, 31), app.Services.GetRequiredService<AppToday>().Date);
    }

    [Fact]
    public async Task App_FixedUtcNowInProduction_RefusesToStart()
    {
        await using var app = new AppFactory
        {
            Clock = null,
            Settings = new Dictionary<string, string>(StringComparer.Ordinal) { [TestingClock.Key] = "2027-01-01T03:00:00Z" },
        };

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(TestingClock.Key, error.ToString(), StringComparison.Ordinal);
    }
}
