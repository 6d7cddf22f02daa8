using System.Net;
using System.Net.Http.Headers;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Api;

/// <summary>An address that matches nothing: browsers get the site's page, the API and JSON clients a ProblemDetails.</summary>
public sealed class NotFoundAnswerTests
{
    [Theory]
    [InlineData("/no-such-page", "text/html", "text/html")]
    [InlineData("/no-such-page", null, "text/html")]
    [InlineData("/no-such-page", "application/json", "application/problem+json")]
    [InlineData("/api/v1/no-such-route", "text/html", "text/plain")] // never the page; the ProblemDetails writer declines a client taking only HTML
    [InlineData("/api/v1/no-such-route", null, "application/problem+json")]
    public async Task Get_UnknownAddress_PageOrProblemByWhoAsks(string path, string? accept, string answered)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, answered), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        if (answered == "text/html")
        {
            Assert.Contains("There is no page, country or assessment at this address.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }
}
