using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests;

/// <summary>
/// Every options class is bound with validation and checked at start: a bad value stops the app, naming the key.
/// (<c>Database</c> and <c>DataProtection</c> are read once while the app is composed, because they choose the EF Core
/// provider and the key ring's certificates; DatabaseOptions.From and KeyRing.AddInterviewDataProtection check them then,
/// the latter tested in Safety/KeyRingTests.)
/// </summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("RateLimits:PerMinute", "0")]
    [InlineData("RateLimits:ApiPerMinute", "-5")]
    [InlineData("RateLimits:ApiPerMinute", "many")]
    [InlineData("Api:MaxBodyBytes", "10")]
    [InlineData("Sessions:RetentionDays", "0")]
    [InlineData("Sessions:ShareLinkDays", "400")]
    [InlineData("Sessions:StartLinkDays", "-1")]
    [InlineData("Sessions:PurgeInterval", "00:00:00")]
    [InlineData("Sessions:PurgeInterval", "soon")]
    [InlineData("Database:Provider", "MySql")]
    public async Task BadValue_AppDoesNotStart_AndTheMessageNamesTheKey(string key, string value)
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string> { [key] = value } };

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(key, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodValues_AppStarts()
    {
        await using var app = new AppFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["RateLimits:PerMinute"] = "5", ["RateLimits:ApiPerMinute"] = "7", ["Api:MaxBodyBytes"] = "2048",
                ["Sessions:ShareLinkDays"] = "3", ["Sessions:PurgeInterval"] = "00:30:00",
            },
        };

        var response = await app.CreateClient().GetAsync(new Uri("/ping", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
