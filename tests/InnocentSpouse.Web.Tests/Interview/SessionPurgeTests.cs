using InnocentSpouse.Data;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Interview;

public sealed class SessionPurgeTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new();
    private readonly ManualClock _clock = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Purge_HostedServiceRunning_DeletesOnlyExpiredSessions()
    {
        using var app = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Sessions:PurgeInterval", "00:00:00.200");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
        });
        using (var scope = app.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SessionStore>();
            await store.CreateAsync();
            _clock.Now = _clock.Now.AddDays(20);
            await store.CreateAsync();
        }

        _clock.Now = _clock.Now.AddDays(11); // the first is 31 days old, the second 11
        var remaining = -1;
        for (var i = 0; i < 100 && remaining != 1; i++)
        {
            await Task.Delay(100);
            using var scope = app.Services.CreateScope();
            remaining = await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().Sessions.CountAsync();
        }

        Assert.Equal(1, remaining);
        Assert.Equal(0, await app.Services.GetRequiredService<SessionPurgeService>().PurgeOnceAsync(CancellationToken.None));
    }
}
