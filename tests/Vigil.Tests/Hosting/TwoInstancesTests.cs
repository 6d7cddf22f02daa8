using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts.Notifications;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Infrastructure;
using Vigil.Tests.Security;

namespace Vigil.Tests.Hosting;

/// <summary>
/// Two Vigil instances on one PostgreSQL database, as behind a load balancer: two in-process hosts, each with its own
/// service provider, Kestrel port and keys folder (separate data directories), so nothing but the database is shared.
/// In-process rather than two processes: the same web host `vigil serve` builds, started in seconds.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string Secret = "a-long-shared-secret-for-tests";

    [Fact]
    public async Task TwoInstances_OnePostgres_ShareSessionsTokensConfidentialFieldsAndDeliverEachWebhookOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = await TestStore.PostgresAsync();
        if (store is null)
        {
            Assert.Skip($"PostgreSQL not configured: set {TestStore.PostgresVariable}.");
        }
        var secondDirectory = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("n"));
        try
        {
            await using var first = await TestServer.StartAsync(store, WebhookReceiver.AllowLoopback);
            await using var second = await TestServer.StartAsync(store, WebhookReceiver.AllowLoopback, store.Target with { DataDirectory = secondDirectory });
            Assert.NotEqual(first.Store.Target.KeysDirectory, second.Services.GetRequiredService<DatabaseTarget>().KeysDirectory);

            // A bearer token issued by the first works on the second.
            using var onSecond = new HttpClient { BaseAddress = second.Address };
            onSecond.DefaultRequestHeaders.Authorization = new("Bearer", await first.TokenAsync("analyst@test.example", TestServer.Password));
            Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/v1/auth/me", ct)).StatusCode);

            // A session cookie issued by the first works on the second.
            var cookie = await SignInCookieAsync(first, ct);
            using var cookieOnSecond = new HttpRequestMessage(HttpMethod.Get, new Uri(second.Address, "/api/v1/auth/me"));
            cookieOnSecond.Headers.Add("Cookie", cookie);
            using var anonymous = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(cookieOnSecond, ct)).StatusCode);

            // A confidential field (the webhook's secret) written through the first reads in clear on the second.
            await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
            using var admin = await first.ClientForAsync("admin@test.example", role: Roles.Admin);
            (await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = receiver.Url.ToString(), secret = Secret }, ct)).EnsureSuccessStatusCode();
            await using (var db = await second.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
            {
                Assert.Equal(Secret, (await db.Set<WebhookSubscription>().SingleAsync(ct)).Secret);
            }

            // Alerts and a digest, delivered by both instances' notification passes at once: each reaches the receiver once.
            const int alerts = 12;
            for (var i = 0; i < alerts; i++)
            {
                await AlertSeed.AlertAsync(first.Services, "CAF", DateTime.UtcNow, admin1: $"Region {i}");
            }
            var jobs = new[] { first, second }.Select(s => ActivatorUtilities.CreateInstance<AlertNotificationJob>(s.Services)).ToList();
            for (var round = 0; round < 3; round++)
            {
                await Task.WhenAll(jobs.Concat(jobs).Select(j => j.RunOnceAsync(ct)));
            }
            var kinds = receiver.Posts.Select(p => System.Text.Json.JsonDocument.Parse(p.Body).RootElement.TryGetProperty("type", out var t) ? t.GetString() : "alert").ToList();
            Assert.Equal((alerts, 1), (kinds.Count(k => k == "alert"), kinds.Count(k => k == "digest")));
            Assert.All(receiver.Posts, p => Assert.True(WebhookSignature.Verify(Secret, p.Body, p.Signature)));
            await using (var db = await first.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
            {
                Assert.Equal(1, await db.Set<AlertDigest>().CountAsync(ct));
                Assert.Equal(alerts + 1, await db.Set<WebhookDelivery>().CountAsync(d => d.DeliveredAt != null && d.Attempts == 1, ct));
            }
        }
        finally
        {
            await store.DisposeAsync();
            if (Directory.Exists(secondDirectory))
            {
                Directory.Delete(secondDirectory, recursive: true);
            }
        }
    }

    private static async Task<string> SignInCookieAsync(TestServer server, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = server.Address };
        var token = SignInTests.AntiforgeryToken(await browser.GetStringAsync("/login", ct));
        using var signIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "analyst@test.example", ["Input.Password"] = TestServer.Password, ["__RequestVerificationToken"] = token,
        }), ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        return handler.CookieContainer.GetCookieHeader(server.Address);
    }
}
