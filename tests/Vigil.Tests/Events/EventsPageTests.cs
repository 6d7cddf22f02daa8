using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Escalation;
using Vigil.Events.Import;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>The country event page over real HTTP: an SVG chart with the signals marked, nothing inline for the CSP to block.</summary>
public sealed class EventsPageTests
{
    [Fact]
    public async Task CountryPage_CarWithSignals_SvgChartMarksSignalsWithoutInlineStyleOrScript()
    {
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);
        await server.Services.GetRequiredService<EscalationScan>().RunAsync(0, false, null, new EscalationOptions(), ct);

        using var response = await server.Client.GetAsync("/events/CAF", ct);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("Central African Republic", html, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(html, "<svg viewBox=\"0 0 " + Vigil.App.Pages.Events.SeriesChart.Width));
        Assert.Contains("class=\"signal signal-high\"", html, StringComparison.Ordinal);
        Assert.Contains("2013-07: 258", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        // Only our own script files (the layout's site.js), never inline script.
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("<script(?![^>]*\\ssrc=\"/js/)", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var css = await server.Client.GetAsync("/css/events.css", ct);
        css.EnsureSuccessStatusCode();
        using var unknown = await server.Client.GetAsync("/events/ZZZ", ct);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task CountryPage_CarImported_BreadcrumbToCountrySourceNamedAndReachableFromCountryPage()
    {
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);

        var html = System.Net.WebUtility.HtmlDecode(await server.Client.GetStringAsync("/events/CAF", ct));
        var breadcrumb = System.Text.RegularExpressions.Regex.Match(html, "<nav class=\"breadcrumb\"[^>]*>(.*?)</nav>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(breadcrumb.Success);
        Assert.Contains("<a href=\"/events\">Conflict events</a>", breadcrumb.Value, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/countries/CAF\">Central African Republic</a>", breadcrumb.Value, StringComparison.Ordinal);
        Assert.Contains("Source: ACLED (Armed Conflict Location & Event Data);", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Source: acled", html, StringComparison.Ordinal);

        Assert.Contains("href=\"/events/CAF\"", await server.Client.GetStringAsync("/countries/CAF", ct), StringComparison.Ordinal);
        // No events stored for Bangladesh here: no link to an empty page.
        Assert.DoesNotContain("href=\"/events/BGD\"", await server.Client.GetStringAsync("/countries/BGD", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexPage_CarImported_ListsItsSourceMonthsAndLastTwelveMonths()
    {
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);
        int total, recentEvents, recentDeaths;
        await using (var db = await server.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Vigil.Storage.VigilDb>>().CreateDbContextAsync(ct))
        {
            var events = db.Set<Vigil.Events.Event>().Where(e => e.CountryIso3 == "CAF");
            total = events.Count();
            var last = events.Max(e => e.Month);
            var from = Vigil.Events.YearMonth.Add(last, -11);
            recentEvents = events.Count(e => e.Month >= from);
            recentDeaths = events.Where(e => e.Month >= from).Sum(e => e.CivilianDeaths ?? 0);
        }

        var html = System.Net.WebUtility.HtmlDecode(await server.Client.GetStringAsync("/events", ct));

        var row = System.Text.RegularExpressions.Regex.Match(html, "<tr>\\s*<th scope=\"row\"[^>]*><a href=\"/events/CAF\">Central African Republic</a></th>(.*?)</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success, "no row for the Central African Republic");
        var cells = System.Text.RegularExpressions.Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim()).ToList();
        Assert.Equal("ACLED", cells[0]);
        Assert.Equal(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), cells[1]);
        Assert.Equal("1997-01 – 2022-12", cells[2]);
        Assert.Equal(recentEvents.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), cells[3]);
        Assert.Equal(recentDeaths.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), cells[4]);
        Assert.Contains("<a href=\"/events\" aria-current=\"page\">Events</a>", html, StringComparison.Ordinal);

        var api = await server.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/events/coverage", ct);
        var caf = api.EnumerateArray().Single(c => c.GetProperty("iso3").GetString() == "CAF");
        Assert.Equal(total, caf.GetProperty("events").GetInt32());
        Assert.Equal(202212, caf.GetProperty("lastMonth").GetInt32());
    }

    [Theory]
    [InlineData(202212, 11, 202201)]
    [InlineData(202203, 11, 202104)]
    [InlineData(202201, 0, 202201)]
    [InlineData(202001, 1, 201912)]
    public void MonthsBefore_CountsAcrossYears(int month, int count, int expected) =>
        Assert.Equal(expected, Vigil.Events.YearMonth.Add(month, -count));

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
