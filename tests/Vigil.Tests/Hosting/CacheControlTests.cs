using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Hosting;

/// <summary>Answers that carry records, confidential fields or tokens must not be kept by browser or proxy caches.</summary>
public sealed class CacheControlTests
{
    [Fact]
    public async Task SignedInPagesAndApi_EveryAnswer_IsNoStoreButStaticFilesAreNot()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Cache check", asOf = "2026-09-30" }, ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString();
        Assert.True(created.Headers.CacheControl?.NoStore);

        foreach (var path in new[] { $"/api/v1/assessments/{id}", $"/assessments/{id}/edit", $"/assessments/{id}", "/api/v1/admin/audit" })
        {
            using var response = await server.Client.GetAsync(path, ct);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} answered {(int)response.StatusCode} without no-store");
        }

        using var anonymous = new HttpClient { BaseAddress = server.Address };
        using var token = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "analyst@test.example", password = TestServer.Password }, ct);
        token.EnsureSuccessStatusCode();
        Assert.True(token.Headers.CacheControl?.NoStore);

        using var style = await server.Client.GetAsync("/css/site.css", ct);
        style.EnsureSuccessStatusCode();
        Assert.NotEqual(true, style.Headers.CacheControl?.NoStore);
    }
}
