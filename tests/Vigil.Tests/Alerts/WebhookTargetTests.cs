using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Alerts.Notifications;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>
/// Where a webhook delivery may go: each post on its own (no cookies kept, no redirects followed) and, unless
/// Vigil:Webhooks:AllowPrivateAddresses, never to loopback or private addresses, whether typed or resolved.
/// </summary>
public sealed class WebhookTargetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_ReceiverSetsCookie_NoCookieSentToItOrAnotherReceiver()
    {
        var clock = NewClock();
        await using var server = await StartAsync(clock, allowPrivate: true);
        await using var setter = await WebhookReceiver.StartAsync(failures: 0, setCookie: "session=from-the-first-receiver; Path=/");
        await using var other = await WebhookReceiver.StartAsync(failures: 0);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var deliver = server.Services.GetRequiredService<DeliverWebhooks>();
        await WebhookAdminTests.AddAsync(admin, setter.Url.ToString());
        clock.Advance(TimeSpan.FromSeconds(1));
        await AlertSeed.AlertAsync(server.Services, "CAF", clock.GetUtcNow().UtcDateTime);
        await deliver.RunAsync(Ct);
        await WebhookAdminTests.AddAsync(admin, other.Url.ToString());
        clock.Advance(TimeSpan.FromSeconds(1));
        await AlertSeed.AlertAsync(server.Services, "MLI", clock.GetUtcNow().UtcDateTime);

        await deliver.RunAsync(Ct);

        Assert.Equal((2, 1), (setter.Posts.Count, other.Posts.Count));
        Assert.All(setter.Posts.Concat(other.Posts), p => Assert.Null(p.Cookie));
    }

    [Fact]
    public async Task RunAsync_ReceiverAnswers307_NotFollowedAndFailedWithItsStatus()
    {
        var clock = NewClock();
        await using var server = await StartAsync(clock, allowPrivate: true);
        await using var target = await WebhookReceiver.StartAsync(failures: 0);
        await using var redirecting = await WebhookReceiver.StartAsync(failures: 0, redirectTo: target.Url);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        await WebhookAdminTests.AddAsync(admin, redirecting.Url.ToString());
        clock.Advance(TimeSpan.FromSeconds(1));
        await AlertSeed.AlertAsync(server.Services, "CAF", clock.GetUtcNow().UtcDateTime);

        var pass = await server.Services.GetRequiredService<DeliverWebhooks>().RunAsync(Ct);

        Assert.Equal((0, 1), (pass.Delivered, pass.Failed));
        Assert.Equal((1, 0), (redirecting.Attempts, target.Attempts));
        var delivery = await SingleDeliveryAsync(server);
        Assert.Equal((307, (DateTime?)null), (delivery.LastStatusCode, delivery.DeliveredAt));
        Assert.Contains("redirects are not followed", delivery.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_HostResolvingToLoopback_RefusedUnlessPrivateAddressesAllowed(bool allowPrivate)
    {
        var clock = NewClock();
        await using var server = await StartAsync(clock, allowPrivate);
        await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
        // Stored directly: a name that resolves to loopback passes the check on save (only literals are checked
        // there, and DNS can change after); the check at delivery is what stops it.
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(Ct))
        {
            db.Add(WebhookSubscription.Create($"http://localhost:{receiver.Url.Port}/hook", "a-long-shared-secret-for-tests", clock.GetUtcNow().UtcDateTime, "test"));
            await db.SaveChangesAsync(Ct);
        }
        clock.Advance(TimeSpan.FromSeconds(1));
        await AlertSeed.AlertAsync(server.Services, "CAF", clock.GetUtcNow().UtcDateTime);

        var pass = await server.Services.GetRequiredService<DeliverWebhooks>().RunAsync(Ct);

        var delivery = await SingleDeliveryAsync(server);
        if (allowPrivate)
        {
            Assert.Equal((1, 1), (pass.Delivered, receiver.Posts.Count));
            return;
        }
        Assert.Equal((0, 1, 0), (pass.Delivered, pass.Failed, receiver.Attempts));
        Assert.Null(delivery.LastStatusCode);
        Assert.Contains("Vigil:Webhooks:AllowPrivateAddresses", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LiteralPrivateAddress_RefusedUnlessAllowed()
    {
        string[] urls = ["http://127.0.0.1:9/hook", "http://localhost/hook", "https://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data",
            "https://[fd00::1]/hook", "http://[::ffff:192.168.0.1]/hook"];
        await using var server = await StartAsync(NewClock(), allowPrivate: false);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        await using var allowing = await StartAsync(NewClock(), allowPrivate: true);
        using var allowingAdmin = await allowing.ClientForAsync("admin@test.example", role: "admin");

        foreach (var url in urls)
        {
            using var refused = await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url }, Ct);
            using var allowed = await allowingAdmin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url }, Ct);

            Assert.Equal((url, HttpStatusCode.BadRequest, HttpStatusCode.Created), (url, refused.StatusCode, allowed.StatusCode));
            Assert.Contains("cannot target a loopback, private or link-local address", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        using var publicHost = await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = "https://example.org/hook" }, Ct);
        Assert.Equal(HttpStatusCode.Created, publicHost.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("100.127.255.255", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fc00::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("172.15.255.255", false)]
    [InlineData("100.63.255.255", false)]
    [InlineData("100.128.0.1", false)]
    [InlineData("192.169.0.1", false)]
    [InlineData("2001:4860:4860::8888", false)]
    [InlineData("::ffff:8.8.8.8", false)]
    public void IsPrivate_Address_TrueForLoopbackPrivateLinkLocalCgnatAndUnspecified(string address, bool expected)
    {
        Assert.Equal(expected, WebhookTargetGuard.IsPrivate(IPAddress.Parse(address)));
    }

    private static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    private static Task<TestServer> StartAsync(FakeTimeProvider clock, bool allowPrivate) =>
        TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            if (allowPrivate)
            {
                WebhookReceiver.AllowLoopback(b);
            }
        });

    private static async Task<WebhookDelivery> SingleDeliveryAsync(TestServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(Ct);
        return await db.Set<WebhookDelivery>().SingleAsync(Ct);
    }
}
