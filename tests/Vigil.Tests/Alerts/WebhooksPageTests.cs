using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts.Notifications;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>/alerts/webhooks: admins list, add (secret shown once), disable and delete (after a tick); others get 403.</summary>
public sealed class WebhooksPageTests
{
    [Fact]
    public async Task Get_Admin_ListsWebhooksEncodedAndNonAdminForbidden()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;
        await WebhookAdminTests.AddAsync(admin, "https://example.org/hook?team=<b>ops</b>");
        await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct); // one pending delivery

        var page = await admin.GetStringAsync("/alerts/webhooks", ct);

        Assert.Contains("id=\"webhook-list\"", page, StringComparison.Ordinal);
        Assert.Contains("https://example.org/hook?team=&lt;b&gt;ops&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>ops</b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("a-long-shared-secret-for-tests", page, StringComparison.Ordinal);
        Assert.Contains("class=\"status-badge delivery-pending\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/alerts/webhooks\"", await admin.GetStringAsync("/alerts/rules", ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/alerts/webhooks\"", await admin.GetStringAsync("/alerts", ct), StringComparison.Ordinal);
        using var forbidden = await server.Client.GetAsync("/alerts/webhooks", ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var refused = await forbidden.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("example.org/hook", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/alerts/webhooks\"", await server.Client.GetStringAsync("/alerts", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAdd_NonHttpUrl_RejectedWithErrorNamingTheField()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await BrowserAsync(server);
        var ct = TestContext.Current.CancellationToken;

        using var response = await PostFormAsync(browser, "Add", new() { ["Input.Url"] = "ftp://example.org/hook" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("id=\"webhook-url-error\">Webhook URL: enter an absolute http:// or https:// address", page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"webhook-url-error\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"ftp://example.org/hook\"", page, StringComparison.Ordinal);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        Assert.False(await db.Set<WebhookSubscription>().AnyAsync(ct));
    }

    [Fact]
    public async Task PostAdd_ValidUrl_SecretShownOnceThenDisableAndConfirmedDelete()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await BrowserAsync(server);
        var ct = TestContext.Current.CancellationToken;

        using var added = await PostFormAsync(browser, "Add", new() { ["Input.Url"] = "https://example.org/hook" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.True(added.Headers.CacheControl?.NoStore);
        var page = await added.Content.ReadAsStringAsync(ct);
        var shown = Regex.Match(page, "id=\"webhook-secret\" class=\"secret-value\" type=\"text\" readonly value=\"([^\"]+)\"").Groups[1].Value;
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var webhook = await db.Set<WebhookSubscription>().AsNoTracking().SingleAsync(ct);
        Assert.Equal(webhook.Secret, shown);
        Assert.Contains("shown only this once", page, StringComparison.Ordinal);
        Assert.DoesNotContain(shown, await browser.GetStringAsync("/alerts/webhooks", ct), StringComparison.Ordinal);

        using var disabled = await PostFormAsync(browser, "Disable", new() { ["id"] = webhook.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False((await db.Set<WebhookSubscription>().AsNoTracking().SingleAsync(ct)).Enabled);

        using var unconfirmed = await PostFormAsync(browser, "Delete", new() { ["id"] = webhook.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("tick the confirmation box", await unconfirmed.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.True(await db.Set<WebhookSubscription>().AnyAsync(ct));

        using var deleted = await PostFormAsync(browser, "Delete", new() { ["id"] = webhook.Id.ToString(), ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await db.Set<WebhookSubscription>().AnyAsync(ct));
        Assert.Contains("Webhook deleted", await browser.GetStringAsync("/alerts/webhooks", ct), StringComparison.Ordinal);
    }

    /// <summary>An admin client that keeps cookies (the antiforgery cookie), as a browser does.</summary>
    private static Task<HttpClient> BrowserAsync(TestServer server) => server.BrowserForAsync("admin@test.example", "admin");

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string handler, Dictionary<string, string> fields) =>
        browser.PostFormAsync("/alerts/webhooks", handler, fields);
}
