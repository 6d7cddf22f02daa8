using System.Net;
using System.Net.Http.Json;
using Vigil.App.Hosting;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Hosting;

/// <summary>Behind a reverse proxy the sign-in rate limit counts per client (X-Forwarded-For), and only when the proxy is trusted.</summary>
public sealed class TrustedProxiesTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.0.0.0/8", false)]
    [InlineData(null, true)]
    public async Task SignInRateLimit_ClientsBehindOneProxy_CountedPerForwardedAddressOnlyFromATrustedProxy(string? trusted, bool limited)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            b.Configuration["Vigil:SignInAttemptsPerMinute"] = "3";
            b.Configuration[TrustedProxies.Setting] = trusted;
        });
        using var proxy = new HttpClient { BaseAddress = server.Address };
        var statuses = new List<HttpStatusCode>();
        for (var client = 1; client <= 5; client++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { email = "nobody@test.example", password = "x" }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{client}");
            request.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await proxy.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }
        Assert.Equal(limited, statuses.Contains(HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Start_TrustedProxyNotAnAddress_FailsNamingTheSetting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestServer.StartAsync(TestStore.Sqlite(), b => b.Configuration[TrustedProxies.Setting] = "proxy.example"));
        Assert.Contains(TrustedProxies.Setting, error.ToString(), StringComparison.Ordinal);
    }
}
