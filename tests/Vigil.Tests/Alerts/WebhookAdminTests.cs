using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Alerts.Notifications;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Events;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>Webhook administration over the API: disable holds deliveries and queues nothing, enable resumes, delete removes, analysts are refused.</summary>
public sealed class WebhookAdminTests
{
    [Fact]
    public async Task RunAsync_DisabledWebhook_NothingQueuedOrSentUntilEnabled()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            WebhookReceiver.AllowLoopback(b);
        });
        await using var receiver = await WebhookReceiver.StartAsync(failures: 1);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;
        var id = await AddAsync(admin, receiver.Url.ToString());
        var deliver = server.Services.GetRequiredService<DeliverWebhooks>();
        clock.Advance(TimeSpan.FromSeconds(1));
        var before = await AlertSeed.AlertAsync(server.Services, "CAF", clock.GetUtcNow().UtcDateTime);
        Assert.Equal((1, 1), ((await deliver.RunAsync(ct)).Queued, receiver.Attempts)); // failed once: pending, retry in a minute

        using (var disabled = await admin.PostAsync($"/api/v1/alerts/webhooks/{id}/disable", null, ct))
        {
            Assert.False((await disabled.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("enabled").GetBoolean());
        }
        clock.Advance(TimeSpan.FromMinutes(5));
        var whileDisabled = await AlertSeed.AlertAsync(server.Services, "SSD", clock.GetUtcNow().UtcDateTime);
        var digest = await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct);
        var pass = await deliver.RunAsync(ct);

        Assert.Equal((0, 0, 0), (pass.Queued, pass.Delivered, pass.Failed));
        Assert.Equal(1, receiver.Attempts);
        var held = await DeliveriesAsync(admin, id);
        var only = Assert.Single(held);
        Assert.Equal(("pending", 1, "HTTP 500"), (only.GetProperty("status").GetString(), only.GetProperty("attempts").GetInt32(), only.GetProperty("lastError").GetString()));

        clock.Advance(TimeSpan.FromMinutes(1));
        (await admin.PostAsync($"/api/v1/alerts/webhooks/{id}/enable", null, ct)).EnsureSuccessStatusCode();
        var resumed = await deliver.RunAsync(ct);

        // The delivery held since before the pause goes out; the alert and digest made while disabled were never queued.
        Assert.Equal((0, 1), (resumed.Queued, resumed.Delivered));
        var post = Assert.Single(receiver.Posts);
        Assert.Contains(before.Id.ToString(), post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(whileDisabled.Id.ToString(), post.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(digest.Id.ToString(), post.Body, StringComparison.Ordinal);
        var delivered = Assert.Single(await DeliveriesAsync(admin, id));
        Assert.Equal(("delivered", 2), (delivered.GetProperty("status").GetString(), delivered.GetProperty("attempts").GetInt32()));
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("nextAttemptAt").ValueKind);

        clock.Advance(TimeSpan.FromMinutes(1));
        await AlertSeed.AlertAsync(server.Services, "MLI", clock.GetUtcNow().UtcDateTime);
        var after = await deliver.RunAsync(ct);
        Assert.Equal((1, 1), (after.Queued, after.Delivered));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Delete_WebhookWithDeliveries_RemovesItAndItsDeliveriesAndIsAudited(string provider)
    {
        var store = provider == EventStore.Postgres ? await TestStore.PostgresAsync() : TestStore.Sqlite();
        if (store is null)
        {
            Assert.Skip($"PostgreSQL not configured: set {TestStore.PostgresVariable}.");
        }
        await using var server = await TestServer.StartAsync(store);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;
        var id = await AddAsync(admin, "https://example.org/gone");
        var kept = await AddAsync(admin, "https://example.org/kept");
        await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct); // one pending delivery for each webhook
        Assert.Single(await DeliveriesAsync(admin, id));

        using var deleted = await admin.DeleteAsync($"/api/v1/alerts/webhooks/{id}", ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts/webhooks", ct)).EnumerateArray().ToList();
        Assert.Equal(kept, Assert.Single(listed).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/alerts/webhooks/{id}/deliveries", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/alerts/webhooks/{id}", ct)).StatusCode);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        Assert.Empty(await db.Set<WebhookDelivery>().Where(d => d.SubscriptionId == id).ToListAsync(ct));
        Assert.Single(await db.Set<WebhookDelivery>().Where(d => d.SubscriptionId == kept).ToListAsync(ct));
        var audit = await db.Set<AuditEntry>().SingleAsync(a => a.RecordType == nameof(WebhookSubscription) && a.Action == "delete", ct);
        Assert.Equal((id.ToString(), "admin@test.example"), (audit.RecordId, audit.Actor));
        Assert.Contains("https://example.org/gone", audit.Before, StringComparison.Ordinal);
        Assert.Contains("(confidential)", audit.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhookAdminApi_Analyst_ForbiddenAndNothingChanges()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;
        var id = await AddAsync(admin, "https://example.org/hook");
        var analyst = server.Client;

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/alerts/webhooks/{id}/disable", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/alerts/webhooks/{id}/enable", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.DeleteAsync($"/api/v1/alerts/webhooks/{id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/alerts/webhooks/{id}/deliveries", ct)).StatusCode);

        var webhook = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/v1/alerts/webhooks", ct)).EnumerateArray());
        Assert.True(webhook.GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/alerts/webhooks/{Guid.NewGuid()}/disable", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/alerts/webhooks/{id}/deliveries?limit=0", ct)).StatusCode);
    }

    [Fact]
    public async Task Post_NoSecret_GeneratedSecretReturnedOnceAndSignsDeliveries()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), WebhookReceiver.AllowLoopback);
        await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;

        using var created = await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = receiver.Url.ToString() }, ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("secret").GetString()!;
        Assert.True(secret.Length >= 32, secret);
        Assert.DoesNotContain(secret, await admin.GetStringAsync("/api/v1/alerts/webhooks", ct), StringComparison.Ordinal);
        await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct);
        await server.Services.GetRequiredService<DeliverWebhooks>().RunAsync(ct);
        var post = Assert.Single(receiver.Posts);
        Assert.True(WebhookSignature.Verify(secret, post.Body, post.Signature));
    }

    internal static async Task<Guid> AddAsync(HttpClient admin, string url)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url, secret = "a-long-shared-secret-for-tests" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> DeliveriesAsync(HttpClient admin, Guid id) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/webhooks/{id}/deliveries")).EnumerateArray().ToList();
}
