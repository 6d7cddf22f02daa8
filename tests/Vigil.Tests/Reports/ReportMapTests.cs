using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Events;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>
/// The map of field reports and what feeds it: the list's filters on GET /api/v1/reports, the map page placing each report
/// only where the viewer may see it (never the exact point in the HTML for those not allowed it), and the location policy page.
/// </summary>
public sealed class ReportMapTests : IAsyncLifetime
{
    private const string Office = "Map network";
    private const double Latitude = 13.6301;
    private const double Longitude = 25.3501;
    private TestServer? _server;

    private TestServer Server => _server!;

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync(TestStore.Sqlite());

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private async Task<Guid> SubmitAsync(HttpClient client, string clientId, string occurredAt, string admin1, string? network, double? latitude = Latitude,
        double? longitude = Longitude)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/reports", new
        {
            clientId, occurredAt, countryIso3 = "SDN", admin1, admin2 = "Kabkabiya", latitude, longitude, network,
            text = $"Report {clientId}: the market was burned.",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }

    private static async Task<string[]> ClientIdsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/reports" + query, TestContext.Current.CancellationToken)).EnumerateArray()
            .Select(r => r.GetProperty("clientId").GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task List_FiltersByAdmin1NetworkStatusAndDates_AndNamesABadField()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await Server.ClientForAsync("analyst@map.example", Office, Roles.Analyst);
        await SubmitAsync(analyst, "a", "2026-03-01", "North Darfur", "womens-group");
        var b = await SubmitAsync(analyst, "b", "2026-03-10", "north darfur", "youth-group");
        await SubmitAsync(analyst, "c", "2026-04-02", "Blue Nile", "womens-group");
        using (var verdict = await analyst.PostAsJsonAsync($"/api/v1/reports/{b}/verification", new { status = "verified", reason = "two witnesses" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, verdict.StatusCode);
        }

        Assert.Equal(["a", "b"], await ClientIdsAsync(analyst, "?admin1=NORTH%20DARFUR"));
        Assert.Equal(["a", "c"], await ClientIdsAsync(analyst, "?network=womens-group"));
        Assert.Equal(["b"], await ClientIdsAsync(analyst, "?status=verified&country=SDN"));
        Assert.Equal(["b", "c"], await ClientIdsAsync(analyst, "?from=2026-03-05&to=2026-04-02"));
        Assert.Equal(["a"], await ClientIdsAsync(analyst, "?admin1=North%20Darfur&network=womens-group&to=2026-03-05"));
        using var reversed = await analyst.GetAsync("/api/v1/reports?from=2026-04-01&to=2026-03-01", ct);
        using var badNetwork = await analyst.GetAsync("/api/v1/reports?network=choir", ct);
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("from", await reversed.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badNetwork.StatusCode);
        Assert.Contains("network: 'choir'", await badNetwork.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPage_ViewerNotAllowedTheExactPoint_HtmlHoldsOnlyTheApisCoarsenedPlace()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@map.example", Office, Roles.Monitor);
        var id = await SubmitAsync(monitor, "exact-1", "2026-03-01", "North Darfur", "community-monitor");
        await SubmitAsync(monitor, "exact-2", "2026-03-02", "North Darfur", null, Latitude + 0.0002, Longitude - 0.0003);
        using var reviewer = await Server.ClientForAsync("reviewer@map.example", Office, Roles.Reviewer);
        using var viewer = await Server.ClientForAsync("viewer@map.example", Office, Roles.Viewer);
        using var admin = await Server.ClientForAsync("admin@map.example", Office, Roles.Admin);
        var shown = (await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct)).GetProperty("location");
        var gridLat = shown.GetProperty("latitude").GetDouble().ToString("0.####", CultureInfo.InvariantCulture);

        // Events place Kabkabiya kilometres from the reports; the names-only viewer sees the reports there, never at their own point.
        await DistrictEvents.StoreAsync(Server.Services,
            (EventSource.Acled, "SDN", "North Darfur", "Kabkabiya", 13.58, 24.09), (EventSource.UcdpGed, "SDN", "North Darfur", "Kabkabiya", 13.66, 24.11));
        var viewerPage = await viewer.GetStringAsync("/reports/map?country=SDN", ct);
        var reviewerPage = await reviewer.GetStringAsync("/reports/map?country=SDN", ct);
        using (var set = await admin.PutAsJsonAsync("/api/v1/reports-policy", new { mode = "admin2" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }
        var namesOnlyPage = await viewer.GetStringAsync("/reports/map?country=SDN", ct);

        // Neither coordinate in any rounding a page might print (the grid centre is kilometres away, so it shares at most 2 decimals).
        foreach (var exact in new[] { "13.6301", "13.630", "25.3501", "25.350", "13.6303", "25.3498" })
        {
            Assert.DoesNotContain(exact, viewerPage, StringComparison.Ordinal);
            Assert.DoesNotContain(exact, namesOnlyPage, StringComparison.Ordinal);
        }
        Assert.Contains(gridLat, viewerPage, StringComparison.Ordinal);
        // Both reports fall in one 5 km cell: one circle holding 2.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(viewerPage, "<g class=\"report-cluster"));
        Assert.Contains("aria-hidden=\"true\">2</text>", viewerPage, StringComparison.Ordinal);
        Assert.Contains("13.6301", reviewerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("by-district", viewerPage, StringComparison.Ordinal);
        // Names only: both reports in one dashed circle at Kabkabiya's place from the events, counted as placed by district.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(namesOnlyPage, "<g class=\"report-cluster status-unverified by-district\">"));
        Assert.Contains("aria-hidden=\"true\">2</text>", namesOnlyPage, StringComparison.Ordinal);
        Assert.Contains("2 reports: unverified 2. 2 of them placed at the centre of their district, or of their province where no event names the district (from event data), not at the report&#x27;s location.", namesOnlyPage, StringComparison.Ordinal);
        Assert.Contains("id=\"legend-by-district\"", namesOnlyPage, StringComparison.Ordinal);
        Assert.Contains("2 reports drawn in 1 circles; 2 of them have no point you may see", namesOnlyPage, StringComparison.Ordinal);
        Assert.Contains("0 reports have no known place", namesOnlyPage, StringComparison.Ordinal);
        Assert.Contains("Kabkabiya", namesOnlyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPage_NamesOnly_NoEventNamesTheDistrictOrProvince_ReportIsListedNotDrawn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@map.example", Office, Roles.Monitor);
        await SubmitAsync(monitor, "names-1", "2026-03-01", "North Darfur", null);
        await SubmitAsync(monitor, "no-point", "2026-03-02", "North Darfur", null, latitude: null, longitude: null);
        using var admin = await Server.ClientForAsync("admin@map.example", Office, Roles.Admin);
        using (var set = await admin.PutAsJsonAsync("/api/v1/reports-policy", new { mode = "admin2" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }
        using var viewer = await Server.ClientForAsync("viewer@map.example", Office, Roles.Viewer);
        // Events elsewhere only: another province of Sudan, and a Kabkabiya in another country.
        await DistrictEvents.StoreAsync(Server.Services,
            (EventSource.Acled, "SDN", "Blue Nile", "Ed Damazin", 11.79, 34.36), (EventSource.Acled, "TCD", "North Darfur", "Kabkabiya", 13.6, 24.1));

        var page = await viewer.GetStringAsync("/reports/map?country=SDN", ct);
        var api = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/reports?country=SDN", ct);

        Assert.DoesNotContain("<g class=\"report-cluster", page, StringComparison.Ordinal);
        Assert.Contains("0 reports drawn in 0 circles; 0 of them have no point you may see", page, StringComparison.Ordinal);
        Assert.Contains("2 reports have no known place and are not drawn.", page, StringComparison.Ordinal);
        Assert.Contains("Report names-1", page, StringComparison.Ordinal);
        Assert.Contains("Report no-point", page, StringComparison.Ordinal);
        // The API never invents a point, with or without events.
        Assert.All(api.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("location").GetProperty("latitude").ValueKind));
    }

    [Fact]
    public async Task MapPage_Filters_DrawOnlyTheMatchingReportsAndNameABadField()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await Server.ClientForAsync("analyst@map.example", Office, Roles.Analyst);
        await SubmitAsync(analyst, "darfur", "2026-03-01", "North Darfur", "youth-group");
        await SubmitAsync(analyst, "nile", "2026-03-01", "Blue Nile", "womens-group", 11.8, 34.4);

        var nile = await analyst.GetStringAsync("/reports/map?admin1=Blue+Nile&network=womens-group", ct);
        using var bad = await analyst.GetAsync("/reports/map?from=March", ct);

        Assert.Contains("Report nile", nile, StringComparison.Ordinal);
        Assert.DoesNotContain("Report darfur", nile, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"report-map\"", nile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from: &#x27;March&#x27; is not a date", await bad.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyPage_AdminChangesIt_ThePolicyAndTheAuditLogSayWhoAndWhat()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = await Server.BrowserForAsync("admin@map.example", Roles.Admin, Office);
        var before = await browser.GetStringAsync("/reports/policy", ct);

        using var saved = await browser.PostFormAsync("/reports/policy", null, new() { ["Mode"] = "Grid", ["GridKm"] = "12" }, cancellationToken: ct);
        using var refused = await browser.PostFormAsync("/reports/policy", null, new() { ["Mode"] = "Grid", ["GridKm"] = "500" }, cancellationToken: ct);
        var policy = await browser.GetFromJsonAsync<JsonElement>("/api/v1/reports-policy", ct);
        var audit = await browser.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?recordType=ReportLocationPolicy", ct);

        Assert.Contains("id=\"mode-grid\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("gridKm: 500 is not between 1 and 100", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal("grid", policy.GetProperty("mode").GetString());
        Assert.Equal(12, policy.GetProperty("gridKm").GetInt32());
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("admin@map.example", entry.GetProperty("actor").GetString());
        Assert.Contains("12", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }
}
