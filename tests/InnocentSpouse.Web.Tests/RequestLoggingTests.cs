using System.Collections.Concurrent;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace InnocentSpouse.Web.Tests;

public sealed class RequestLoggingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    [Fact]
    public async Task Requests_WithAnswersInQueryAndForm_AreLoggedWithoutThem()
    {
        var sink = new CapturingSink();
        using var app = factory.WithWebHostBuilder(b =>
        {
            // The shipped level overrides stay; everything else is logged at every level.
            b.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
            b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink));
        });
        var client = app.CreateClient();

        await client.GetAsync(new Uri("/?letterDate=2031-07-04&name=QueryNameZebra", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "FormAnswerQuokka" });
        await client.PostAsync(new Uri("/?returnTo=answers", UriKind.Relative), form);

        var requestLines = sink.Events
            .Where(e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal))
            .Select(e => e.RenderMessage())
            .ToList();
        Assert.Contains(requestLines, line => line.StartsWith("HTTP \"GET\" \"/\"", StringComparison.Ordinal));
        Assert.Contains(requestLines, line => line.StartsWith("HTTP \"POST\" \"/\"", StringComparison.Ordinal));

        var logged = sink.Events.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Values)).ToList();
        Assert.All(logged, line =>
        {
            Assert.DoesNotContain("QueryNameZebra", line, StringComparison.Ordinal);
            Assert.DoesNotContain("2031-07-04", line, StringComparison.Ordinal);
            Assert.DoesNotContain("FormAnswerQuokka", line, StringComparison.Ordinal);
            Assert.DoesNotContain("returnTo", line, StringComparison.Ordinal);
        });
    }
}
