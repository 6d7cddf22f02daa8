using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>The daily digest, per-user unread counts and who may step alerts on the pages.</summary>
public sealed class DigestAndUnreadTests
{
    [Fact]
    public async Task BuildDigest_MixedAges_ListsNewAndEscalatedOfLast24HoursOnly()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b => b.Services.AddSingleton<TimeProvider>(clock));
        var ct = TestContext.Current.CancellationToken;
        var old = await AlertSeed.AlertAsync(server.Services, "SSD", clock.GetUtcNow().UtcDateTime);
        var escalated = await AlertSeed.AlertAsync(server.Services, "MLI", clock.GetUtcNow().UtcDateTime, admin1: "Mopti");
        clock.Advance(TimeSpan.FromDays(2));
        await AlertSeed.StepAsync(server.Services, escalated.Id, a => a.Escalate(clock.GetUtcNow().UtcDateTime, "reviewer@test.example", "to the Special Adviser"));
        var fresh = await AlertSeed.AlertAsync(server.Services, "CAF", clock.GetUtcNow().UtcDateTime, SignalSeverity.Critical);
        clock.Advance(TimeSpan.FromHours(3));

        var digest = await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct);

        Assert.Equal((1, 1), (digest.NewAlerts, digest.EscalatedAlerts));
        Assert.Contains("## New alerts (1)", digest.Markdown, StringComparison.Ordinal);
        Assert.Contains($"**critical** Central African Republic: fatalities (2013-12 to 2013-12), new: /alerts/{fresh.Id}", digest.Markdown, StringComparison.Ordinal);
        Assert.Contains("## Escalated alerts (1)", digest.Markdown, StringComparison.Ordinal);
        Assert.Contains("Mali / Mopti: fatalities", digest.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("South Sudan", digest.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(old.Id.ToString(), digest.Markdown, StringComparison.Ordinal);
        using var reader = await server.ClientForAsync("reader@test.example"); // signed in on the advanced clock
        var page = await reader.GetStringAsync("/alerts/digest", ct);
        Assert.Contains("<h3>Escalated alerts (1)</h3>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/alerts/{fresh.Id}\">Central African Republic: surge in fatalities", page, StringComparison.Ordinal);
        using var chineseReader = await server.ClientForAsync("reader@test.example");
        var chinese = await chineseReader.GetStringAsync("/alerts/digest?culture=zh-Hans", ct);
        Assert.Contains("<h3>已上报的警报（1）</h3>", chinese, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/alerts/{fresh.Id}\">中非共和国", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildDigest_SeveritiesMixed_MostSevereFirst()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        await AlertSeed.AlertAsync(server.Services, "CAF", now, SignalSeverity.Moderate);
        await AlertSeed.AlertAsync(server.Services, "SSD", now, SignalSeverity.Critical);
        await AlertSeed.AlertAsync(server.Services, "MLI", now, SignalSeverity.High);

        var markdown = (await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct)).Markdown;

        var positions = new[] { "**critical** South Sudan", "**high** Mali", "**moderate** Central African Republic" }
            .Select(line => markdown.IndexOf(line, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal([.. positions.Order()], positions);
    }

    [Fact]
    public async Task BuildDigest_ForecastAndEventAlerts_MeasuresInWords()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        await AlertSeed.AlertAsync(server.Services, "SDN", now, measure: Vigil.Forecasting.WatchlistChange.Top10);
        await AlertSeed.AlertAsync(server.Services, "CAF", now, measure: "civilian_deaths");

        var markdown = (await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct)).Markdown;

        Assert.Contains("Sudan: entered the forecast top 10", markdown, StringComparison.Ordinal);
        Assert.Contains("Central African Republic: civilian deaths", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("forecast top10", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadCount_OneUserOpensAlert_OnlyTheirCountDrops()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var first = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        await AlertSeed.AlertAsync(server.Services, "SSD", DateTime.UtcNow);
        using var other = await server.ClientForAsync("other@test.example");
        Assert.Equal(2, (await server.GetJsonAsync("/api/v1/alerts/unread-count")).GetProperty("unread").GetInt32());

        var inbox = await server.Client.GetStringAsync("/alerts", ct);
        Assert.Equal(2, CountOf(inbox, "unread-marker"));
        Assert.Contains("id=\"unread-badge\"", inbox, StringComparison.Ordinal);
        (await server.Client.GetAsync($"/alerts/{first.Id}", ct)).EnsureSuccessStatusCode();

        Assert.Equal(1, (await server.GetJsonAsync("/api/v1/alerts/unread-count")).GetProperty("unread").GetInt32());
        Assert.Equal(1, CountOf(await server.Client.GetStringAsync("/alerts", ct), "unread-marker"));
        Assert.Contains("\"unread\":2", await other.GetStringAsync("/api/v1/alerts/unread-count", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPage_Viewer_NoStepFormsAndApiStepForbidden()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        using var viewer = await server.ClientForAsync("viewer@test.example", role: "viewer");

        var page = await viewer.GetStringAsync($"/alerts/{alert.Id}", ct);
        Assert.DoesNotContain("handler=Acknowledge", page, StringComparison.Ordinal);
        Assert.Contains("alert-history", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/v1/alerts/{alert.Id}/acknowledge", null, ct)).StatusCode);
        Assert.Contains("handler=Acknowledge", await server.Client.GetStringAsync($"/alerts/{alert.Id}", ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.GetAsync("/alerts/rules", ct)).StatusCode);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        Assert.Contains("Escalation in event data", await admin.GetStringAsync("/alerts/rules", ct), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
