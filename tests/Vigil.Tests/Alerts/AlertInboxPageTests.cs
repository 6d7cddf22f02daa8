using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Tests.Infrastructure;
using static Vigil.Tests.Infrastructure.PageText;

namespace Vigil.Tests.Alerts;

/// <summary>The inbox and an alert's page as an analyst reads them: place by name, what rose, when; a meaningful order.</summary>
public sealed class AlertInboxPageTests
{
    [Fact]
    public async Task Inbox_StoredAlerts_TitledByCountryNameMeasuresAndMonths()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        var car = await AlertSeed.AlertAsync(server.Services, "CAF", now, period: new DateOnly(2013, 12, 1), measure: "civilian_deaths");
        await AlertSeed.MergeAsync(server.Services, car.Id, new DateOnly(2014, 1, 1), "fatalities", now);
        await AlertSeed.AlertAsync(server.Services, "MLI", now, admin1: "Mopti", period: new DateOnly(2019, 3, 1), measure: "civilian_events");

        var inbox = TextOf(await server.Client.GetStringAsync("/alerts", ct));

        Assert.Contains("Central African Republic: surge in civilian deaths and fatalities, 2013-12 to 2014-01", inbox, StringComparison.Ordinal);
        Assert.Contains("Mali / Mopti: surge in attacks on civilians, 2019-03", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain(car.Title, inbox, StringComparison.Ordinal);
        var chinese = TextOf(await server.Client.GetStringAsync("/alerts?culture=zh-Hans", ct));
        Assert.Contains("中非共和国：平民死亡人数、死亡人数激增，2013-12 至 2014-01", chinese, StringComparison.Ordinal);

        var detail = await server.Client.GetStringAsync($"/alerts/{car.Id}", ct);
        var heading = Regex.Match(detail, "<h1>(.*?)</h1>", RegexOptions.Singleline);
        Assert.Equal("Central African Republic: surge in civilian deaths and fatalities, 2013-12 to 2014-01", TextOf(heading.Groups[1].Value));
        Assert.Contains("<span class=\"nowrap\">2013-12 to 2014-01</span>", heading.Value, StringComparison.Ordinal);
        Assert.Contains("<td>civilian deaths</td>", detail, StringComparison.Ordinal);
        Assert.Contains("Months: 2013-12 to 2014-01", TextOf(detail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryPage_WithAlerts_LinksToTheInboxFilteredWithTheCounts()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow, period: new DateOnly(2013, 12, 1), measure: "civilian_deaths");
        await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow, period: new DateOnly(2019, 3, 1), measure: "fatalities");

        var page = await server.Client.GetStringAsync("/countries/CAF", ct);
        Assert.Contains("<a href=\"/alerts?country=CAF\" id=\"country-alerts-link\">Alerts: 2 (2 not closed)</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("country-alerts-link", await server.Client.GetStringAsync("/countries/MLI", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_AlertsUpdatedTogether_LastUpdatedThenLatestMonthFirst()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b => b.Services.AddSingleton<TimeProvider>(clock));
        var ct = TestContext.Current.CancellationToken;
        var raisedTogether = clock.GetUtcNow().UtcDateTime;
        // One raise run: the same UpdatedAt for all; stored in an order that is neither by month nor by place.
        await AlertSeed.AlertAsync(server.Services, "MLI", raisedTogether, period: new DateOnly(2013, 8, 1));
        var longEpisode = await AlertSeed.AlertAsync(server.Services, "SSD", raisedTogether, period: new DateOnly(2007, 5, 1));
        await AlertSeed.MergeAsync(server.Services, longEpisode.Id, new DateOnly(2022, 1, 1), "fatalities", raisedTogether);
        await AlertSeed.AlertAsync(server.Services, "SDN", raisedTogether, period: new DateOnly(2020, 2, 1));
        await AlertSeed.AlertAsync(server.Services, "NGA", raisedTogether.AddHours(1), period: new DateOnly(2001, 1, 1));

        var api = (await server.GetJsonAsync("/api/v1/alerts")).EnumerateArray().Select(a => a.GetProperty("lastMonth").GetString()).ToList();
        var inbox = TextOf(await server.Client.GetStringAsync("/alerts", ct));

        // By the latest month, not the first: South Sudan's episode runs from 2007-05 to 2022-01.
        Assert.Equal(["2001-01", "2022-01", "2020-02", "2013-08"], api);
        string[] expected = ["Nigeria", "South Sudan", "Sudan", "Mali"];
        // Each title starts a table cell after the "unread" marker.
        var positions = expected.Select(name => inbox.IndexOf("unread " + name + ": surge in fatalities", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal([.. positions.Order()], positions);
    }
}
