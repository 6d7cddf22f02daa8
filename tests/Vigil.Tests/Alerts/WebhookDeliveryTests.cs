using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Alerts.Notifications;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>Webhooks: admin-only configuration, secret encrypted at rest, signed payloads, retries with exponential back-off on a fake clock.</summary>
public sealed class WebhookDeliveryTests
{
    private const string Secret = "a-long-shared-secret-for-tests";

    [Fact]
    public async Task RunAsync_ReceiverFailsTwice_RetriesWithBackOffThenDeliversSignedPayload()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            WebhookReceiver.AllowLoopback(b);
        });
        await using var receiver = await WebhookReceiver.StartAsync(failures: 2);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;
        (await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = receiver.Url.ToString(), secret = Secret }, ct)).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromSeconds(1));
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", clock.GetUtcNow().UtcDateTime);
        var deliver = server.Services.GetRequiredService<DeliverWebhooks>();

        var first = await deliver.RunAsync(ct);
        Assert.Equal((1, 0, 1), (first.Queued, first.Delivered, first.Failed));
        await deliver.RunAsync(ct);
        Assert.Equal(1, receiver.Attempts); // not due yet: the first retry waits one minute
        clock.Advance(TimeSpan.FromMinutes(1));
        await deliver.RunAsync(ct);
        Assert.Equal(2, receiver.Attempts);
        clock.Advance(TimeSpan.FromMinutes(1));
        await deliver.RunAsync(ct);
        Assert.Equal(2, receiver.Attempts); // the second retry waits two minutes
        clock.Advance(TimeSpan.FromMinutes(1));
        var last = await deliver.RunAsync(ct);
        Assert.Equal((3, 1), (receiver.Attempts, last.Delivered));

        var post = Assert.Single(receiver.Posts);
        Assert.True(WebhookSignature.Verify(Secret, post.Body, post.Signature));
        Assert.False(WebhookSignature.Verify("another-secret-entirely", post.Body, post.Signature));
        var payload = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal((alert.Id.ToString(), "high", "new"), (payload.GetProperty("id").GetString(), payload.GetProperty("severity").GetString(), payload.GetProperty("status").GetString()));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var delivery = await db.Set<WebhookDelivery>().SingleAsync(ct);
        Assert.Equal((3, clock.GetUtcNow().UtcDateTime), (delivery.Attempts, delivery.DeliveredAt));
    }

    [Fact]
    public void BackOff_EachFailure_DoublesTheWait()
    {
        Assert.Equal([1, 2, 4, 8, 16], Enumerable.Range(1, 5).Select(n => WebhookDelivery.BackOff(n).TotalMinutes));
    }

    [Fact]
    public async Task Webhooks_NonAdmin_ForbiddenAndSecretEncryptedAtRest()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.GetAsync("/api/v1/alerts/webhooks", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = "https://example.org/hook", secret = Secret }, ct)).StatusCode);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        (await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = "https://example.org/hook", secret = Secret }, ct)).EnsureSuccessStatusCode();
        using var tooShort = await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = "https://example.org/hook", secret = "short" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);

        var listed = await admin.GetStringAsync("/api/v1/alerts/webhooks", ct);
        Assert.Contains("https://example.org/hook", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, listed, StringComparison.Ordinal);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Secret\" AS \"Value\" FROM webhook_subscriptions").SingleAsync(ct);
        Assert.NotEqual(Secret, stored);
        Assert.Equal(Secret, (await db.Set<WebhookSubscription>().SingleAsync(ct)).Secret);
    }
}
