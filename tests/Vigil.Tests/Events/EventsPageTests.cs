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
        Assert.Contains("<a href=\"/\">Countries</a>", breadcrumb.Value, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/countries/CAF\">Central African Republic</a>", breadcrumb.Value, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">Events</span>", breadcrumb.Value, StringComparison.Ordinal);
        Assert.Contains("Source: ACLED (Armed Conflict Location & Event Data);", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Source: acled", html, StringComparison.Ordinal);

        Assert.Contains("href=\"/events/CAF\"", await server.Client.GetStringAsync("/countries/CAF", ct), StringComparison.Ordinal);
        // No events stored for Bangladesh here: no link to an empty page.
        Assert.DoesNotContain("href=\"/events/BGD\"", await server.Client.GetStringAsync("/countries/BGD", ct), StringComparison.Ordinal);
    }

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
