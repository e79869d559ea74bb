using System.Net;
using System.Text.Json;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Api;

public sealed class ApiBasicsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OpenApiDocument_Get_IsServedAsJsonWithOurTitle()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("InnocentSpouse API", doc.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownApiPath_Get_Returns404ProblemDetailsNotHtml()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(404, doc.RootElement.GetProperty("status").GetInt32());
    }
}
